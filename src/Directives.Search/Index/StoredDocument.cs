using Directives.Core.Documents;

namespace Directives.Search.Index;

/// <summary>A document as the index holds it, for the API's document view.</summary>
public sealed record StoredDocument
{
    public required string Id { get; init; }
    public string? Citation { get; init; }
    public required string Kind { get; init; }
    public int? Number { get; init; }
    public string? Code { get; init; }
    public string? Issuer { get; init; }
    public string? Organization { get; init; }
    public string? Place { get; init; }
    public string? Date { get; init; }
    public string? Published { get; init; }
    public string? Title { get; init; }
    public required string Format { get; init; }
    public required string Source { get; init; }
    public required string ContentHash { get; init; }
    public IReadOnlyList<string> Cites { get; init; } = [];
    public IReadOnlyList<string> Warnings { get; init; } = [];
    public required string Text { get; init; }
    public Classification Classification { get; init; }
}
