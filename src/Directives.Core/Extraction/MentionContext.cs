using System.Text.RegularExpressions;
using Directives.Core.Dates;
using Directives.Core.Text;

namespace Directives.Core.Extraction;

/// <summary>What a text writes right after a document number: its date, the body that issued it, the term.</summary>
public sealed record MentionContext(DateMatch? Date, string? Body, string? Term, int End);

/// <summary>
/// Reads the tail of a mention: "…28-CT/TW, ngày 21/01/2019 của Ban Bí thư", "…21-NQ/TW, ngày 16/6/2022 của
/// Ban Chấp hành Trung ương Đảng khóa XIII", "…04-QĐ/TU ngày 5-12-2017". Only what stands directly after
/// the number counts, so a date later in the sentence is never taken for the mention's own.
/// </summary>
public static partial class MentionContextReader
{
    const int DateWindow = 40;

    public static MentionContext Read(string text, int mentionEnd)
    {
        var pos = mentionEnd;
        var date = DateAt(text, ref pos, acrossLine: true);

        string? body = null, term = null;
        var of = BodyPhrase().Match(Window(text, pos, 120));
        if (of.Success)
        {
            body = VietnameseText.CollapseSpaces(of.Groups["body"].ValueSpan).Trim();
            if (of.Groups["term"].Success) term = of.Groups["term"].Value.ToUpperInvariant();
            pos += of.Length;
        }
        else if (TermPhrase().Match(Window(text, pos, 30)) is { Success: true } t)
        {
            term = t.Groups["term"].Value.ToUpperInvariant();
            pos += t.Length;
        }
        // "… của Bộ Chính trị ngày 12/3/2020", "… của Ban Bí thư (khóa XII), ngày …": the date after the body.
        if (date is null && (body is not null || term is not null))
        {
            if (body is not null && term is null && TermPhrase().Match(Window(text, pos, 30)) is { Success: true } t2)
            {
                term = t2.Groups["term"].Value.ToUpperInvariant();
                pos += t2.Length;
            }
            date = DateAt(text, ref pos, acrossLine: false);
        }
        date ??= IssuedLater(text, pos);
        return new MentionContext(date, body, term, pos);
    }

    // A day written right at pos ("ngày 21/01/2019", ", ngày 5-12-2017", "ngày12 tháng 3 năm 2020"); pos moves past it.
    static DateMatch? DateAt(string text, ref int pos, bool acrossLine)
    {
        var head = DateHead().Match(Window(text, pos, 12));
        if (!head.Success || !acrossLine && head.Value.Contains('\n')) return null;
        var start = pos + head.Length;
        var window = Window(text, start, DateWindow);
        if (!DigitAnchored.HasDigit(window)) return null; // every date holds a digit
        var found = VietnameseDates.Find(window);
        if (found.Count == 0 || found[0].Precision != DatePrecision.Day) return null;
        // "ngảy 12/3/2020", "ngµy 21/01/2019": the day word damaged past reading, the date itself intact.
        if (found[0].Start != 0 && !IsDamagedDayWord(window[..found[0].Start])) return null;
        var d = found[0];
        pos = start + d.Length;
        return d with { Start = start + d.Start };
    }

    // Marks on the wrong letters still fold to "ngay"; TCVN3 read as Windows-1252 gives "ngµy".
    static bool IsDamagedDayWord(string gap)
    {
        var word = gap.Trim();
        return VietnameseText.Fold(word) == "ngay" || word is "ngµy" or "Ngµy";
    }

    const int LaterReach = 320;

    /// <summary>"Chỉ thị số 17-CT/TU … về …, vừa được đồng chí Bí thư ký ban hành ngày 01/9/2021": the day it was issued, later in the clause.</summary>
    static DateMatch? IssuedLater(string text, int from)
    {
        var window = Window(text, from, LaterReach);
        if (!window.Contains("ngày", StringComparison.Ordinal)) return null; // what IssuedOn looks ahead for
        var clause = ClauseBreak().Match(window);
        if (clause.Success) window = window[..clause.Index];
        var issued = IssuedOn().Match(window);
        if (!issued.Success || AnotherDocument().IsMatch(window.AsSpan(0, issued.Index))) return null;
        var found = VietnameseDates.Find(window[(issued.Index + issued.Length)..]);
        if (found.Count == 0 || found[0].Start != 0 || found[0].Precision != DatePrecision.Day) return null;
        return found[0] with { Start = from + issued.Index + issued.Length };
    }

    [GeneratedRegex(@"(?i:ký\s+ban\s+hành|được\s+ban\s+hành|ký)\s+(?:vào\s+)?(?=ngày)", RegexOptions.CultureInvariant)]
    private static partial Regex IssuedOn();

    const int BeforeReach = 240;

    /// <summary>
    /// A day written before the verb that issued the mention, in the same clause: "Ngày 14-6-2021, Ban Thường vụ Tỉnh
    /// ủy ban hành Kế hoạch số 30-KH/TU", "Ngày 27 tháng 5 năm 2022, đồng chí … đã ký ban hành Công văn số …".
    /// Only a full day counts; nothing may stand between the verb and the mention.
    /// </summary>
    public static DateMatch? DateBefore(string text, int mentionStart)
    {
        var from = Math.Max(0, mentionStart - BeforeReach);
        var window = text[from..mentionStart];
        if (!IssuedJustBefore().IsMatch(window)) return null;
        var clause = ClauseBreak().Matches(window) is { Count: > 0 } breaks ? breaks[^1].Index + breaks[^1].Length : 0;
        var dates = VietnameseDates.Find(window[clause..]);
        if (dates.Count == 0 || dates[^1].Precision != DatePrecision.Day) return null;
        var d = dates[^1];
        // Another document between the date and this one takes the date for itself.
        if (AnotherDocument().IsMatch(window.AsSpan(clause + d.End)) ) return null;
        return d with { Start = from + clause + d.Start };
    }

    [GeneratedRegex(@"(?i:ban\s+hành|ký|kí|đã\s+ra|ra|có)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex IssuedJustBefore();

    // A clause ends at a line break, a semicolon or a full stop followed by a capital.
    [GeneratedRegex(@"[\n;]|\.\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\d\s*[-–/]\s*\p{Lu}{1,5}\s*[/-]|\d{1,4}/\d{4}/|(?i:số)\s*\d", RegexOptions.CultureInvariant)]
    private static partial Regex AnotherDocument();

    static string Window(string text, int start, int length)
        => start >= text.Length ? "" : text.Substring(start, Math.Min(length, text.Length - start));

    // ", ngày", " ngày", ", " before a date, also across one line break (a wrapped PDF line); the date itself is read by VietnameseDates.
    [GeneratedRegex(@"^[ \t]*,?[ \t]*(?:\r?\n[ \t]*)?", RegexOptions.CultureInvariant)]
    private static partial Regex DateHead();

    // "của Ban Bí thư", "của Ban Thường vụ Tỉnh ủy", "của Ban Chấp hành Trung ương Đảng khóa XIII", "của Tỉnh ủy Trà Vinh".
    [GeneratedRegex(
        @"^[ \t]*,?[ \t]*(?i:của)[ \t]+(?<body>" +
        @"Ban\s+Bí\s+thư(?:\s+Trung\s+ương\s+Đảng)?" +
        @"|Bộ\s+Chính\s+trị" +
        @"|Ban\s+Chấp\s+hành\s+(?:Trung\s+ương(?:\s+Đảng)?|Đảng\s+bộ(?:\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường))?(?:\s+\p{Lu}\p{Ll}*){0,3})" +
        @"|Ban\s+Thường\s+vụ\s+(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)\s+[uủ]ỷ?y?(?:\s+\p{Lu}\p{Ll}*){0,3}" +
        @"|Ban\s+(?:Tổ\s+chức|Tuyên\s+giáo(?:\s+và\s+Dân\s+vận)?|Dân\s+vận|Kinh\s+tế|Nội\s+chính|Đối\s+ngoại)\s+(?:Trung\s+ương|Tỉnh\s+[uủ]ỷ?y?|Thành\s+[uủ]ỷ?y?|Huyện\s+[uủ]ỷ?y?)(?:\s+\p{Lu}\p{Ll}*){0,3}" +
        @"|Ủy\s+ban\s+Kiểm\s+tra\s+(?:Trung\s+ương|Tỉnh\s+[uủ]ỷ?y?|Thành\s+[uủ]ỷ?y?|Huyện\s+[uủ]ỷ?y?)(?:\s+\p{Lu}\p{Ll}*){0,3}" +
        @"|Văn\s+phòng\s+Trung\s+ương(?:\s+Đảng)?" +
        @"|(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)\s+[uủ]ỷ?y?(?:\s+(?:xã|phường|thị\s+trấn))?(?:\s+\p{Lu}\p{Ll}*){0,3}" +
        @"|Chính\s+phủ|Thủ\s+tướng(?:\s+Chính\s+phủ)?|Quốc\s+hội|Ủy\s+ban\s+Thường\s+vụ\s+Quốc\s+hội" +
        @")(?:[ \t]*,?[ \t]*(?i:khóa|khoá)[ \t]+(?<term>[IVXLivxl]{1,6})\b)?",
        RegexOptions.CultureInvariant)]
    private static partial Regex BodyPhrase();

    [GeneratedRegex(@"^[ \t]*,?[ \t]*\(?(?i:khóa|khoá)[ \t]+(?<term>[IVXLivxl]{1,6})\b\)?", RegexOptions.CultureInvariant)]
    private static partial Regex TermPhrase();
}
