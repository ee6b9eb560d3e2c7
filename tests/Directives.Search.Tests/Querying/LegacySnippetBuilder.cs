using System.Text;
using Directives.Core.Text;
using Directives.Search.Analysis;

using Directives.Search.Querying;

namespace Directives.Search.Tests.Querying;

/// <summary>The snippet builder before phrase snippets and the single-pass scan, kept verbatim to check that ordinary snippets did not change.</summary>
/// <remarks>
/// Picks the passage of a text where the query's words are densest and marks them with
/// &lt;mark&gt;. Works on the folded text, whose offsets equal the original's, so "dang" marks "Đảng".
/// Everything else is HTML-escaped.
/// </remarks>
static class LegacySnippetBuilder
{
    const int Window = 240;

    public static string Build(string text, ParsedQuery query)
    {
        if (text.Length == 0) return "";
        var wanted = WantedTokens(query);
        var words = Words(text);
        var typoTolerant = wanted.Where(LuceneQueryBuilder.IsTypoTolerant).ToList();
        var matches = wanted.Count == 0 ? [] : words.Where(w => Matches(w.Folded, wanted, typoTolerant)).ToList();
        if (matches.Count == 0) return Html(Trim(text, 0, Math.Min(text.Length, Window)));

        // Densest window: the one starting at a match that covers the most distinct wanted words.
        var bestStart = matches[0].Start;
        var bestScore = -1;
        for (var i = 0; i < matches.Count; i++)
        {
            var distinct = new HashSet<string>();
            for (var j = i; j < matches.Count && matches[j].Start < matches[i].Start + Window; j++) distinct.Add(matches[j].Folded);
            if (distinct.Count > bestScore) (bestScore, bestStart) = (distinct.Count, matches[i].Start);
        }
        var start = Math.Max(0, bestStart - 60);
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        var end = Math.Min(text.Length, start + Window);
        while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;

        var sb = new StringBuilder();
        if (start > 0) sb.Append("… ");
        var pos = start;
        foreach (var m in matches.Where(m => m.Start >= start && m.Start + m.Length <= end))
        {
            sb.Append(Escape(text, pos, m.Start)).Append("<mark>").Append(Escape(text, m.Start, m.Start + m.Length)).Append("</mark>");
            pos = m.Start + m.Length;
        }
        sb.Append(Escape(text, pos, end));
        if (end < text.Length) sb.Append(" …");
        return sb.ToString();
    }

    static string Escape(string text, int from, int to) => Html(text[from..to].Replace('\n', ' '));

    /// <summary>Escapes only what HTML needs, keeping Vietnamese letters readable in the JSON.</summary>
    static string Html(string s) => s.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");

    static string Trim(string text, int from, int to)
    {
        while (to < text.Length && !char.IsWhiteSpace(text[to])) to++;
        return text[from..to].Replace('\n', ' ') + (to < text.Length ? " …" : "");
    }

    sealed record Word(int Start, int Length, string Folded);

    static List<Word> Words(string text)
    {
        var folded = VietnameseText.Fold(text);
        var words = new List<Word>();
        var i = 0;
        while (i < folded.Length)
        {
            if (!char.IsLetterOrDigit(folded[i])) { i++; continue; }
            var start = i;
            while (i < folded.Length && (char.IsLetterOrDigit(folded[i]) || IsMark(folded[i]))) i++;
            words.Add(new Word(start, i - start, VietnameseWordFilter.Rewrite(folded[start..i], fold: true)));
        }
        return words;
    }

    static bool IsMark(char c) => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    static HashSet<string> WantedTokens(ParsedQuery q)
    {
        var analyzer = FoldingTokenizer;
        var set = new HashSet<string>();
        foreach (var w in q.Words) foreach (var t in analyzer.Tokens(w)) set.Add(t);
        foreach (var p in q.Phrases) foreach (var t in analyzer.Tokens(p)) set.Add(t);
        foreach (var n in q.Numbers) foreach (var t in analyzer.Tokens($"{n.Number} {n.Code} {n.Issuer}")) set.Add(t);
        return set;
    }

    static readonly VietnameseAnalyzer FoldingTokenizer = new(fold: true);

    /// <param name="typoTolerant">The wanted words that may match with a typo, worked out once per snippet, not per word.</param>
    static bool Matches(string folded, HashSet<string> wanted, List<string> typoTolerant)
    {
        if (wanted.Contains(folded)) return true;
        if (typoTolerant.Count == 0 || !LuceneQueryBuilder.IsTypoTolerant(folded)) return false;
        foreach (var w in typoTolerant)
            if (EditDistance.AtMost(folded, w, w.Length >= 8 ? 2 : 1)) return true;
        return false;
    }
}
