using System.Text.RegularExpressions;

namespace Directives.Ingestion.Readers;

/// <summary>Running headers, footers and page numbers, and words hyphenated across lines.</summary>
internal static partial class PdfPageFurniture
{
    public const int EdgeLines = 2;

    /// <summary>Drops lines at the top or bottom of pages that repeat on most pages (digits ignored) and bare page numbers.</summary>
    public static List<List<string>> Remove(IReadOnlyList<List<string>> pages)
    {
        var pagesWithKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
            foreach (var key in EdgeIndexes(page.Count).Select(i => Key(page[i])).Distinct())
                pagesWithKey[key] = pagesWithKey.GetValueOrDefault(key) + 1;

        var threshold = pages.Count >= 2 ? Math.Max(2, (int)Math.Ceiling(pages.Count * 0.5)) : int.MaxValue;
        var result = new List<List<string>>(pages.Count);
        foreach (var page in pages)
        {
            var edges = EdgeIndexes(page.Count).ToHashSet();
            result.Add([.. page.Where((line, i) => !edges.Contains(i) || (!PageNumber().IsMatch(line) && pagesWithKey[Key(line)] < threshold))]);
        }
        return result;
    }

    /// <summary>
    /// Joins "phát tri-" + "ển" but never a document number ("28-" + "CT/TW") or a proper name ("Mác-" + "Lênin").
    /// </summary>
    public static List<string> Dehyphenate(IReadOnlyList<string> lines)
    {
        var result = new List<string>(lines.Count);
        foreach (var line in lines)
        {
            if (result.Count > 0 && HyphenatedEnd().IsMatch(result[^1]) && line.Length > 0 && char.IsLower(line[0]))
                result[^1] = result[^1][..^1] + line;
            else result.Add(line);
        }
        return result;
    }

    static IEnumerable<int> EdgeIndexes(int count) =>
        Enumerable.Range(0, Math.Min(EdgeLines, count)).Concat(Enumerable.Range(Math.Max(0, count - EdgeLines), Math.Min(EdgeLines, count))).Distinct();

    static string Key(string line) => Whitespace().Replace(Digits().Replace(line.ToLowerInvariant(), "#"), " ").Trim();

    [GeneratedRegex(@"(?:^|\s)\p{L}*\p{Ll}-$")]
    private static partial Regex HyphenatedEnd();

    [GeneratedRegex(@"^[-–—\s]*(?:trang|page)?\s*\d{1,4}(?:\s*(?:/|of|trên)\s*\d{1,4})?[-–—\s]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
