using Directives.Core.Authority;
using Directives.Search.Graph;

namespace Directives.Search.Suggest;

/// <summary>Suggestions over the current graph; the index is rebuilt when the graph's index generation changes.</summary>
public sealed class CitationSuggester(CitationGraph graph, AuthorityFile? authority = null)
{
    readonly Lock gate = new();
    CitationSuggestIndex? current;

    public CitationSuggestIndex Current()
    {
        var snapshot = graph.Current();
        var index = current;
        if (index is not null && index.Version == snapshot.Version) return index;
        lock (gate)
        {
            if (current is null || current.Version != snapshot.Version) current = new CitationSuggestIndex(snapshot, authority);
            return current;
        }
    }

    public IReadOnlyList<CitationSuggestion> Suggest(string query, int limit = 10) => Current().Suggest(query, limit);
}
