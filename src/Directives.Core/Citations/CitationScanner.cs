using System.Buffers;
using Directives.Core.Text;
using System.Text.RegularExpressions;

namespace Directives.Core.Citations;

/// <summary>Finds every party number in normalised text, with the type word in front when there is one.</summary>
public static class CitationScanner
{
    // The number starts with a digit, so the engine skips ahead to digits; the type word is looked for after.
    static readonly Regex Citation = new(PartyNumberGrammar.NumberPattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);

    static readonly Regex StateStyle = new(PartyNumberGrammar.StateStylePattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);

    const int KindWindow = 48;

    // Type word (and "số") ending right where the number begins: "Chỉ thị  số ", "Nghị quyết ", "KẾ HOẠCH SỐ".
    static readonly Regex KindBefore = new(
        @"(?<![\p{L}\p{N}])(?<kind>(?i:" + PartyNumberGrammar.KindAlternation() + @"))\s+(?:(?i:số)\s*:?\s*)?$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.RightToLeft);

    /// <summary>All numbers in text order. State legal numbers (30/2020/NĐ-CP) and dates are not party numbers.</summary>
    public static IReadOnlyList<CitationMatch> Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return LastScan.Get(text);
    }

    static readonly LastTextMemo<IReadOnlyList<CitationMatch>> LastScan = new(ScanText);

    static IReadOnlyList<CitationMatch> ScanText(string text)
    {
        var found = new List<CitationMatch>();
        // Numbers a scan misread ("A5-QĐ/HU") first: the plain pattern would take their last digits alone ("5-QĐ/HU").
        var misread = Slashed(OcrNumberReading.Misread, text).Where(m => OcrNumberReading.IsPlausible(m.Groups["n"].Value)).ToList();
        var plain = Slashed(Citation, text).Where(m => !misread.Any(o => o.Index < m.Index + m.Length && m.Index < o.Index + o.Length));
        foreach (var m in misread.Concat(plain).OrderBy(m => m.Index))
        {
            var issuer = m.Groups["issuer"];
            var end = issuer.Index + issuer.Length;
            var issuerLength = PartyNumberGrammar.GluedIssuerLength(issuer.Value, end < text.Length ? text[end] : null);
            var written = m.Groups["n"].Value;
            var digits = OcrNumberReading.Digits(written);
            var number = PartyNumber.Create(digits, m.Groups["code"].Value, issuer.Value[..issuerLength]);
            if (number is null) continue;
            var windowStart = Math.Max(0, m.Index - KindWindow);
            var kind = KindBefore.Match(text, windowStart, m.Index - windowStart);
            var kindWord = kind.Success ? DocumentKinds.CanonicalName(kind.Groups["kind"].Value) : null;
            var start = kind.Success ? kind.Index : m.Index;
            found.Add(new CitationMatch(number, kindWord, start, m.Index + m.Length - start - (issuer.Length - issuerLength))
            {
                AlternativeIssuer = issuer.Value.StartsWith("TƯ", StringComparison.Ordinal) && issuerLength == 2 ? "TU" : null,
                Repair = digits == written ? null : $"{text.Substring(m.Index, m.Length - (issuer.Length - issuerLength))} read as {number.Canonical} (letters a scan gives for digits)",
            });
        }
        // Party numbers written the state way, where the party grammar found nothing (both lists are in text order).
        var merged = new List<CitationMatch>(found.Count);
        var k = 0;
        foreach (var m in Slashed(StateStyle, text))
        {
            if (StateStyleMatch(text, m) is not { } c) continue;
            while (k < found.Count && found[k].End <= c.Start) merged.Add(found[k++]);
            if (k < found.Count && found[k].Start < c.End) continue;
            merged.Add(c);
        }
        while (k < found.Count) merged.Add(found[k++]);
        return merged;
    }

    /// <summary>
    /// Every character a party number can be written with, in any of the three patterns: digits, the look-alike
    /// letters a scan gives for them, capitals, the lower-case letters of codes and issuers ("QĐi", "CTr", "ThU"),
    /// separators and the spaces around them. Each pattern's matches hold a '/', so only the runs of these characters
    /// around a slash are searched (see <see cref="RunBounded"/>).
    /// </summary>
    internal static readonly SearchValues<char> NumberCharacters =
        DigitAnchored.DigitsAnd("ABCDEFGHIJKLMNOPQRSTUVWXYZĐƯirhOoDQlI|iZASsGB .\t-‐‑–—−/");

    internal static IEnumerable<Match> Slashed(Regex regex, string text) => RunBounded.Matches(regex, text, '/', NumberCharacters);

    /// <summary>"22/CT-TW" is 22-CT/TW; "Chỉ thị số 37/TW" is 37-CT/TW (the type word gives the code). Null without either.</summary>
    static CitationMatch? StateStyleMatch(string text, Match m)
    {
        var windowStart = Math.Max(0, m.Index - KindWindow);
        var kind = KindBefore.Match(text, windowStart, m.Index - windowStart);
        var kindWord = kind.Success ? DocumentKinds.CanonicalName(kind.Groups["kind"].Value) : null;
        var code = m.Groups["code"].Success ? m.Groups["code"].Value : kindWord is null ? null : DocumentKinds.CodeForName(kindWord);
        if (code is null || PartyNumber.Create(m.Groups["n"].Value, code, m.Groups["issuer"].Value) is not { } number) return null;
        var start = kind.Success ? kind.Index : m.Index;
        return new CitationMatch(number, kindWord, start, m.Index + m.Length - start)
        {
            Repair = $"{m.Value} read as {number.Canonical}",
        };
    }
}
