namespace Directives.Core.Extraction;

/// <summary>
/// A part of a cited document (added field <c>pins</c> of a reference): "điểm c khoản 2 Điều 8", "mục II",
/// "phần thứ hai", "Chương III". Only the parts the text names are set.
/// </summary>
public sealed record PinCite
{
    /// <summary>"Điều 8" as a number.</summary>
    public int? Article { get; init; }
    /// <summary>"khoản 2".</summary>
    public int? Clause { get; init; }
    /// <summary>"điểm c".</summary>
    public string? Point { get; init; }
    /// <summary>"mục II", "mục 2.1".</summary>
    public string? Section { get; init; }
    /// <summary>"phần thứ hai" → "2", "Phần II" → "II".</summary>
    public string? Part { get; init; }
    /// <summary>"Chương II".</summary>
    public string? Chapter { get; init; }
    public required string Surface { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
}
