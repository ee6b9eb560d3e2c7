using System.Text.RegularExpressions;
using Directives.Core.Text;

namespace Directives.Core.Organizations;

/// <summary>
/// Tells which provincial organisation a text without a header (a news report) is about, from
/// how it names provinces: "Đảng bộ tỉnh Trà Vinh", "Tỉnh uỷ Hoà Bình", "báo Kon Tum" weigh more
/// than a passing mention. Returns null when no province is named.
/// </summary>
public static class OrganizationGuess
{
    static readonly (string Name, Regex Pattern)[] Patterns = Provinces.Names
        .Select(name => (name, new Regex(@"(?<![\p{L}\p{N}])" + Regex.Escape(VietnameseText.Fold(name)).Replace(@"\ -\ ", @"\s*-\s*").Replace(@"\ ", @"\s+") + @"(?![\p{L}\p{N}])",
            RegexOptions.CultureInvariant | RegexOptions.Compiled)))
        .ToArray();

    static readonly string[] StrongPrefixes = ["tinh uy", "thanh uy", "dang bo tinh", "dang bo thanh pho", "bao", "tinh", "thanh pho", "tp.", "tp"];

    /// <summary>Place names that are far more often a person's name in party texts.</summary>
    static readonly HashSet<string> PersonNames = ["Hồ Chí Minh"];

    const int MaxHeadline = 200;

    public static string? FromText(string text)
    {
        var folded = VietnameseText.Fold(text);
        var firstBreak = text.IndexOf('\n');
        var headline = firstBreak < 0 ? 0 : Math.Min(firstBreak, MaxHeadline); // a one-line text has no headline
        string? best = null;
        var bestScore = 0;
        var bestFirst = int.MaxValue;
        foreach (var (name, pattern) in Patterns)
        {
            var score = 0;
            var first = int.MaxValue;
            foreach (Match m in pattern.Matches(folded))
            {
                if (!char.IsUpper(text[m.Index])) continue; // "hòa bình" (peace) is not Hòa Bình
                first = Math.Min(first, m.Index);
                var before = folded[Math.Max(0, m.Index - 20)..m.Index].TrimEnd();
                var named = StrongPrefixes.Any(p => before.EndsWith(p, StringComparison.Ordinal));
                if (!named && PersonNames.Contains(name)) continue; // "tư tưởng Hồ Chí Minh" is the man, not the city
                // A province named by its committee, or in the headline, says what the text is about.
                score += named || m.Index < headline ? 3 : 1;
            }
            if (score > bestScore || (score == bestScore && score > 0 && first < bestFirst))
                (best, bestScore, bestFirst) = (name, score, first);
        }
        if (bestScore < 2) return null; // one bare mention says little about what the text is about
        // "Huế" inside "Thừa Thiên Huế" is the same place.
        if (best == "Thừa Thiên Huế") best = "Huế";
        return best is null ? null : Provinces.Committee(best);
    }
}
