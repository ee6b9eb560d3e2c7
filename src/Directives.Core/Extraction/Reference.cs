namespace Directives.Core.Extraction;

/// <summary>What kind of mention a <see cref="Reference"/> is.</summary>
public static class ReferenceCategories
{
    /// <summary>A numbered party document: "Chỉ thị số 28-CT/TW".</summary>
    public const string Party = "party";
    /// <summary>A state legal document: "Nghị định số 30/2020/NĐ-CP".</summary>
    public const string State = "state";
    /// <summary>A document cited by name: "Nghị quyết Trung ương 4 khóa XII", "Điều lệ Đảng".</summary>
    public const string Named = "named";
    /// <summary>A short form pointing back to an earlier full mention: "Nghị quyết 03", "Chỉ thị 28".</summary>
    public const string Short = "short";
}

/// <summary>One mention of a document in a text (extract contract: references[]).</summary>
public sealed record Reference
{
    /// <summary>Canonical number "28-CT/TW" for party documents; as written for state ones; null for named references.</summary>
    public string? Citation { get; init; }
    /// <summary>Type word as a full Vietnamese name: "Chỉ thị", "Nghị định", "Điều lệ".</summary>
    public string? Kind { get; init; }
    public int? Number { get; init; }
    public string? Code { get; init; }
    public string? Issuer { get; init; }
    /// <summary>For references without a number: "Trung ương 4 khóa XII", "Điều lệ Đảng".</summary>
    public string? Name { get; init; }
    /// <summary>Khóa as a Roman numeral.</summary>
    public string? Term { get; init; }
    /// <summary>ISO date carried by the mention.</summary>
    public string? Date { get; init; }
    /// <summary>Issuing body named next to the mention: "Ban Bí thư".</summary>
    public string? Body { get; init; }
    /// <summary>For named and short references: the canonical number they stand for, when known.</summary>
    public string? Resolved { get; init; }
    public required string Surface { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
    public IReadOnlyList<string> Warnings { get; init; } = [];
    /// <summary>One of <see cref="ReferenceCategories"/> (added field).</summary>
    public required string Category { get; init; }
    /// <summary>Parts of the cited document the text points to: "khoản 2 Điều 8" (added field).</summary>
    public IReadOnlyList<PinCite> Pins { get; init; } = [];
}
