namespace Directives.Search.Obligations;

/// <summary>A document as the register shows it: id (a corpus id or a placeholder for a document only cited), number, date, issuer.</summary>
public sealed record ObligationDocument
{
    public required string Id { get; init; }
    public string? Citation { get; init; }
    public string? Kind { get; init; }
    public string? Title { get; init; }
    /// <summary>ISO date of issue, or of publication for news.</summary>
    public string? Date { get; init; }
    /// <summary>The body that issued it: "Ban Bí thư", "Tỉnh ủy Hòa Bình".</summary>
    public string? Issuer { get; init; }
    public string? Organization { get; init; }
    public string? Province { get; init; }
    /// <summary>False for a document only cited (a placeholder): its text is not in the corpus.</summary>
    public bool InCorpus { get; init; }
}
