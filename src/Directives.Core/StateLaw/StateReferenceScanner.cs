using Directives.Core.Text;
using System.Text.RegularExpressions;
using Directives.Core.Extraction;

namespace Directives.Core.StateLaw;

/// <summary>
/// State legal documents that party texts cite: "Luật số 22/2023/QH15", "Nghị định số 30/2020/NĐ-CP",
/// "Quyết định số 1234/QĐ-TTg", "Thông tư 01/2011/TT-BNV", "Công văn 123/UBND-VX". Their numbers put
/// the slash first (N/YYYY/CODE or N/CODE-ISSUER), which is what tells them from party numbers.
/// </summary>
public static partial class StateReferenceScanner
{
    public static IReadOnlyList<Reference> Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<Reference>();
        foreach (Match m in StateNumber().Matches(text))
        {
            var number = m.Groups["num"].Value;
            // "22/CT-TW", "37/TW": a party number written the state way; the citation scanner reads it.
            if (PartyStyle().IsMatch(number)) continue;
            var hasYear = m.Groups["year"].Success;
            var hasIssuer = number.Contains('-');
            var kind = KindBefore().Match(text[Math.Max(0, m.Index - 40)..m.Index]);
            var kindWord = kind.Success ? Canonical(kind.Groups["kind"].Value) : null;
            // A bare "4/2022" is a month; "12/KH" alone is too thin. Keep numbers that carry a year or an issuer.
            if (!hasYear && !hasIssuer) continue;
            if (kindWord is null && !hasYear && !IsStateCode(number)) continue;
            var start = kind.Success ? m.Index - (Math.Min(40, m.Index) - kind.Index) : m.Groups["num"].Index;
            var end = m.Groups["num"].Index + m.Groups["num"].Length;
            found.Add(new Reference
            {
                Category = ReferenceCategories.State,
                Citation = Regex.Replace(number, @"\s+", ""),
                Kind = kindWord ?? KindFromCode(number),
                Surface = text[start..end],
                Start = start,
                End = end,
            });
        }
        return found;
    }

    static readonly string[] KindWords =
        ["Bộ luật", "Luật", "Pháp lệnh", "Nghị định", "Nghị quyết liên tịch", "Nghị quyết", "Quyết định", "Thông tư liên tịch", "Thông tư",
         "Chỉ thị", "Công văn", "Kế hoạch", "Thông báo", "Hướng dẫn", "Công điện", "Văn bản", "Tờ trình", "Báo cáo"];

    static string Canonical(string written)
    {
        var collapsed = VietnameseText.CollapseSpaces(written).Trim();
        return KindWords.FirstOrDefault(k => string.Equals(k, collapsed, StringComparison.OrdinalIgnoreCase)) ?? collapsed;
    }

    static bool IsStateCode(string number)
        => Regex.IsMatch(number, @"/(?:QĐ|NĐ|TT|CT|CV|KH|TB|HD|NQ|BC|TTr|CĐ)-|/UBND|-(?:TTg|CP|UBND|BNV|BTC|BCA|BQP|VPCP|HĐND)\b", RegexOptions.CultureInvariant);

    static string? KindFromCode(string number)
    {
        var m = Regex.Match(number, @"/(?:\d{4}/)?(?<code>[\p{Lu}]+)", RegexOptions.CultureInvariant);
        return m.Groups["code"].Value switch
        {
            "QH" or "QH13" or "QH14" or "QH15" => "Luật",
            "NĐ" => "Nghị định",
            "QĐ" => "Quyết định",
            "TT" or "TTLT" => "Thông tư",
            "CT" => "Chỉ thị",
            "NQ" => "Nghị quyết",
            _ => number.Contains("/QH", StringComparison.Ordinal) ? "Luật" : null,
        };
    }

    // The number itself starts with a digit, so the engine can skip ahead to digits; the type word is looked for after.
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}/-])(?<num>\d{1,6}[ \t]?/[ \t]?(?:(?<year>(?:19|20)\d{2})[ \t]?/[ \t]?)?[\p{Lu}][\p{L}\d]{0,9}(?:-[\p{Lu}][\p{L}\d]{0,9}){0,3})(?![\p{L}\d/])",
        RegexOptions.CultureInvariant)]
    private static partial Regex StateNumber();

    [GeneratedRegex(@"^" + Citations.PartyNumberGrammar.StateStylePattern + "$", RegexOptions.CultureInvariant)]
    private static partial Regex PartyStyle();

    // Type word (and "số") ending right where the number begins.
    [GeneratedRegex(
        @"(?<kind>(?i:bộ\s+luật|luật|pháp\s+lệnh|nghị\s+định|nghị\s+quyết(?:\s+liên\s+tịch)?|quyết\s+định|thông\s+tư(?:\s+liên\s+tịch)?|chỉ\s+thị|công\s+văn|kế\s+hoạch|thông\s+báo|hướng\s+dẫn|công\s+điện|văn\s+bản|tờ\s+trình|báo\s+cáo))[ \t]+(?:(?i:số)[ \t]*:?[ \t]*)?$",
        RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex KindBefore();
}
