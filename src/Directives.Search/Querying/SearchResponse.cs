using Directives.Core.Documents;

namespace Directives.Search.Querying;

public sealed record SearchResponse(
    int Total,
    int Page,
    int Size,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets);

public sealed record SearchHit(
    string Id,
    string? Citation,
    string Kind,
    string? Title,
    string? Organization,
    string? Date,
    string Snippet,
    float Score,
    Classification Classification = Classification.Public);
