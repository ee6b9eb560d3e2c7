namespace Directives.Core.Documents;

/// <summary>The identity a party document states in its header block.</summary>
public sealed record DocumentHeader
{
    /// <summary>Canonical number, e.g. "121-KH/TU".</summary>
    public string? Citation { get; init; }
    /// <summary>Full type name, e.g. "Kế hoạch".</summary>
    public string? Kind { get; init; }
    public int? Number { get; init; }
    public string? Code { get; init; }
    public string? Issuer { get; init; }
    /// <summary>Issuing committee in title case, e.g. "Tỉnh ủy Trà Vinh".</summary>
    public string? Organization { get; init; }
    public string? Place { get; init; }
    public DateOnly? Date { get; init; }
    /// <summary>Trích yếu: the line(s) after the type word.</summary>
    public string? Title { get; init; }
    /// <summary>True when the text's own number is a state number ("Số: 1520/QĐ-UBND"), not a party one.</summary>
    public bool IsState { get; init; }
}
