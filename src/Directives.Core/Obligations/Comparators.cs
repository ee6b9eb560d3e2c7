using System.Text.RegularExpressions;

namespace Directives.Core.Obligations;

/// <summary>Reads the comparator a goal puts on its number: "trên 60%" is &gt;, "từ 80% trở lên" is &gt;=, "3 - 4%" a range.</summary>
internal static class Comparators
{
    static readonly Regex Prefix = new(
        @"(?<![\p{L}])(?<w>khong vuot qua|khong vuot|khong it hon|khong duoi|khong qua|it nhat|toi thieu|toi da|tren|hon|duoi|tu|gan|khoang) $".Replace(" ", " {1,3}", StringComparison.Ordinal),
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    const int Window = 20;
    const int ClauseReach = 160;

    /// <summary>The comparator and where its word starts (the quantity's start when there is no word).</summary>
    public static (string Comparator, int Start) Read(string folded, Quantity q)
    {
        var from = Math.Max(0, q.Start - Window);
        var before = folded[from..q.Start];
        var m = Prefix.Match(before);
        var word = m.Success ? string.Join(' ', m.Groups["w"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)) : "";
        var start = m.Success ? from + m.Index : q.Start;
        if (q.ValueMax is not null) return ("range", start);
        switch (word)
        {
            case "tren" or "hon": return (">", start);
            case "duoi": return ("<", start);
            case "khong qua" or "toi da" or "khong vuot qua" or "khong vuot": return ("<=", start);
            case "it nhat" or "toi thieu" or "khong duoi" or "khong it hon": return (">=", start);
        }
        var after = ClauseAfter(folded, q.End);
        if (after.Contains("tro len", StringComparison.Ordinal) || word == "tu") return (">=", start);
        if (after.Contains("tro xuong", StringComparison.Ordinal)) return ("<=", start);
        return ("=", start);
    }

    static string ClauseAfter(string folded, int from)
    {
        var end = from;
        var limit = Math.Min(folded.Length, from + ClauseReach);
        while (end < limit && folded[end] is not (';' or ':' or '(' or ')' or '\n' or '.' or '%')) end++;
        return folded[from..end];
    }
}
