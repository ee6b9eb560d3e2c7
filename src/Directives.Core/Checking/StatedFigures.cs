using System.Text.RegularExpressions;
using Directives.Core.Obligations;
using Directives.Core.Text;

namespace Directives.Core.Checking;

/// <summary>
/// Figures a draft states beside the figures they come from, as a reader checks them in their head: a total and the
/// parts listed in the same sentence ("tổng số 125 đảng viên, gồm 80 nam và 40 nữ"; "năm 2020 kết nạp 120 đảng viên,
/// năm 2021 kết nạp 130 đảng viên, tổng cộng 260 đảng viên") and a share written as a count and a percentage
/// ("45/50 xã đạt 95%"). Matching runs on the folded text, which keeps every offset of the original.
/// </summary>
public static partial class StatedFigures
{
    const string Num = ArithmeticCheck.Number;
    // A figure ends where no digit, slash, hyphen or percent follows: "28-CT", "12/2019" and "95%" are not counts.
    const string NumEnd = @"(?![\p{N}/%-]|[.,]\d)";

    public static IEnumerable<Finding> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = VietnameseText.Fold(text);
        return TotalsBeforeParts(text, folded).Concat(TotalsAfterParts(text, folded)).Concat(Shares(text, folded))
            .GroupBy(f => f.Start).Select(g => g.First()).OrderBy(f => f.Start);
    }

    // "125 đảng viên, gồm 80 nam và 40 nữ": a count, one to six words, then "gồm" and a list of counts.
    [GeneratedRegex(@"(?<![\p{L}\p{N}.,/-])(?<total>" + Num + ")" + NumEnd + @"[ ]{1,2}(?<unit>\p{L}+(?:[ ]\p{L}+){0,5}?)[ ]{0,2},?[ ]{0,2}(?:bao[ ])?gom[ ]{0,2}:?", RegexOptions.CultureInvariant)]
    private static partial Regex TotalThenParts();

    // "…, tổng cộng 260 đảng viên": the total after the parts, named by the same noun.
    [GeneratedRegex(@"(?<![\p{L}])(?:tong cong|tong so|tong)[ ]{1,2}(?:la[ ]{1,2}|:[ ]{0,2})?(?<total>" + Num + ")" + NumEnd + @"[ ]{1,2}(?<unit>\p{L}+(?:[ ]\p{L}+)?)", RegexOptions.CultureInvariant)]
    private static partial Regex PartsThenTotal();

    // "45/50 xã đạt 95%", "45/50 xã (95%)", "đạt 45/50 xã, bằng 95%".
    [GeneratedRegex(@"(?<![\p{N}.,/])(?<n>" + Num + @")[ ]{0,2}/[ ]{0,2}(?<d>" + Num + ")" + NumEnd + @"[\p{L} ,]{0,40}?(?:\bdat|\bbang|\bchiem|\()[ ]{0,2}(?:ty le[ ]{1,2}|ti le[ ]{1,2})?(?<p>" + Num + @")[ ]{0,2}%", RegexOptions.CultureInvariant)]
    private static partial Regex Share();

    [GeneratedRegex(@"\G[ ]{0,2}(?<n>" + Num + ")" + NumEnd, RegexOptions.CultureInvariant)]
    private static partial Regex PartFigure();

    [GeneratedRegex(@"\G[ ]{1,2}(?<w>\p{L}+)", RegexOptions.CultureInvariant)]
    private static partial Regex PartWord();

    [GeneratedRegex(@"\G[ ]{0,2}[,;][ ]{0,2}(?:va[ ]{1,2})?", RegexOptions.CultureInvariant)]
    private static partial Regex PartSeparator();

    static IEnumerable<Finding> TotalsBeforeParts(string text, string folded)
    {
        foreach (Match m in TotalThenParts().Matches(folded))
        {
            var total = m.Groups["total"];
            if (NamesADateOrNumber(folded, total.Index) || !VietnameseNumber.TryParse(total.Value, out var stated)) continue;
            if (Parts(folded, m.Index + m.Length) is not { Count: >= 2 } parts) continue;
            // "gồm 80 nam, 45 nữ, 20 người dân tộc thiểu số": the list may go on past the parts that make the total.
            if (Enumerable.Range(2, parts.Count - 1).Any(k => Same(parts.Take(k).Sum(), stated))) continue;
            yield return SumFinding(text, total, m.Groups["unit"].Value, stated, parts);
        }
    }

    static IEnumerable<Finding> TotalsAfterParts(string text, string folded)
    {
        foreach (Match m in PartsThenTotal().Matches(folded))
        {
            var total = m.Groups["total"];
            if (!VietnameseNumber.TryParse(total.Value, out var stated)) continue;
            // "nâng tổng số lên …", "nâng tổng số 4.260 đảng viên": a running total, not the sum of the figures before it.
            var before = folded[SentenceStart(folded, m.Index)..m.Index];
            if (before.TrimEnd().EndsWith("nang", StringComparison.Ordinal) || before.Contains(" gom ", StringComparison.Ordinal)) continue;
            var unit = m.Groups["unit"].Value;
            var parts = new List<double>();
            var start = SentenceStart(folded, m.Index);
            foreach (Match p in Counted(unit).Matches(folded[start..m.Index]))
                if (!NamesADateOrNumber(folded, start + p.Index) && VietnameseNumber.TryParse(p.Groups["n"].Value, out var v)) parts.Add(v);
            if (parts.Count < 2 || Same(parts.Sum(), stated)) continue;
            yield return SumFinding(text, total, unit, stated, parts);
        }
    }

    static IEnumerable<Finding> Shares(string text, string folded)
    {
        foreach (Match m in Share().Matches(folded))
        {
            if (!VietnameseNumber.TryParse(m.Groups["n"].Value, out var n) || !VietnameseNumber.TryParse(m.Groups["d"].Value, out var d)
                || !VietnameseNumber.TryParse(m.Groups["p"].Value, out var stated) || d == 0) continue;
            // "tháng 12/2019 đạt 95%" is a month, not a share.
            if (NamesADateOrNumber(folded, m.Index) || (n <= 12 && d is >= 1900 and <= 2100)) continue;
            var written = m.Groups["p"].Value;
            if (ArithmeticCheck.PercentAgrees(n, d, written, stated, out var computed)) continue;
            var p = m.Groups["p"];
            var end = folded.IndexOf('%', p.Index + p.Length) + 1;
            yield return new Finding
            {
                Code = FindingCodes.Arithmetic, Severity = Severities.Error,
                Message = $"Tỷ lệ không khớp: {text[m.Groups["n"].Index..(m.Groups["d"].Index + m.Groups["d"].Length)]} là {VietnameseNumber.Format(computed)}%, dự thảo ghi {written}%.",
                Surface = text[p.Index..end], Start = p.Index, End = end, Suggestion = VietnameseNumber.Format(computed) + "%",
            };
        }
    }

    static Finding SumFinding(string text, Group total, string unit, double stated, IReadOnlyList<double> parts)
    {
        var end = total.Index + total.Length + 1 + unit.Length;
        return new Finding
        {
            Code = FindingCodes.Arithmetic, Severity = Severities.Error,
            Message = $"Tổng không khớp: dự thảo ghi tổng {VietnameseNumber.Format(stated)} {text[(total.Index + total.Length + 1)..end]}, "
                + $"nhưng các số thành phần ({string.Join(" + ", parts.Select(VietnameseNumber.Format))}) cộng lại được {VietnameseNumber.Format(parts.Sum())}.",
            // Which figure is wrong the text does not say: the total or one of its parts.
            Surface = text[total.Index..end], Start = total.Index, End = end, Suggestion = null,
        };
    }

    /// <summary>The counts of a list after "gồm": each a figure and its words, split by commas, semicolons or "và".</summary>
    static List<double>? Parts(string folded, int at)
    {
        var parts = new List<double>();
        for (var p = at; ;)
        {
            var figure = PartFigure().Match(folded, p);
            if (!figure.Success || !VietnameseNumber.TryParse(figure.Groups["n"].Value, out var value)) break;
            parts.Add(value);
            p = figure.Index + figure.Length;
            var words = 0;
            var and = false;
            for (var w = PartWord().Match(folded, p); w.Success; w = PartWord().Match(folded, p))
            {
                p = w.Index + w.Length;
                if (w.Groups["w"].Value == "va") { and = true; break; }
                words++;
            }
            // A bare list of figures ("gồm 3, 4 và 5") counts nothing.
            if (words == 0) return null;
            if (and) continue;
            var separator = PartSeparator().Match(folded, p);
            if (!separator.Success) break;
            p = separator.Index + separator.Length;
        }
        return parts;
    }

    static Regex Counted(string unit) => new(@"(?<![\p{L}\p{N}.,/-])(?<n>" + Num + ")" + NumEnd + "[ ]{1,2}" + Regex.Escape(unit) + @"(?![\p{L}])", RegexOptions.CultureInvariant);

    /// <summary>"năm 2020", "ngày 12", "số 125" (but "tổng số 125"), "Điều 3", "khoản 2": not a count.</summary>
    static bool NamesADateOrNumber(string folded, int index)
    {
        var before = " " + folded[Math.Max(0, index - 10)..index].TrimEnd();
        return before.EndsWith(" nam", StringComparison.Ordinal) || before.EndsWith("ngay", StringComparison.Ordinal)
            || before.EndsWith("thang", StringComparison.Ordinal) || before.EndsWith(" so", StringComparison.Ordinal) && !before.EndsWith("tong so", StringComparison.Ordinal)
            || before.EndsWith("dieu", StringComparison.Ordinal) || before.EndsWith("khoan", StringComparison.Ordinal);
    }

    /// <summary>Where the sentence holding <paramref name="index"/> starts: after a full stop, a line break or a colon.</summary>
    static int SentenceStart(string folded, int index)
    {
        for (var i = index - 1; i >= 0; i--)
            if (folded[i] is '\n' or ':' or '!' or '?' || folded[i] == '.' && (i + 1 >= folded.Length || folded[i + 1] == ' ')) return i + 1;
        return 0;
    }

    static bool Same(double a, double b) => Math.Abs(a - b) < 1e-9;
}
