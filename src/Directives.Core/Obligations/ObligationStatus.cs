using System.Globalization;

namespace Directives.Core.Obligations;

/// <summary>
/// Status of a target or task on a chosen date. Reports dated after that date are not yet known. A report that the
/// goal was reached counts whenever it was written; a report that it was not counts only from the deadline's year on
/// (before that it is progress, not failure). Without a verdict the deadline decides: passed → overdue, near → due soon;
/// standing or recurring work without an end → ongoing; else pending.
/// </summary>
public static class ObligationStatus
{
    public const int DueSoonDays = 90;

    public static ObligationState For(DateOnly? due, bool standing, IEnumerable<Verdict> verdicts, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        Verdict? latest = null;
        foreach (var v in verdicts)
            if (Counts(v.Date, v.Met, due, asOf) && Later(v.Date, v.Met, latest?.Date, latest?.Met)) latest = v;
        var status = Status(due, standing, latest?.Met, asOf);
        if (latest is not null) return new ObligationState(status, $"Báo cáo ngày {Show(latest.Date)}: {latest.Reason}");
        if (due is { } d)
            return new ObligationState(status, status switch
            {
                ObligationStatuses.Overdue => $"Đã quá hạn {Show(d)}, chưa có báo cáo kết quả.",
                ObligationStatuses.DueSoon => $"Hạn {Show(d)}, còn {d.DayNumber - asOf.DayNumber} ngày.",
                _ => $"Hạn {Show(d)}, chưa đến hạn.",
            });
        return new ObligationState(status, standing ? "Nhiệm vụ thường xuyên hoặc định kỳ, không có hạn kết thúc." : "Văn bản không nêu thời hạn.");
    }

    /// <summary>Whether a report's verdict is known on the date and speaks: a "not met" before the deadline's year is progress.</summary>
    public static bool Counts(DateOnly date, bool met, DateOnly? due, DateOnly asOf)
        => date <= asOf && (met || due is null || date.Year >= due.Value.Year);

    /// <summary>Whether a verdict replaces the latest so far: a later report, or one of the same day that says "not met".</summary>
    public static bool Later(DateOnly date, bool met, DateOnly? latestDate, bool? latestMet)
        => latestDate is not { } l || date > l || (date == l && latestMet == true && !met);

    /// <summary>The status alone (no reason), from the latest counting verdict (null: none): for counting a whole register.</summary>
    public static string Status(DateOnly? due, bool standing, bool? latestVerdict, DateOnly asOf)
    {
        if (latestVerdict is { } met) return met ? ObligationStatuses.Met : ObligationStatuses.NotMet;
        if (due is { } d)
        {
            if (asOf > d) return ObligationStatuses.Overdue;
            return d.DayNumber - asOf.DayNumber <= DueSoonDays ? ObligationStatuses.DueSoon : ObligationStatuses.Pending;
        }
        return standing ? ObligationStatuses.Ongoing : ObligationStatuses.Pending;
    }

    /// <summary>The day a deadline year ends: a goal "đến năm 2025" is due on 31/12/2025.</summary>
    public static DateOnly EndOfYear(int year) => new(year, 12, 31);

    /// <summary>Whether a measured value satisfies a goal's comparator: "&gt; 60" is not met by 54,12.</summary>
    public static bool Satisfies(string comparator, double goal, double measured) => comparator switch
    {
        ">" => measured > goal,
        ">=" => measured >= goal,
        "<" => measured < goal,
        "<=" => measured <= goal,
        "range" => measured >= goal, // the lower bound of "từ 3 - 4%" is the goal to reach
        _ => measured >= goal,
    };

    static string Show(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
