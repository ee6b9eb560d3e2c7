using Directives.Core.Documents;

namespace Directives.Search.Querying;

public enum SearchSort { Relevance, Date }

/// <summary>A search as the user asked it; validated at the edge (API/CLI).</summary>
public sealed record SearchRequest
{
    public string Query { get; init; } = "";
    public string? Kind { get; init; }
    public string? Issuer { get; init; }
    public string? Organization { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public int Page { get; init; } = 1;
    public int Size { get; init; } = 20;
    /// <summary>The caller's clearance: documents stamped above it are neither hits nor counted in facets.</summary>
    public Classification Clearance { get; init; } = Classification.Public;

    public const int MaxSize = 100;
}
