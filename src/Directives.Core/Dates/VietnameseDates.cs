using System.Buffers;
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
    internal const string SpelledPattern =
        @"(?<![\p{L}\p{N}])(?:(?i:ngày|ngay)\s*)?(?<d>\d{1,2})\s*(?i:tháng|thang)\s*(?<m>\d{1,2})\s*(?:,\s*)?(?i:năm|nam)\s*(?<y>\d{4,5})(?!\d)";

    static readonly Regex Spelled = new(@"\G" + SpelledPattern, Options);

    // "21/01/2019", "5-12-2017", "08.8.2022", "5 - 12 - 2017"; the same separator twice.
    internal const string NumericPattern =
        @"(?<![\p{N}/.,:-])(?:(?i:ngày|ngay)\s*)?(?<d>\d{1,2})[ ]?(?<sep>[/.\-–])[ ]?(?<m>\d{1,2})[ ]?\k<sep>[ ]?(?<y>\d{4,5})(?![\p{N}/]|[.,]\d)";

    static readonly Regex Numeric = new(@"\G" + NumericPattern, Options);

    // "tháng 4/2022", "tháng 4 năm 2022", bare "4/2022" (not "số 4/2022", not "01/2019/TT-BNV").
    internal const string MonthYearPattern =
        @"(?<![\p{N}/.,:-])(?:(?<word>(?i:tháng))\s+(?<m>\d{1,2})(?:\s*[/\-]\s*|\s+(?i:năm)\s+)|(?<m>\d{1,2})/)(?<y>\d{4})(?![\p{N}/]|[.,]\d)";

    static readonly Regex MonthYear = new(@"\G" + MonthYearPattern, Options);

    // "năm 2022", "đầu năm 2022"
    internal const string YearOnlyPattern =
        @"(?<![\p{L}])(?i:năm)\s*(?<y>\d{4})(?![\p{N}/]|[.,]\d)";

    static readonly Regex YearOnly = new(@"\G" + YearOnlyPattern, Options);

    // Each pattern above is anchored (\G) and searched for around the digits only (see DigitAnchored): before its
    // first digit a date holds at most "ngày", "tháng" or "năm" and spaces.
    internal static readonly SearchValues<char> WordStarts = SearchValues.Create("nNtT");
    internal const int LettersBefore = 5;

    static IEnumerable<Match> Matches(Regex anchored, string text, DigitAnchored.RunFilter filter) =>
        DigitAnchored.Matches(anchored, text, WordStarts, LettersBefore, filter);

    // What each pattern needs of its first run of digits, read off the pattern (a necessary condition: the engine decides).
    // Day and month come first, one or two digits; a year alone is four.

    /// <summary>"21 tháng …": the day, then spaces and the t of "tháng".</summary>
    internal static bool MaySpell(string text, int from, int digit, int runEnd) =>
        runEnd - digit <= 2 && RunText.NextNonSpace(text, runEnd) is 't' or 'T';

    /// <summary>"21/01/…", "5 - 12 - …": the day, a space at most, a separator, a space at most, a digit.</summary>
    internal static bool MayBeNumeric(string text, int from, int digit, int runEnd)
    {
        if (runEnd - digit > 2) return false;
        var at = RunText.At(text, runEnd) == ' ' ? runEnd + 1 : runEnd;
        if (RunText.At(text, at) is not ('/' or '.' or '-' or '–')) return false;
        if (RunText.At(text, at + 1) == ' ') at++;
        return char.IsDigit(RunText.At(text, at + 1));
    }

    /// <summary>"4/2022" right after the month; after "tháng 4" also a hyphen, a spaced slash or "năm".</summary>
    internal static bool MayBeMonth(string text, int from, int digit, int runEnd) =>
        runEnd - digit <= 2 && (RunText.At(text, runEnd) == '/'
            || from < digit && RunText.NextNonSpace(text, runEnd) is '/' or '-' or 'n' or 'N');

    /// <summary>"năm 2022": four digits after a word.</summary>
    internal static bool MayBeYear(string text, int from, int digit, int runEnd) => runEnd - digit == 4 && from < digit;

    public static IReadOnlyList<DateMatch> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidates = new List<DateMatch>();
        foreach (var m in Matches(Spelled, text, MaySpell)) AddDay(candidates, m);
        foreach (var m in Matches(Numeric, text, MayBeNumeric)) AddDay(candidates, m);
        foreach (var m in Matches(MonthYear, text, MayBeMonth)) AddMonth(candidates, m, text);
        foreach (var m in Matches(YearOnly, text, MayBeYear)) AddYear(candidates, m);
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
        // A stable sort, as OrderBy was: equal keys keep the order they were found in.
        var ordered = candidates.Select((c, i) => (c, i)).ToArray();
        Array.Sort(ordered, static (a, b) =>
        {
            var x = a.c.Start.CompareTo(b.c.Start);
            if (x == 0) x = b.c.Length.CompareTo(a.c.Length);
            if (x == 0) x = ((int)a.c.Precision).CompareTo((int)b.c.Precision);
            return x != 0 ? x : a.i.CompareTo(b.i);
        });
        var kept = new List<DateMatch>();
        foreach (var (c, _) in ordered)
            if (kept.Count == 0 || c.Start >= kept[^1].End) kept.Add(c);
        return kept;
    }

    static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
