using System.Globalization;
using System.Text.RegularExpressions;
using Directives.Core.Text;

namespace Directives.Core.Dates;

/// <summary>
/// Dates as Vietnamese texts write them, day first always: "ngày 21/01/2019", "5-12-2017",
/// "21 tháng 01 năm 2019", news stamps "09:14, 02/02/2018", months "tháng 4/2022", years "năm 2022".
/// </summary>
public static class VietnameseDates
{
    const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    // "ngày 21 tháng 01 năm 2019"; the word "ngày" is part of the match when written.
    static readonly Regex Spelled = new(
        @"(?<![\p{L}\p{N}])(?:(?i:ngày|ngay)\s*)?(?<d>\d{1,2})\s*(?i:tháng|thang)\s*(?<m>\d{1,2})\s*(?:,\s*)?(?i:năm|nam)\s*(?<y>\d{4,5})(?!\d)",
        Options);

    // "21/01/2019", "5-12-2017", "08.8.2022", "5 - 12 - 2017"; the same separator twice.
    static readonly Regex Numeric = new(
        @"(?<![\p{N}/.,:-])(?:(?i:ngày|ngay)\s*)?(?<d>\d{1,2})[ ]?(?<sep>[/.\-–])[ ]?(?<m>\d{1,2})[ ]?\k<sep>[ ]?(?<y>\d{4,5})(?![\p{N}/]|[.,]\d)",
        Options);

    // "tháng 4/2022", "tháng 4 năm 2022", bare "4/2022" (not "số 4/2022", not "01/2019/TT-BNV").
    static readonly Regex MonthYear = new(
        @"(?<![\p{N}/.,:-])(?:(?<word>(?i:tháng))\s+(?<m>\d{1,2})(?:\s*[/\-]\s*|\s+(?i:năm)\s+)|(?<m>\d{1,2})/)(?<y>\d{4})(?![\p{N}/]|[.,]\d)",
        Options);

    // "năm 2022", "đầu năm 2022"
    static readonly Regex YearOnly = new(@"(?<![\p{L}])(?i:năm)\s*(?<y>\d{4})(?![\p{N}/]|[.,]\d)", Options);

    public static IReadOnlyList<DateMatch> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidates = new List<DateMatch>();
        foreach (Match m in Spelled.Matches(text)) AddDay(candidates, m);
        foreach (Match m in Numeric.Matches(text)) AddDay(candidates, m);
        foreach (Match m in MonthYear.Matches(text)) AddMonth(candidates, m, text);
        foreach (Match m in YearOnly.Matches(text)) AddYear(candidates, m);
        return RemoveOverlaps(candidates);
    }

    /// <summary>The first date in the text, of any precision.</summary>
    public static bool TryParse(string text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var found = Find(VietnameseText.Normalize(text));
        if (found.Count == 0) return false;
        date = found[0].Date;
        return true;
    }

    static void AddDay(List<DateMatch> into, Match m)
    {
        if (!YearRepair.TryRead(m.Groups["y"].Value, out var year, out var warning)) return;
        var day = Int(m.Groups["d"].Value);
        var month = Int(m.Groups["m"].Value);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return;
        into.Add(new DateMatch(new DateOnly(year, month, day), m.Index, m.Length, DatePrecision.Day, warning));
    }

    static void AddMonth(List<DateMatch> into, Match m, string text)
    {
        var year = Int(m.Groups["y"].Value);
        var month = Int(m.Groups["m"].Value);
        if (!YearRepair.IsPlausible(year) || month is < 1 or > 12) return;
        if (!m.Groups["word"].Success && PrecededByNumberWord(text, m.Index)) return;
        into.Add(new DateMatch(new DateOnly(year, month, 1), m.Index, m.Length, DatePrecision.Month, null));
    }

    static void AddYear(List<DateMatch> into, Match m)
    {
        var year = Int(m.Groups["y"].Value);
        if (!YearRepair.IsPlausible(year)) return;
        into.Add(new DateMatch(new DateOnly(year, 1, 1), m.Index, m.Length, DatePrecision.Year, null));
    }

    // "số 4/2022" is a document number, not April 2022.
    static bool PrecededByNumberWord(string text, int index)
    {
        var before = text.AsSpan(0, index).TrimEnd();
        return before.EndsWith("số", StringComparison.OrdinalIgnoreCase) || before.EndsWith("SỐ", StringComparison.Ordinal);
    }

    static List<DateMatch> RemoveOverlaps(List<DateMatch> candidates)
    {
        var ordered = candidates.OrderBy(c => c.Start).ThenByDescending(c => c.Length).ThenBy(c => c.Precision);
        var kept = new List<DateMatch>();
        foreach (var c in ordered)
            if (kept.Count == 0 || c.Start >= kept[^1].End) kept.Add(c);
        return kept;
    }

    static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
