using Directives.Core.Authority;
using Directives.Core.Documents;
using Directives.Search.Graph;

namespace Directives.Search.Suggest;

/// <summary>Suggestions over the graph a caller may see; the index is built once per graph snapshot.</summary>
public sealed class CitationSuggester(CitationGraph graph, AuthorityFile? authority = null)
{
    readonly PerGraphSnapshot<CitationSuggestIndex> indexes = new(snapshot => new CitationSuggestIndex(snapshot, authority));

    public CitationSuggestIndex Current(Classification clearance = Classification.TopSecret) => indexes.For(graph.Current(clearance));

    public IReadOnlyList<CitationSuggestion> Suggest(string query, int limit = 10, Classification clearance = Classification.TopSecret)
        => Current(clearance).Suggest(query, limit);
}
