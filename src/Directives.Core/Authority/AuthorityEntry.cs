namespace Directives.Core.Authority;

/// <summary>One central party document whose identity is known for certain (authority file entry).</summary>
public sealed record AuthorityEntry
{
    /// <summary>Canonical number, e.g. "18-NQ/TW"; not unique on its own, numbers restart with every term.</summary>
    public required string Citation { get; init; }
    /// <summary>Full type name: "Nghị quyết", "Quy định".</summary>
    public required string Kind { get; init; }
    public required int Number { get; init; }
    public required string Code { get; init; }
    public required string Issuer { get; init; }
    /// <summary>Date of issue, when known for certain.</summary>
    public DateOnly? Date { get; init; }
    /// <summary>"Ban Chấp hành Trung ương", "Bộ Chính trị" or "Ban Bí thư".</summary>
    public string? Body { get; init; }
    /// <summary>Khóa as a Roman numeral: "XII".</summary>
    public required string Term { get; init; }
    /// <summary>Short subject ("trích yếu").</summary>
    public string? Title { get; init; }
    /// <summary>
    /// How texts cite it by name alone ("Nghị quyết Trung ương 4 khóa XII"); given only where that name
    /// means this one document although its plenum adopted several.
    /// </summary>
    public IReadOnlyList<string> Names { get; init; } = [];
    /// <summary>The Hội nghị Trung ương (plenum) number that adopted it, for plenum documents.</summary>
    public int? Plenum { get; init; }
}
