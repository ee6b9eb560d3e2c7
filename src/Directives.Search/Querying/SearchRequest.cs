using Directives.Core.Documents;

namespace Directives.Search.Querying;

public enum SearchSort { Relevance, Date }

/// <summary>A search as the user asked it; validated at the edge (API/CLI).</summary>
public sealed record SearchRequest
{
    public string Query { get; init; } = "";
    /// <summary>Type words to keep; a document matches when it has any of them (empty: all).</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [];
    public IReadOnlyList<string> Issuers { get; init; } = [];
    public IReadOnlyList<string> Organizations { get; init; } = [];
    /// <summary>Only these document ids (filters the graph decides, such as status and level); null: no restriction.</summary>
    public IReadOnlySet<string>? Ids { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public int Page { get; init; } = 1;
    public int Size { get; init; } = 20;
    /// <summary>The caller's clearance: documents stamped above it are neither hits nor counted in facets.</summary>
    public Classification Clearance { get; init; } = Classification.Public;

    public const int MaxSize = 100;
    public const int MaxPage = 10_000;
}
