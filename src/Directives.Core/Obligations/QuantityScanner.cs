using Directives.Core.Text;
using System.Text.RegularExpressions;

namespace Directives.Core.Obligations;

/// <summary>Finds percentages and counted quantities ("4.922 đảng viên") in folded text.</summary>
internal static class QuantityScanner
{
    const string Number = @"\d{1,3}(?:\.\d{3})+(?:,\d{1,4})?|\d{1,9}(?:[.,]\d{1,4})?";
    const string NumberEnd = @"(?![\p{N}/]|[.,]\d)";

    // Folded counted nouns, longest first; the text's own spelling is returned as the unit.
    const string Nouns = "to chuc co so dang|to chuc dang|co so dang|dang vien|chi bo|dang bo|dong chi|quan chung|cap uy vien|can bo|hoc vien";

    static readonly Regex Pattern = new(
        @"(?<![\p{L}\p{N}.,/])(?<a>" + Number + ")" + NumberEnd +
        @"(?:[ ]{0,2}%?[ ]{0,2}(?:-|–|den|toi)[ ]{0,2}(?<b>" + Number + ")" + NumberEnd + "(?=[ ]{0,2}%))?" +
        @"(?:(?<pct>[ ]{0,2}%)|[ ]{1,2}(?<noun>" + Nouns + @")(?![\p{L}\p{N}]))?",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Quantities with a "%" or a counted noun; bare numbers (years, document numbers, footnotes) are left out.</summary>
    /// <remarks>Targets, results and the arithmetic check all ask for the same text's quantities: scanned once.</remarks>
    public static IReadOnlyList<Quantity> Scan(string text) => Last.Get(text);

    static readonly LastTextMemo<IReadOnlyList<Quantity>> Last = new(t => ScanText(t, VietnameseText.Fold(t)));

    static IReadOnlyList<Quantity> ScanText(string text, string folded)
    {
        var found = new List<Quantity>();
        foreach (var candidate in Pattern.EnumerateMatches(folded))
        {
            // Every number matches; only one followed by "%" or a counted noun ends with other than a digit, and only
            // that one is matched again (from where it starts, so the same match) for its parts.
            if (char.IsDigit(folded[candidate.Index + candidate.Length - 1])) continue;
            var m = Pattern.Match(folded, candidate.Index);
            var pct = m.Groups["pct"];
            var noun = m.Groups["noun"];
            if (!pct.Success && !noun.Success) continue;
            if (FollowsFraction(folded, m.Index)) continue;
            if (!VietnameseNumber.TryParse(m.Groups["a"].Value, out var value)) continue;
            double? max = null;
            if (m.Groups["b"].Success && VietnameseNumber.TryParse(m.Groups["b"].Value, out var b) && b > value) max = b;
            var unit = pct.Success ? "%" : VietnameseText.Lower(text.AsSpan(noun.Index, noun.Length));
            var unitStart = pct.Success ? pct.Index + pct.Length - 1 : noun.Index;
            var start = m.Index;
            var end = m.Index + m.Length;
            if (max is null && m.Groups["b"].Success)
            {
                // "2 - 3%" read wrong way round: keep only the percentage itself.
                start = m.Groups["b"].Index;
                if (!VietnameseNumber.TryParse(m.Groups["b"].Value, out value)) continue;
            }
            found.Add(new Quantity(value, max, unit, start, end, unitStart));
        }
        return found;
    }

    /// <summary>The "3.174" of "604/3.174" is a denominator, not a quantity of its own.</summary>
    static bool FollowsFraction(string folded, int index)
    {
        var i = index - 1;
        while (i >= 0 && folded[i] == ' ' && index - i < 3) i--;
        return i >= 0 && folded[i] == '/';
    }
}
