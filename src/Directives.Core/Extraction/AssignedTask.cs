namespace Directives.Core.Extraction;

/// <summary>
/// Work a text assigns to a body without a number to reach (extract contract: tasks[], an added field):
/// "Giao Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Ban Tuyên giáo Tỉnh ủy theo dõi …".
/// </summary>
public sealed record AssignedTask
{
    /// <summary>The work itself: the clause from its first verb, trimmed.</summary>
    public required string Text { get; init; }
    /// <summary>Bodies that must do it (or lead it: "chủ trì"), as written.</summary>
    public IReadOnlyList<string> Leads { get; init; } = [];
    /// <summary>Bodies that take part ("phối hợp với …"), as written.</summary>
    public IReadOnlyList<string> Supporting { get; init; } = [];
    /// <summary>ISO date the work is due ("trước ngày 30/6/2023").</summary>
    public string? Deadline { get; init; }
    /// <summary>Year the work is due ("trong quý IV/2019", "vào năm 2025"), also set with <see cref="Deadline"/>.</summary>
    public int? DeadlineYear { get; init; }
    /// <summary>"monthly", "quarterly", "half-yearly" ("6 tháng") or "yearly" ("hằng năm"); the most frequent one stated.</summary>
    public string? Recurrence { get; init; }
    /// <summary>Standing work with no end: "thường xuyên", "kịp thời", "liên tục".</summary>
    public bool Ongoing { get; init; }
    public required string Surface { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
}
