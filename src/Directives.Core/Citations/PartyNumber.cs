using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Directives.Core.Text;

namespace Directives.Core.Citations;

/// <summary>A party document number "N-CODE/ISSUER", e.g. 121-KH/TU, in canonical spelling.</summary>
public sealed record PartyNumber(int Number, string Code, string Issuer)
{
    /// <summary>At least two digits, code, issuer: "03-NQ/TU", "121-KH/TU", "08-QĐi/TW".</summary>
    public string Canonical => $"{Number.ToString("00", CultureInfo.InvariantCulture)}-{Code}/{Issuer}";

    public override string ToString() => Canonical;

    /// <summary>
    /// Reads one written number in any of its variants: "28 -CT/TW", "13/ĐA/TU", "SỐ 121-KH/TU",
    /// "số52-QĐ/TW", "83 – HD/BTCTW", "Chỉ thị số 28-CT/TW", "05-CT/T.Ư". The text must be the number alone.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out PartyNumber? number)
    {
        number = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var m = PartyNumberGrammar.Single.Match(VietnameseText.Normalize(text));
        if (!m.Success || PartyNumberGrammar.HasGluedWord(m.Groups["issuer"].Value)) return false;
        number = Create(m.Groups["n"].Value, m.Groups["code"].Value, m.Groups["issuer"].Value);
        return number is not null;
    }

    internal static PartyNumber? Create(string digits, string code, string issuer)
    {
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0) return null;
        return new PartyNumber(n, PartyNumberGrammar.CanonicalCode(code), PartyNumberGrammar.CanonicalIssuer(issuer));
    }
}
