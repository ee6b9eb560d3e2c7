using System.Globalization;
using System.Text.RegularExpressions;
using Directives.Core.Text;

namespace Directives.Core.Obligations;

/// <summary>
/// Checks the arithmetic a reader could check: "2.364/3.174 = 74,48%" and a total whose footnote lists its parts
/// ("kết nạp được 3.826 đảng viên([5])" … "([5]). Năm 2019 kết nạp 1.540 đảng viên; …").
/// </summary>
public static class ArithmeticCheck
{
    /// <summary>A figure as Vietnamese texts write it: "4.922", "98,44", "125".</summary>
    internal const string Number = @"\d{1,3}(?:\.\d{3})+(?:,\d{1,4})?|\d{1,9}(?:,\d{1,4})?";

    internal static readonly Regex Fraction = new(
        @"(?<![\p{N}.,/])(?<n>" + Number + @")[ ]{0,2}/[ ]{0,2}(?<d>" + Number + @")[ ]{0,2}=[ ]{0,2}(?<p>" + Number + @")[ ]{0,2}%",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>What a stated fraction is written with; it always holds a '/', so only the runs around slashes are searched.</summary>
    static readonly System.Buffers.SearchValues<char> FractionCharacters = DigitAnchored.DigitsAnd("., /=%");

    internal static IEnumerable<Match> Fractions(string text) => RunBounded.Matches(Fraction, text, '/', FractionCharacters);

    static readonly Regex FootnoteCall = new(@"\G\(?\[(?<k>\d{1,3})\]\)?", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static IReadOnlyList<ArithmeticIssue> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var issues = new List<ArithmeticIssue>();
        CheckFractions(text, issues);
        CheckFootnoteTotals(text, issues);
        return issues.OrderBy(i => i.Start).ToList();
    }

    static void CheckFractions(string text, List<ArithmeticIssue> issues)
    {
        foreach (var m in Fractions(text))
        {
            if (!VietnameseNumber.TryParse(m.Groups["n"].Value, out var n) || !VietnameseNumber.TryParse(m.Groups["d"].Value, out var d)
                || !VietnameseNumber.TryParse(m.Groups["p"].Value, out var stated) || d == 0) continue;
            var written = m.Groups["p"].Value;
            if (PercentAgrees(n, d, written, stated, out var computed)) continue;
            var p = m.Groups["p"];
            issues.Add(new ArithmeticIssue(
                $"{m.Groups["n"].Value}/{m.Groups["d"].Value} = {VietnameseNumber.Format(computed)}%, không phải {written}% như văn bản ghi",
                stated, computed, p.Index, p.Index + p.Length + 1));
        }
    }

    /// <summary>
    /// Whether <paramref name="stated"/> (written as <paramref name="written"/>) is n/d as a percentage, rounded to the
    /// places the writer used; one unit in the last written place is forgiven: writers truncate as often as they round.
    /// </summary>
    internal static bool PercentAgrees(double n, double d, string written, double stated, out double computed)
    {
        var comma = written.IndexOf(',');
        var decimals = comma < 0 ? 0 : written.Length - comma - 1;
        computed = Math.Round(n / d * 100, decimals, MidpointRounding.AwayFromZero);
        return Math.Abs(computed - stated) <= Math.Pow(10, -decimals) + 1e-9;
    }

    /// <summary>A counted total marked with a footnote whose note lists two or more counts of the same noun.</summary>
    static void CheckFootnoteTotals(string text, List<ArithmeticIssue> issues)
    {
        var folded = VietnameseText.Fold(text);
        var quantities = QuantityScanner.Scan(text);
        var notes = FootnoteBodies(text);
        if (notes.Count == 0) return;
        var sums = new Dictionary<(string Note, string Unit), (int Count, double Sum)>();
        foreach (var total in quantities)
        {
            if (total.IsPercent || total.Unit is null) continue;
            var call = FootnoteCall.Match(text, total.End);
            if (!call.Success || !notes.TryGetValue(call.Groups["k"].Value, out var body) || body.Start <= total.End) continue;
            var key = (call.Groups["k"].Value, total.Unit);
            if (!sums.TryGetValue(key, out var parts)) sums[key] = parts = Sum(quantities, body, total.Unit);
            var (count, sum) = parts;
            if (count < 2) continue;
            if (Math.Abs(sum - total.Value) < 1e-9) continue;
            issues.Add(new ArithmeticIssue(
                $"Chú thích [{call.Groups["k"].Value}] nêu {count} số liệu thành phần, cộng lại {VietnameseNumber.Format(sum)} {total.Unit}, nhưng văn bản ghi tổng {VietnameseNumber.Format(total.Value)}",
                total.Value, sum, total.Start, total.End));
        }
    }

    static (int Count, double Sum) Sum(IReadOnlyList<Quantity> quantities, (int Start, int End) body, string unit)
    {
        var count = 0;
        var sum = 0.0;
        for (var i = GoalScopes.FirstAtOrAfter(quantities, body.Start); i < quantities.Count && quantities[i].Start < body.End; i++)
        {
            if (quantities[i].Unit != unit) continue;
            count++;
            sum += quantities[i].Value;
        }
        return (count, sum);
    }

    /// <summary>Notes at the foot of the text: a line opening with "([5])" or "[5]".</summary>
    static Dictionary<string, (int Start, int End)> FootnoteBodies(string text)
    {
        var notes = new Dictionary<string, (int Start, int End)>();
        for (var lineStart = 0; lineStart < text.Length;)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            var call = FootnoteCall.Match(text, lineStart);
            if (call.Success && call.Index + call.Length <= lineEnd) notes[call.Groups["k"].Value] = (call.Index + call.Length, lineEnd);
            lineStart = lineEnd + 1;
        }
        return notes;
    }
}
