namespace Directives.Core.Extraction;

/// <summary>A goal a document sets (extract contract: targets[]).</summary>
public sealed record Target
{
    public required string Subject { get; init; }
    /// <summary>"&gt;", "&gt;=", "=", "&lt;=", "&lt;" or "range".</summary>
    public required string Comparator { get; init; }
    public required double Value { get; init; }
    public double? ValueMax { get; init; }
    /// <summary>"%" or a counted noun ("đảng viên").</summary>
    public string? Unit { get; init; }
    public int? Deadline { get; init; }
    /// <summary>"yearly" for "hằng năm".</summary>
    public string? Recurring { get; init; }
    /// <summary>Citation or name of the document that set it, when the text says.</summary>
    public string? Source { get; init; }
    /// <summary>
    /// What the text says of a goal it quotes (added field): false for "chưa đạt mục tiêu Nghị quyết đề ra (phấn đấu …)",
    /// true for "đã đạt mục tiêu … (…)", null when it says nothing.
    /// </summary>
    public bool? Achieved { get; init; }
    public required string Surface { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
}

/// <summary>A reported achievement (extract contract: results[]).</summary>
public sealed record Result
{
    public required string Subject { get; init; }
    public required double Value { get; init; }
    public string? Unit { get; init; }
    public double? PercentOfTarget { get; init; }
    /// <summary>True/false when the text says met/not met; null when it does not say.</summary>
    public bool? Achieved { get; init; }
    public string? TargetSource { get; init; }
    /// <summary>
    /// The value counts what is still missing (added field): "còn 401 thôn trưởng … chưa phải là đảng viên, chiếm 45,88%"
    /// measures the opposite of the goal, so 54,12% of them are.
    /// </summary>
    public bool Complement { get; init; }
    public required string Surface { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
}
