using Directives.Core.Text;
using System.Text.RegularExpressions;

namespace Directives.Core.Documents;

/// <summary>
/// Reads the signature block at the end of a party document (Hướng dẫn 36-HD/VPTW): an optional mandate
/// (T/M, K/T, T/L, T/UQ and the body), the signer's title in capitals, an optional "(Đã ký)", then the name in
/// title case. The block may be on separate lines or flattened onto one, after or inside the "Nơi nhận" list.
/// </summary>
public static partial class SignatureBlock
{
    /// <summary>The last signature block of the text, or null when it has none.</summary>
    public static Signature? Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // The block is at the end: looking at the tail keeps a long text cheap and ignores titles quoted in the body.
        var tail = text.Length > 3000 ? text[^3000..] : text;
        Match? last = null;
        foreach (Match m in Block().Matches(tail)) last = m;
        if (last is null) return null;
        var mandate = last.Groups["mandate"].Success ? Collapse(last.Groups["mandate"].Value) : null;
        return new Signature(Collapse(last.Groups["name"].Value), Collapse(last.Groups["title"].Value), mandate);
    }

    static string Collapse(string s) => VietnameseText.CollapseSpaces(s.Trim());

    [GeneratedRegex(@"(?:(?<mandate>\b(?:T/M|TM\.?|K/T|KT\.?|T/L|TL\.?|T/UQ|TUQ\.?)\s+\p{Lu}[\p{Lu}\s]*?)\s+)?"
        + @"(?<title>\b(?:PHÓ\s+)?(?:BÍ\s+THƯ|TRƯỞNG\s+BAN|CHỦ\s+NHIỆM|CHÁNH\s+VĂN\s+PHÒNG))\s*"
        + @"(?:\((?i:đã\s+ký|ký\s+tên)[^)]*\)\s*)?"
        + @"(?<name>\p{Lu}\p{Ll}*(?:[ \t\u00A0]+\p{Lu}\p{Ll}*){1,4})(?![\p{L}])",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Block();
}
