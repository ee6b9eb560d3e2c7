using System.Text.RegularExpressions;

namespace Directives.Core.Citations;

/// <summary>The written grammar of a party number, N-CODE/ISSUER, and its canonical spellings.</summary>
internal static class PartyNumberGrammar
{
    // Hyphen, en/em dash, non-breaking hyphen, minus; or a slash (13/ĐA/TU); or one plain space (28 CT/TW).
    // A scan can double the hyphen ("99- -QĐ/TW"): a second dash is read as the same separator.
    internal const string Separator = @"(?:[ \t]*[-‐‑–—−/](?:[ \t]*[-‐‑–—−])?[ \t]*|[ \t])";

    /// <summary>Strict, case-sensitive form used in running text: codes and issuers are capitals.</summary>
    internal const string NumberPattern = @"(?<![\p{N}/.])(?<n>\d{1,4})" + AfterNumber;

    /// <summary>What follows the number: separator, code, slash, issuer.</summary>
    internal const string AfterNumber = Separator +
        @"(?<code>[A-ZĐ]{1,4}[ir]?)[ \t]?/[ \t]?" +
        @"(?<issuer>(?:T\.[ƯW](?![A-ZĐƯ])|[A-ZĐƯ](?:[A-ZĐƯ]|h(?=[A-ZĐƯ])){0,7})(?:-[A-ZĐ]{2,5}(?![\p{L}\p{N}]))?)";

    /// <summary>Party issuers: a committee, or a board of one ("BTCTW", "UBKTTU"). Used to tell state-style party numbers.</summary>
    internal const string PartyIssuer = @"(?:T\.Ư|TƯ|TW|TU|HU|QU|ĐUK|ĐU|ThU|[A-ZĐ]{2,6}(?:TW|TU|HU|QU))";

    /// <summary>
    /// A party number written the state way: "22/CT-TW", "217/QĐ-TW", or without its code after a type word,
    /// "Chỉ thị số 37/TW". The issuer after the hyphen is a party one, which is what tells it from a state number.
    /// </summary>
    internal const string StateStylePattern =
        @"(?<![\p{N}/.])(?<n>\d{1,4})[ \t]?/[ \t]?(?:(?<code>[A-ZĐ]{1,4}[ir]?)[ \t]?[-–][ \t]?)?(?<issuer>" + PartyIssuer + @")(?![\p{L}\p{N}/]|-\p{L})";

    // Issuers end in a committee letter pair; a capital glued after one ("TWNgày") starts the next word.
    static readonly string[] IssuerEndings = ["TW", "TƯ", "TU", "HU", "QU", "ThU", "TX", "ĐU", "ĐUK", "UK"];

    internal static readonly Regex Single = new(
        @"^\s*(?:(?<kind>" + KindAlternation() + @")\s+)?(?:số\s*:?\s*)?" +
        @"(?<n>\d{1,4})" + Separator + @"(?<code>\p{L}{1,4}[ir]?)[ \t]?/[ \t]?(?<issuer>\p{L}(?:\.?\p{L}){0,8}(?:-\p{L}{2,5})?)\s*[.,;:)]*\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    static readonly Dictionary<string, string> CodeSpellings = new(StringComparer.Ordinal)
    {
        ["QĐI"] = "QĐi", ["QDI"] = "QĐi", ["QD"] = "QĐ", ["CTR"] = "CTr", ["TTR"] = "TTr", ["DA"] = "ĐA",
    };

    static readonly Dictionary<string, string> IssuerSpellings = new(StringComparer.Ordinal)
    {
        ["TƯ"] = "TW", ["THU"] = "ThU", ["DU"] = "ĐU", ["DUK"] = "ĐUK",
    };

    /// <summary>Kind-word alternation for regexes: longest first, any run of spaces between words.</summary>
    internal static string KindAlternation() =>
        string.Join('|', DocumentKinds.WrittenForms.Select(n =>
            string.Join(@"\s+", n.Split(' ').Select(Regex.Escape))));

    /// <summary>"TWvề": capitals with a lower-case word glued on. "ThU" and all-lower "tw" are fine.</summary>
    internal static bool HasGluedWord(string issuer)
    {
        var upper = issuer.TakeWhile(c => !char.IsLower(c)).Count();
        if (upper == 0 || upper == issuer.Length) return false;
        return !(issuer.Length == 3 && issuer[1] == 'h' && char.IsUpper(issuer[2])); // ThU
    }

    internal static string CanonicalCode(string code)
    {
        var upper = Text.VietnameseText.Upper(code);
        return CodeSpellings.GetValueOrDefault(upper, upper);
    }

    /// <summary>
    /// Length of the issuer without a capital that belongs to a glued next word: in "14-TB/TWNgày" the issuer
    /// is "TW". <paramref name="next"/> is the character after the matched issuer.
    /// </summary>
    internal static int GluedIssuerLength(string issuer, char? next)
    {
        if (next is not { } c || !char.IsLower(c) || issuer.Length < 3) return issuer.Length;
        var trimmed = issuer[..^1];
        return IssuerEndings.Any(e => trimmed.EndsWith(e, StringComparison.Ordinal)) ? trimmed.Length : issuer.Length;
    }

    internal static string CanonicalIssuer(string issuer)
    {
        var upper = Text.VietnameseText.Upper(issuer.Replace(".", "", StringComparison.Ordinal));
        if (upper == "TW") return upper;
        return IssuerSpellings.GetValueOrDefault(upper, upper);
    }
}
