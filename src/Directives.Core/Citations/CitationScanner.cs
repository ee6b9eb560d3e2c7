using System.Text.RegularExpressions;

namespace Directives.Core.Citations;

/// <summary>Finds every party number in normalised text, with the type word in front when there is one.</summary>
public static class CitationScanner
{
    static readonly Regex Citation = new(
        @"(?:(?<![\p{L}\p{N}])(?<kind>(?i:" + PartyNumberGrammar.KindAlternation() + @"))\s+(?:(?i:số)\s*:?\s*)?)?" +
        PartyNumberGrammar.NumberPattern,
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>All numbers in text order. State legal numbers (30/2020/NĐ-CP) and dates are not party numbers.</summary>
    public static IReadOnlyList<CitationMatch> Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<CitationMatch>();
        foreach (Match m in Citation.Matches(text))
        {
            var issuer = m.Groups["issuer"];
            var end = issuer.Index + issuer.Length;
            var issuerLength = PartyNumberGrammar.GluedIssuerLength(issuer.Value, end < text.Length ? text[end] : null);
            var number = PartyNumber.Create(m.Groups["n"].Value, m.Groups["code"].Value, issuer.Value[..issuerLength]);
            if (number is null) continue;
            var kind = m.Groups["kind"];
            var kindWord = kind.Success ? DocumentKinds.CanonicalName(kind.Value) : null;
            found.Add(new CitationMatch(number, kindWord, m.Index, m.Length - (issuer.Length - issuerLength))
            {
                AlternativeIssuer = issuer.Value.StartsWith("TƯ", StringComparison.Ordinal) && issuerLength == 2 ? "TU" : null,
            });
        }
        return found;
    }
}
