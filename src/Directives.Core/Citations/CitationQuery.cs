using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using Directives.Core.Text;

namespace Directives.Core.Citations;

/// <summary>
/// A search-box query that is itself a citation: "28-CT/TW", "ct 28", "CT28", "chi thi 28", "121-KH".
/// Code and issuer are null when the query does not say them.
/// </summary>
public sealed record CitationQuery(int Number, string? Code, string? Issuer)
{
    /// <summary>
    /// The type named by the query ("quy định 124" → "Quy định", whose documents are numbered QĐi or QĐ),
    /// else the name of the code. Match on it when a QĐ/QĐi difference should not hide a document.
    /// </summary>
    public string? Kind { get; init; }

    // Kind is derived from the query; two queries for the same number, code and issuer are the same query.
    public bool Equals(CitationQuery? other) =>
        other is not null && Number == other.Number && Code == other.Code && Issuer == other.Issuer;

    public override int GetHashCode() => HashCode.Combine(Number, Code, Issuer);

    // All patterns run on folded text (lower case, no diacritics, đ→d).
    static readonly Regex NumberThenCode = new(
        @"^(?<n>\d{1,4})\s*[-‐‑–—/]?\s*(?<code>[a-z]{1,4})$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    static readonly Regex CodeThenNumber = new(
        @"^(?<code>[a-z]{1,4})\s*[-.:]?\s*(?<n>\d{1,4})$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    static readonly Regex KindThenNumber = new(
        @"^(?<kind>[a-z]+(?:\s+[a-z]+){1,3}?)\s+(?:so\s*:?\s*)?(?<n>\d{1,4})(?:\s*[-‐‑–—/]\s*(?<code>[a-z]{1,4})(?:\s*/\s*(?<issuer>[a-z.]{1,9}))?)?$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static bool TryParse(string? query, [NotNullWhen(true)] out CitationQuery? q)
    {
        q = null;
        if (string.IsNullOrWhiteSpace(query)) return false;
        var text = VietnameseText.Normalize(query).Trim();
        if (text.Length > 80) return false;

        if (PartyNumber.TryParse(text, out var full))
        {
            q = new CitationQuery(full.Number, full.Code, full.Issuer) { Kind = KindOf(text, full.Code) };
            return true;
        }

        var folded = string.Join(' ', VietnameseText.Fold(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        q = FromCode(NumberThenCode.Match(folded)) ?? FromCode(CodeThenNumber.Match(folded)) ?? FromKind(KindThenNumber.Match(folded));
        return q is not null;
    }

    static CitationQuery? FromCode(Match m)
    {
        if (!m.Success) return null;
        var code = PartyNumberGrammar.CanonicalCode(m.Groups["code"].Value);
        return DocumentKinds.IsCode(code) && TryNumber(m.Groups["n"].Value, out var n)
            ? new CitationQuery(n, code, null) { Kind = DocumentKinds.NameForCode(code) }
            : null;
    }

    static CitationQuery? FromKind(Match m)
    {
        if (!m.Success || !TryNumber(m.Groups["n"].Value, out var n)) return null;
        var kindCode = DocumentKinds.CodeForName(m.Groups["kind"].Value);
        if (kindCode is null) return null;
        var written = m.Groups["code"].Success ? PartyNumberGrammar.CanonicalCode(m.Groups["code"].Value) : null;
        // "Quy định 124-QĐ/TW": the written code wins over the type word's code.
        var code = written ?? kindCode;
        var issuer = m.Groups["issuer"].Success ? PartyNumberGrammar.CanonicalIssuer(m.Groups["issuer"].Value) : null;
        return new CitationQuery(n, code, issuer) { Kind = DocumentKinds.CanonicalName(m.Groups["kind"].Value) };
    }

    // "Quy định số 124-QĐ/TW": the type word in front names the kind; a bare number takes its code's name.
    static string? KindOf(string text, string code) =>
        CitationScanner.Scan(text) is [{ KindWord: { } word }, ..] ? word : DocumentKinds.NameForCode(code);

    static bool TryNumber(string digits, out int n) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out n) && n > 0;
}
