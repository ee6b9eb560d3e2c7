using System.Text.RegularExpressions;
using Directives.Core.Citations;
using Directives.Core.Text;

namespace Directives.Core.Documents;

/// <summary>Line-level tests used to read a header block.</summary>
internal static class HeaderLines
{
    const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    // Two columns extracted onto one line are kept apart by a run of spaces or a tab.
    static readonly Regex ColumnGap = new(@"\t+|[ ]{3,}", Options);

    static readonly Regex NumberLine = new(@"^(?i:số)\s*[:.]?\s*\d", Options);

    static readonly Regex PlaceDate = new(@"^(?:(?<place>[\p{L}][\p{L} .'\-]{1,40}?)\s*,\s*)?(?i:ngày)\s+\d", Options);

    static readonly Regex BodyStart = new(
        @"^(?:-{3,}|_{3,}|\*{3,}|(?i:căn cứ)|(?i:phần)\s+[IVX\d]|[IVX]+\s*[-.)]|\d+\s*[.)-]\s|(?i:kính gửi)|(?i:nơi nhận))",
        Options);

    static readonly string[] CommitteeStarts =
    [
        "dang bo", "dang uy", "tinh uy", "thanh uy", "huyen uy", "quan uy", "thi uy", "ban ", "bo chinh tri",
        "uy ban kiem tra", "van phong", "chi bo", "dang doan",
        // state bodies and mass organisations, whose own documents party texts hold too
        "uy ban nhan dan", "ubnd", "hoi dong nhan dan", "chinh phu", "thu tuong", "quoc hoi", "mat tran", "hoi ", "doan ",
        "cong doan", "bo noi vu", "bo ",
    ];

    // The national mottos of a party header and of a state one, read as column separators.
    static readonly Regex PartyName = new(
        @"(?i:đảng\s+cộng\s+sản\s+việt\s+nam|cộng\s+hòa\s+xã\s+hội\s+chủ\s+nghĩa\s+việt\s+nam|cộng\s+hoà\s+xã\s+hội\s+chủ\s+nghĩa\s+việt\s+nam|độc\s+lập\s*[-–]\s*tự\s+do\s*[-–]\s*hạnh\s+phúc)", Options);

    /// <summary>The line without "ĐẢNG CỘNG SẢN VIỆT NAM", which extraction may glue to the committee column.</summary>
    internal static string WithoutPartyName(string line) => PartyName.Replace(line, "   ");

    internal static IEnumerable<string> Segments(string line) =>
        ColumnGap.Split(line).Select(s => s.Trim()).Where(s => s.Length > 0);

    internal static bool IsNumberLine(string segment) => NumberLine.IsMatch(segment);

    internal static Match MatchPlaceDate(string segment) => PlaceDate.Match(segment);

    internal static bool IsBodyStart(string line) => BodyStart.IsMatch(line);

    internal static bool IsPartyName(string segment) => Fold(segment).Trim('-', ' ') == "dang cong san viet nam";

    internal static bool IsDecoration(string segment) => segment.Trim().Trim('*', '-', '_', '=', ' ').Length == 0;

    internal static bool IsSentence(string segment) =>
        !IsCapitals(segment) && segment.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= SentenceWords;

    const int SentenceWords = 8;

    /// <summary>Every letter a capital, at least three letters.</summary>
    internal static bool IsCapitals(string segment)
    {
        var letters = 0;
        foreach (var c in segment)
        {
            if (!char.IsLetter(c)) continue;
            if (char.IsLower(c)) return false;
            letters++;
        }
        return letters >= 3;
    }

    internal static bool IsCommittee(string segment)
    {
        if (!IsCapitals(segment) || IsPartyName(segment) || TypeWord(segment) is not null) return false;
        var key = Fold(segment);
        return CommitteeStarts.Any(s => key.StartsWith(s, StringComparison.Ordinal));
    }

    /// <summary>The standard type name when the segment is a type word in capitals ("KẾ HOẠCH").</summary>
    internal static string? TypeWord(string segment) =>
        IsCapitals(segment) ? DocumentKinds.CanonicalName(segment) : null;

    /// <summary>"CỦA BỘ CHÍNH TRỊ" under the type word: the body that issued the document.</summary>
    internal static bool IsIssuedBy(string line, out string body)
    {
        body = "";
        if (!IsCapitals(line) || !Fold(line).StartsWith("cua ", StringComparison.Ordinal)) return false;
        body = line.Trim()[4..].Trim();
        return body.Length > 0;
    }

    internal static string Fold(string s) =>
        string.Join(' ', VietnameseText.Fold(s).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
