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
        var known = verdicts.Where(v => v.Date <= asOf && (v.Met || due is null || v.Date.Year >= due.Value.Year))
            .OrderByDescending(v => v.Date).ThenBy(v => v.Met ? 1 : 0).ToList();
        if (known.Count > 0)
        {
            var latest = known[0];
            return new ObligationState(latest.Met ? ObligationStatuses.Met : ObligationStatuses.NotMet,
                $"Báo cáo ngày {Show(latest.Date)}: {latest.Reason}");
        }
        if (due is { } d)
        {
            if (asOf > d) return new ObligationState(ObligationStatuses.Overdue, $"Đã quá hạn {Show(d)}, chưa có báo cáo kết quả.");
            if (d.DayNumber - asOf.DayNumber <= DueSoonDays)
                return new ObligationState(ObligationStatuses.DueSoon, $"Hạn {Show(d)}, còn {d.DayNumber - asOf.DayNumber} ngày.");
            return new ObligationState(ObligationStatuses.Pending, $"Hạn {Show(d)}, chưa đến hạn.");
        }
        return standing
            ? new ObligationState(ObligationStatuses.Ongoing, "Nhiệm vụ thường xuyên hoặc định kỳ, không có hạn kết thúc.")
            : new ObligationState(ObligationStatuses.Pending, "Văn bản không nêu thời hạn.");
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
