namespace Directives.Core.Authority;

/// <summary>Roman numerals as party texts write terms and congresses: "XII", "xiii", "XX".</summary>
internal static class RomanNumerals
{
    static readonly (int Value, string Digits)[] Table =
        [(50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];

    /// <summary>1–89 in canonical upper-case form, or null.</summary>
    internal static string? Format(int value)
    {
        if (value is < 1 or > 89) return null;
        var sb = new System.Text.StringBuilder();
        foreach (var (v, digits) in Table)
            while (value >= v) { sb.Append(digits); value -= v; }
        return sb.ToString();
    }

    /// <summary>Reads a numeral in any case; only canonical spellings count ("IIII" and "VX" do not).</summary>
    internal static int? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var upper = text.Trim().ToUpperInvariant();
        var total = 0;
        var i = 0;
        foreach (var (v, digits) in Table)
            while (string.CompareOrdinal(upper, i, digits, 0, digits.Length) == 0 && i + digits.Length <= upper.Length)
            {
                total += v;
                i += digits.Length;
            }
        if (i != upper.Length || total == 0) return null;
        return Format(total) == upper ? total : null;
    }

    /// <summary>"xii" → "XII"; null when the text is no canonical numeral.</summary>
    internal static string? Canonical(string? text) => Parse(text) is { } n ? Format(n) : null;
}
