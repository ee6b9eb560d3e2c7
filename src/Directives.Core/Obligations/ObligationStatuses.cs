namespace Directives.Core.Obligations;

/// <summary>Where a target or task stands on a given date.</summary>
public static class ObligationStatuses
{
    /// <summary>A report says, or its figure shows, the goal was reached (or the work done).</summary>
    public const string Met = "met";
    /// <summary>A report at or after the deadline says, or its figure shows, the goal was not reached.</summary>
    public const string NotMet = "not_met";
    /// <summary>The deadline has passed and no report says how it ended.</summary>
    public const string Overdue = "overdue";
    /// <summary>The deadline is at most <see cref="ObligationStatus.DueSoonDays"/> days away.</summary>
    public const string DueSoon = "due_soon";
    /// <summary>A deadline ahead, or none stated.</summary>
    public const string Pending = "pending";
    /// <summary>Standing or recurring work ("thường xuyên", "hằng năm") with no end date.</summary>
    public const string Ongoing = "ongoing";

    public static readonly IReadOnlyList<string> All = [Met, NotMet, Overdue, DueSoon, Pending, Ongoing];

    /// <summary>The Vietnamese label a user reads.</summary>
    public static string Label(string status) => status switch
    {
        Met => "Đã đạt",
        NotMet => "Chưa đạt",
        Overdue => "Quá hạn",
        DueSoon => "Sắp đến hạn",
        Pending => "Chưa đến hạn",
        Ongoing => "Thường xuyên",
        _ => status,
    };
}
