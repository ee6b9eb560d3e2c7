using Directives.Core.Documents;
using Directives.Search.Graph;
using Directives.Search.Querying;

namespace Directives.Api.Endpoints;

/// <summary>A page of results with each hit's validity and level from the graph (null for news and unknown documents).</summary>
public sealed record SearchPage(int Total, int Page, int PageSize, IReadOnlyList<SearchPage.Hit> Hits,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets)
{
    /// <summary>When nothing matched: a corrected query that finds something ("Có phải bạn muốn tìm"), else null.</summary>
    public string? Suggestion { get; init; }

    /// <summary>The old name of <see cref="PageSize"/>, kept for existing clients.</summary>
    public int Size => PageSize;

    public sealed record Hit(string Id, string? Citation, string Kind, string? Title, string? Organization, string? Date,
        string Snippet, float Score, Classification Classification, string? Status, string? Level);

    /// <summary>
    /// True while the citation graph is first being built after a start on a large index: hits carry no status or level
    /// yet (they are not "unknown", only not read yet); a later search has them.
    /// </summary>
    public bool ValidityPending { get; init; }

    public static SearchPage From(SearchResponse r, GraphSnapshot? g) => new(r.Total, r.Page, r.Size,
        r.Hits.Select(h => g?.Node(h.Id) is { } node
            ? new Hit(h.Id, h.Citation, h.Kind, h.Title, h.Organization, h.Date, h.Snippet, h.Score, h.Classification, Validity.StatusOf(g, node), node.Level)
            : new Hit(h.Id, h.Citation, h.Kind, h.Title, h.Organization, h.Date, h.Snippet, h.Score, h.Classification, null, null)).ToList(),
        r.Facets) { ValidityPending = g is null };
}
