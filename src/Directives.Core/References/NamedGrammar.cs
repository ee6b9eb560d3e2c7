using System.Buffers;
using System.Text.RegularExpressions;

namespace Directives.Core.References;

/// <summary>
/// Patterns for documents cited by name. They run on folded text (<see cref="Text.VietnameseText.Fold"/>: lower
/// case, no diacritics, đ→d, same length), so "khóa"/"khoá"/"KHOÁ" and "Trung ương"/"TRUNG ƯƠNG" are one spelling
/// and offsets are offsets in the original. Every gap is bounded or anchored by a literal, so matching stays linear.
/// </summary>
internal static partial class NamedGrammar
{
    const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    internal const string Roman = @"[ivxl]{1,7}(?![\p{L}\p{N}])";

    // "nhất" … "mười lăm": the ordinal of "Hội nghị lần thứ tư".
    const string Ordinal =
        @"(?:muoi\s+(?:mot|hai|ba|bon|tu|lam|nam|sau|bay|tam|chin)|muoi|nhat|mot|hai|ba|tu|bon|nam|sau|bay|tam|chin)(?![\p{L}\p{N}])";

    const string CentralCommittee = @"(?:ban\s+chap\s+hanh\s+trung\s+uong|bch\s*tw|bch\s+trung\s+uong)(?:\s+dang)?";

    const string Term =
        @"(?<termpart>\s*[,(–-]?\s*(?:cua\s+)?(?:" + CentralCommittee + @"\s*)?\(?\s*khoa\s+(?<t>" + Roman + @")" +
        @"(?:\s*(?:,|;|va|&)\s*(?:khoa\s+)?(?<t>" + Roman + @")){0,2}(?:\s*\))?)?";

    /// <summary>"Nghị quyết Trung ương 4 khóa XII", "NQ TW4", "Nghị quyết Hội nghị lần thứ tư BCH TW Đảng (khóa XI, XII)".</summary>
    internal const string PlenumPattern = @"(?<![\p{L}\p{N}])(?<kind>nghi\s+quyet|nq|ket\s+luan)\s*(?:cua\s+)?"
        + @"(?:(?:hoi\s+nghi\s+)?(?:trung\s+uong|tw|t\.w)\s*(?:(?:lan\s+)?thu\s+(?<o>" + Ordinal + @"|\d{1,2})|(?<n>\d{1,2}))"
        + @"|hoi\s+nghi\s+(?:lan\s+)?thu\s+(?<o>" + Ordinal + @"|\d{1,2})(?:\s+(?:cua\s+)?" + CentralCommittee + @")?"
        + @"|hoi\s+nghi\s+" + CentralCommittee + @"\s+lan\s+thu\s+(?<o>" + Ordinal + @"|\d{1,2}))"
        + @"(?![\p{L}\p{N}]|\s?[-–/]\s?(?:nq|kl|\d))" + Term;

    // Anchored, and tried only where one of its first words is written (see LiteralAnchored): "n" and "k" start a
    // tenth of the words of a folded text, "nghi", "nq" and "ket" far fewer.
    [GeneratedRegex(@"\G" + PlenumPattern, Options)]
    internal static partial Regex Plenum();

    internal static readonly SearchValues<string> PlenumStarts = SearchValues.Create(["nghi", "nq", "ket"], StringComparison.Ordinal);

    const string Level = @"(?<level>thanh\s+pho|thi\s+xa|thi\s+tran|tinh|huyen|quan|xa|phuong)(?![\p{L}\p{N}])";

    /// <summary>
    /// "Nghị quyết Đại hội XIII của Đảng", "… Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
    /// "… Đại hội XV Đảng bộ tỉnh", "… Đại hội Đảng bộ tỉnh (lần thứ XX: read after the place by the scanner)".
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])nghi\s+quyet\s+(?:cua\s+)?dai\s+hoi\s+(?:" +
        @"(?<local>(?:dai\s+bieu\s+)?(?:(?:lan\s+thu\s+)?(?<r>" + Roman + @")\s+)?(?:cua\s+)?dang\s+bo(?:\s+" + Level + @")?)" +
        @"|(?<national>(?:dai\s+bieu\s+)?(?:dang\s+(?:cong\s+san\s+viet\s+nam\s+)?)?toan\s+quoc\s+(?:lan\s+thu\s+)?(?<r>" + Roman + @")" +
        @"(?:\s+cua\s+dang(?:\s+cong\s+san\s+viet\s+nam)?(?!\s*bo))?" +
        @"|dang\s+(?:cong\s+san\s+viet\s+nam\s+)?(?:lan\s+thu\s+)?(?<r>" + Roman + @")" +
        @"|(?:lan\s+thu\s+)?(?<r>" + Roman + @")\s+cua\s+dang(?:\s+cong\s+san\s+viet\s+nam)?(?![\p{L}\p{N}]|\s*bo))" +
        @"|(?<bare>(?:lan\s+thu\s+)?(?<r>" + Roman + @")))", Options)]
    internal static partial Regex Congress();

    /// <summary>"lần thứ XX" right after a congress's committee and place.</summary>
    [GeneratedRegex(@"\G\s*,?\s+lan\s+thu\s+(?<r>" + Roman + @")", Options)]
    internal static partial Regex CongressOrdinal();

    /// <summary>"Điều lệ Đảng", "Điều lệ Đảng Cộng sản Việt Nam" (not "Điều lệ Đảng bộ…", not other bodies' charters).</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])dieu\s+le\s+dang(?![\p{L}\p{N}]|\s+bo(?![\p{L}\p{N}]))(?:\s+cong\s+san\s+viet\s+nam(?![\p{L}\p{N}]))?", Options)]
    internal static partial Regex Charter();

    /// <summary>"Cương lĩnh", "Cương lĩnh chính trị", "Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội (bổ sung, phát triển năm 2011)".</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])cuong\s+linh(?![\p{L}\p{N}])" +
        @"(?:\s+(?:(?<political>chinh\s+tri)|(?<transition>xay\s+dung\s+dat\s+nuoc\s+trong\s+thoi\s+ky\s+qua\s+do\s+len\s+chu\s+nghia\s+xa\s+hoi))(?![\p{L}\p{N}]))?" +
        @"(?:\s*\(\s*bo\s+sung,?\s+phat\s+trien\s+nam\s+(?<amended>\d{4})\s*\)|\s+(?:nam\s+)?(?<year>1930|1991|2011)(?![\p{N}]))?", Options)]
    internal static partial Regex Platform();

    /// <summary>What may stand between a numbered citation and a plenum name that only describes it.</summary>
    [GeneratedRegex(@"^[\s,()–-]*(?:ngay\s*\d{1,2}\s*[/.–-]\s*\d{1,2}\s*[/.–-]\s*\d{4,5}|ngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4,5})?" +
        @"[\s,()]*(?:cua\s+)?(?:(?:" + CentralCommittee + @"|bo\s+chinh\s+tri|ban\s+bi\s+thu)[\s,]*(?:\(?\s*khoa\s+" + Roman + @"\s*\)?)?)?" +
        @"[\s,]*(?:\(\s*)?(?:(?:sau\s+day\s+)?(?:goi\s+tat\s+la|tuc\s+la|tuc|hay\s+con\s+goi\s+la)\s*:?\s*)?$", Options)]
    internal static partial Regex Attachment();

    /// <summary>"về …": the subject after a name, up to the end of the clause.</summary>
    [GeneratedRegex(@"\G\s*,?\s*(?:\(\s*khoa\s+" + Roman + @"\s*\)\s*)?ve\s+(?<s>[^;.\n]{1,160})", Options)]
    internal static partial Regex Subject();

    internal static int? OrdinalValue(string folded)
    {
        var words = folded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1 && int.TryParse(words[0], System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var digits)) return digits;
        int? Unit(string w) => w switch
        {
            "nhat" or "mot" => 1, "hai" => 2, "ba" => 3, "tu" or "bon" => 4, "nam" or "lam" => 5,
            "sau" => 6, "bay" => 7, "tam" => 8, "chin" => 9, _ => null,
        };
        return words switch
        {
            ["muoi"] => 10,
            ["muoi", var u] => Unit(u) is { } v ? 10 + v : null,
            [var u] => Unit(u),
            _ => null,
        };
    }
}
