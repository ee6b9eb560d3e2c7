using System.Text;
using Directives.Core.Text;
using Directives.Search.Analysis;

namespace Directives.Search.Querying;

/// <summary>
/// Picks the passage of a text where the query's words are densest and marks them with
/// &lt;mark&gt;. Compares folded words, whose offsets equal the original's, so "dang" marks "Đảng".
/// A quoted phrase that occurs in the text is shown and marked as a whole ("<mark>Chỉ thị</mark>"),
/// and its words are not marked where they stand alone; a phrase that does not occur (found by
/// the title) falls back to marking its words. Everything else is HTML-escaped.
/// </summary>
/// <remarks>
/// Cost: one pass over the text that folds character by character into a reused buffer and looks
/// words up by span, so a long text costs a linear scan without an allocation per word; only
/// matches are kept, and the densest window is found with a sliding window over them.
/// </remarks>
public static class SnippetBuilder
{
    const int Window = 240;

    /// <param name="typos">Also mark words a typo away from a query word; off when the search matched the words as written.</param>
    public static string Build(string text, ParsedQuery query, bool typos = true)
    {
        if (text.Length == 0) return "";
        var wanted = Wanted.Of(query, typos);
        if (wanted.Count == 0) return Fallback(text);
        var scan = Scan(text, wanted);

        // Which words are marked alone: the query's words and numbers, and the words of phrases the text never has.
        var occurs = new bool[wanted.Phrases.Count];
        foreach (var p in scan.Phrases) occurs[p.Phrase] = true;
        var alone = (bool[])wanted.Single.Clone();
        for (var p = 0; p < wanted.Phrases.Count; p++)
            if (!occurs[p]) foreach (var id in wanted.Phrases[p]) alone[id] = true;

        var units = new List<Unit>(scan.Words.Count + scan.Phrases.Count);
        var phraseKeys = scan.KeyCount;
        foreach (var p in scan.Phrases) units.Add(new Unit(p.Start, p.Length, phraseKeys + p.Phrase, IsPhrase: true));
        units.Sort((a, b) => a.Start.CompareTo(b.Start));
        var phraseUnits = units.Count;
        var inPhrase = 0;
        foreach (var w in scan.Words)
        {
            if (!alone[w.Token]) continue;
            // A word inside a shown phrase is marked by the phrase.
            while (inPhrase < phraseUnits && units[inPhrase].End <= w.Start) inPhrase++;
            var covered = false;
            for (var k = inPhrase; k < phraseUnits && units[k].Start <= w.Start; k++)
                if (units[k].End >= w.Start + w.Length) { covered = true; break; }
            if (!covered) units.Add(new Unit(w.Start, w.Length, w.Key, IsPhrase: false));
        }
        if (units.Count == 0) return Fallback(text);
        units.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));

        // Densest window: the one starting at a match (at a phrase, when one occurs) that covers the most distinct wanted words.
        var anchorsArePhrases = scan.Phrases.Count > 0;
        var counts = new int[phraseKeys + wanted.Phrases.Count];
        var distinct = 0;
        var best = 0;
        var bestScore = -1;
        for (int i = 0, r = 0; i < units.Count; i++)
        {
            while (r < units.Count && units[r].Start < units[i].Start + Window)
                if (counts[units[r++].Key]++ == 0) distinct++;
            if ((!anchorsArePhrases || units[i].IsPhrase) && distinct > bestScore) (bestScore, best) = (distinct, i);
            if (--counts[units[i].Key] == 0) distinct--;
        }
        var anchor = units[best];
        var start = Math.Max(0, anchor.Start - 60);
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        var end = Math.Min(text.Length, start + Window);
        if (anchor.IsPhrase) end = Math.Max(end, anchor.End);
        while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;

        var sb = new StringBuilder();
        if (start > 0) sb.Append("… ");
        var pos = start;
        foreach (var (from, to) in Marks(units, start, end))
        {
            sb.Append(Escape(text, pos, from)).Append("<mark>").Append(Escape(text, from, to)).Append("</mark>");
            pos = to;
        }
        sb.Append(Escape(text, pos, end));
        if (end < text.Length) sb.Append(" …");
        return sb.ToString();
    }

    /// <summary>The marked ranges inside the window, overlapping phrases ("a b" and "b c" in "a b c") merged into one.</summary>
    static List<(int From, int To)> Marks(List<Unit> units, int start, int end)
    {
        var marks = new List<(int From, int To)>();
        foreach (var u in units)
        {
            if (u.Start < start || u.End > end) continue;
            if (marks.Count > 0 && u.Start < marks[^1].To)
                marks[^1] = (marks[^1].From, Math.Max(marks[^1].To, u.End));
            else marks.Add((u.Start, u.End));
        }
        return marks;
    }

    static string Fallback(string text) => Html(Trim(text, 0, Math.Min(text.Length, Window)));

    static string Escape(string text, int from, int to) => Html(text[from..to].Replace('\n', ' '));

    /// <summary>Escapes only what HTML needs, keeping Vietnamese letters readable in the JSON.</summary>
    static string Html(string s) => s.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");

    static string Trim(string text, int from, int to)
    {
        while (to < text.Length && !char.IsWhiteSpace(text[to])) to++;
        return text[from..to].Replace('\n', ' ') + (to < text.Length ? " …" : "");
    }

    /// <summary>A marked stretch of text: one word, or a whole phrase occurrence. Key tells distinct words apart.</summary>
    readonly record struct Unit(int Start, int Length, int Key, bool IsPhrase)
    {
        public int End => Start + Length;
    }

    /// <summary>A word that matched: Token is the wanted token it matched (exactly or with a typo), Key its distinct spelling.</summary>
    readonly record struct WordMatch(int Start, int Length, int Token, int Key);

    readonly record struct PhraseMatch(int Start, int Length, int Phrase);

    sealed record ScanResult(List<WordMatch> Words, List<PhraseMatch> Phrases, int KeyCount);

    /// <summary>
    /// One pass: words are folded into a reused buffer, rewritten like the index does (leading zeros of numbers),
    /// looked up by span; a ring of the last words' tokens finds phrase occurrences as they end.
    /// </summary>
    static ScanResult Scan(string text, Wanted wanted)
    {
        var words = new List<WordMatch>();
        var phrases = new List<PhraseMatch>();
        var byToken = wanted.Ids.GetAlternateLookup<ReadOnlySpan<char>>();
        Dictionary<string, int>? typoKeys = null; // distinct spellings of typo matches, numbered after the wanted tokens
        var ringSize = Math.Max(1, wanted.LongestPhrase);
        var ringToken = new int[ringSize];
        var ringStart = new int[ringSize];
        var wordCount = 0L;
        var buffer = new char[64];

        var i = 0;
        while (i < text.Length)
        {
            var c = VietnameseText.FoldChar(text[i]);
            if (!char.IsLetterOrDigit(c)) { i++; continue; }
            var start = i;
            var length = 0;
            while (true)
            {
                if (length == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
                buffer[length++] = c;
                if (++i >= text.Length) break;
                c = VietnameseText.FoldChar(text[i]);
                if (!char.IsLetterOrDigit(c) && !IsMark(c)) break;
            }
            var word = Rewrite(buffer.AsSpan(0, length));

            var token = byToken.TryGetValue(word, out var id) ? id : -1;
            var slot = (int)(wordCount % ringSize);
            ringToken[slot] = token;
            ringStart[slot] = start;
            wordCount++;
            if (token >= 0)
            {
                words.Add(new WordMatch(start, length, token, token));
                foreach (var p in wanted.PhrasesEndingWith(token))
                    if (EndsHere(wanted.Phrases[p], ringToken, wordCount))
                    {
                        var first = ringStart[(int)((wordCount - wanted.Phrases[p].Length) % ringSize)];
                        phrases.Add(new PhraseMatch(first, start + length - first, p));
                    }
            }
            else if (wanted.Typo.Count > 0 && LuceneQueryBuilder.IsTypoTolerant(word))
            {
                foreach (var (typoToken, typoId) in wanted.Typo)
                {
                    if (!EditDistance.AtMost(word, typoToken, typoToken.Length >= 8 ? 2 : 1)) continue;
                    typoKeys ??= new Dictionary<string, int>(StringComparer.Ordinal);
                    var keys = typoKeys.GetAlternateLookup<ReadOnlySpan<char>>();
                    if (!keys.TryGetValue(word, out var key)) keys[word] = key = wanted.Count + typoKeys.Count;
                    words.Add(new WordMatch(start, length, typoId, key));
                    break;
                }
            }
        }
        return new ScanResult(words, phrases, wanted.Count + (typoKeys?.Count ?? 0));
    }

    static bool EndsHere(int[] phrase, int[] ring, long wordCount)
    {
        if (wordCount < phrase.Length) return false;
        for (var k = 0; k < phrase.Length; k++)
            if (ring[(int)((wordCount - phrase.Length + k) % ring.Length)] != phrase[k]) return false;
        return true;
    }

    /// <summary><see cref="VietnameseWordFilter.Rewrite"/> on an already folded word: folding again changes nothing, leading zeros go.</summary>
    static ReadOnlySpan<char> Rewrite(ReadOnlySpan<char> folded)
    {
        if (folded.Length < 2 || folded[0] != '0') return folded;
        foreach (var c in folded) if (c is < '0' or > '9') return folded;
        var trimmed = folded.TrimStart('0');
        return trimmed.Length > 0 ? trimmed : "0";
    }

    static bool IsMark(char c) => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    /// <summary>The folded tokens a query looks for, numbered; which of them are wanted alone; each phrase as token numbers.</summary>
    sealed class Wanted
    {
        public Dictionary<string, int> Ids { get; } = new(StringComparer.Ordinal);
        public bool[] Single { get; private set; } = [];
        public List<int[]> Phrases { get; } = [];
        /// <summary>Wanted tokens that may match with a typo, with their numbers, in the order they were wanted.</summary>
        public List<(string Token, int Id)> Typo { get; } = [];
        public int LongestPhrase { get; private set; }
        public int Count => Ids.Count;
        List<int>[] endingWith = [];

        public IEnumerable<int> PhrasesEndingWith(int token) => endingWith[token];

        public static Wanted Of(ParsedQuery q, bool typos)
        {
            var w = new Wanted();
            var single = new HashSet<int>();
            foreach (var word in q.Words) foreach (var t in FoldingTokenizer.Tokens(word)) single.Add(w.Id(t));
            foreach (var p in q.Phrases)
                if (FoldingTokenizer.Tokens(p) is { Count: > 0 } tokens) w.Phrases.Add(tokens.Select(w.Id).ToArray());
            foreach (var n in q.Numbers)
                foreach (var t in FoldingTokenizer.Tokens($"{n.Number} {n.Code} {n.Issuer}")) single.Add(w.Id(t));
            w.Single = Enumerable.Range(0, w.Count).Select(single.Contains).ToArray();
            w.LongestPhrase = w.Phrases.Count == 0 ? 0 : w.Phrases.Max(p => p.Length);
            w.endingWith = Enumerable.Range(0, w.Count).Select(_ => new List<int>()).ToArray();
            for (var p = 0; p < w.Phrases.Count; p++) w.endingWith[w.Phrases[p][^1]].Add(p);
            if (typos)
                foreach (var (token, id) in w.Ids.OrderBy(kv => kv.Value).Select(kv => (kv.Key, kv.Value)))
                    if (LuceneQueryBuilder.IsTypoTolerant(token)) w.Typo.Add((token, id));
            return w;
        }

        int Id(string token)
        {
            if (!Ids.TryGetValue(token, out var id)) Ids[token] = id = Ids.Count;
            return id;
        }
    }

    static readonly VietnameseAnalyzer FoldingTokenizer = new(fold: true);
}
