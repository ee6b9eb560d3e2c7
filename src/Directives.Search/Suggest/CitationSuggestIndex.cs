using System.Globalization;
using Directives.Core.Authority;
using Directives.Core.Checking;
using Directives.Core.Text;
using Directives.Search.Graph;

namespace Directives.Search.Suggest;

/// <summary>
/// Canonical citations for partial input ("28-CT", "chỉ thị 28", "nghi quyet trung uong 4 khoa xii", a few title words),
/// over the graph's documents and placeholders and the authority file. Built once per graph snapshot: a sorted
/// vocabulary of folded words with the entries each occurs in, so a query costs a few binary searches and a scan of
/// the rarest word's entries. Every query word must begin a word of the entry; exact words and the number rank first.
/// </summary>
public sealed class CitationSuggestIndex
{
    /// <summary><paramref name="Own"/>: the words of the number and type word alone ("chi", "thi", "28", "ct", "tw").</summary>
    sealed record Entry(CitationSuggestion Suggestion, string[] Words, string[] Own, int Number, int Weight);

    readonly Entry[] entries;
    readonly string[] vocabulary;
    readonly int[][] postings;
    // Per entry, its words and its own words as sorted vocabulary ids: a query word is a range of ids.
    readonly int[][] wordIds;
    readonly int[][] ownIds;

    public long Version { get; }

    public CitationSuggestIndex(GraphSnapshot graph, AuthorityFile? authority = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        authority ??= AuthorityFile.Default;
        Version = graph.Version;
        var lookup = new GraphCitationLookup(graph, authority);
        var built = new List<Entry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // Corpus documents first, then what the corpus cites, then the authority file: the first of one identity wins.
        var nodes = graph.Nodes.Where(n => n.Citation is not null && n.Type != GraphNodeTypes.Ambiguous)
            .OrderBy(n => n.Type == GraphNodeTypes.Document ? 0 : 1).ThenBy(n => n.Id, StringComparer.Ordinal);
        foreach (var node in nodes)
            Add(built, seen, lookup.Map(node), [], null);
        foreach (var e in authority.Entries)
            Add(built, seen, AuthorityLookup.From(e), e.Names, e.Plenum);
        entries = [.. built];

        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Length; i++)
            foreach (var w in entries[i].Words)
            {
                if (!byWord.TryGetValue(w, out var list)) byWord[w] = list = [];
                list.Add(i);
            }
        vocabulary = [.. byWord.Keys.Order(StringComparer.Ordinal)];
        postings = vocabulary.Select(w => byWord[w].ToArray()).ToArray();
        var ids = new Dictionary<string, int>(vocabulary.Length, StringComparer.Ordinal);
        for (var i = 0; i < vocabulary.Length; i++) ids[vocabulary[i]] = i;
        wordIds = entries.Select(e => e.Words.Select(w => ids[w]).Order().ToArray()).ToArray();
        ownIds = entries.Select(e => e.Own.Where(ids.ContainsKey).Select(w => ids[w]).Order().ToArray()).ToArray();
    }

    static void Add(List<Entry> built, HashSet<string> seen, KnownDocument doc, IReadOnlyList<string> names, int? plenum)
    {
        if (doc.Citation is null || CanonicalForm.Full(doc) is not { } full || CanonicalForm.Short(doc) is not { } shortForm) return;
        // One suggestion per document: a number with its date, or its term when undated.
        if (!seen.Add(doc.Citation + "|" + (doc.Date ?? doc.Term ?? doc.Id))) return;
        if (doc.Date is not null && doc.Term is not null && !seen.Add(doc.Citation + "|" + doc.Term)) return;
        var text = string.Join(' ', [shortForm, doc.Body ?? "", doc.Term is null ? "" : "khóa " + doc.Term, doc.Title ?? "",
            doc.Date?[..4] ?? "", plenum is { } p ? $"Trung ương {p}" : "", .. names]);
        var words = Words(text).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var number = Core.Citations.PartyNumber.TryParse(doc.Citation, out var n) ? n.Number : 0;
        var weight = doc.Source switch { KnownSources.Corpus => 2, KnownSources.Authority => 1, _ => 0 };
        var own = Words(shortForm).Where(w => w != "so").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        built.Add(new Entry(new CitationSuggestion(doc.Citation, full, shortForm, doc.Id, doc.Source, doc.Date, doc.Term, doc.Body), words, own, number, weight));
    }

    /// <summary>Folded words, numbers without leading zeros: "Chỉ thị số 08-QĐi/TW" → chi, thi, so, 8, qdi, tw.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var folded = VietnameseText.Fold(VietnameseText.Normalize(text));
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                var w = folded[start..i];
                yield return w.All(char.IsAsciiDigit) && w.Length > 1 ? w.TrimStart('0') is { Length: > 0 } t ? t : "0" : w;
                start = -1;
            }
        }
    }

    public IReadOnlyList<CitationSuggestion> Suggest(string query, int limit = 10)
    {
        ArgumentNullException.ThrowIfNull(query);
        var words = Words(query).ToArray();
        if (words.Length == 0 || limit <= 0) return [];
        // Every word but the last is complete; the last may still be being typed.
        var ranges = new (int From, int To)[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            ranges[i] = Range(words[i]);
            if (ranges[i].From == ranges[i].To) return [];
        }
        var numbers = words.Select(w => int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1).ToArray();
        var exact = words.Select((w, i) => vocabulary[ranges[i].From] == w ? ranges[i].From : -1).ToArray();
        // Among equals: for a number, the newest; for words, the entry they describe most closely (fewest other words).
        var byNumber = numbers.Any(n => n >= 0);
        var best = new List<(Entry Entry, int Score, int Length)>(limit + 1);
        foreach (var id in Candidates(exact, ranges))
        {
            var e = entries[id];
            var score = e.Weight;
            var all = true;
            for (var i = 0; i < words.Length && all; i++)
            {
                var match = Match(wordIds[id], ranges[i], exact[i]);
                if (match == 0) all = false;
                // The entry's own number and type word count most: "28-CT" is 28-CT/TW before a plan that cites it.
                else score += match + (exact[i] >= 0 && Array.BinarySearch(ownIds[id], exact[i]) >= 0 ? 2 : 0)
                    + (numbers[i] == e.Number ? 4 : 0);
            }
            if (all) Keep(best, (e, score, byNumber ? 0 : wordIds[id].Length), limit);
        }
        return best.Select(b => b.Entry.Suggestion).ToList();
    }

    /// <summary>Keeps the <paramref name="limit"/> best in order, without sorting every match.</summary>
    static void Keep(List<(Entry Entry, int Score, int Length)> best, (Entry Entry, int Score, int Length) item, int limit)
    {
        if (best.Count == limit && Compare(item, best[^1]) >= 0) return;
        var at = best.Count;
        while (at > 0 && Compare(item, best[at - 1]) < 0) at--;
        best.Insert(at, item);
        if (best.Count > limit) best.RemoveAt(best.Count - 1);
    }

    static int Compare((Entry Entry, int Score, int Length) a, (Entry Entry, int Score, int Length) b)
    {
        var c = b.Score.CompareTo(a.Score);
        if (c == 0) c = a.Length.CompareTo(b.Length);
        if (c == 0) c = string.CompareOrdinal(b.Entry.Suggestion.Date, a.Entry.Suggestion.Date);
        return c != 0 ? c : string.CompareOrdinal(a.Entry.Suggestion.Citation, b.Entry.Suggestion.Citation);
    }

    /// <summary>3 for a word of the entry, 1 for the beginning of one, 0 for none.</summary>
    static int Match(int[] ids, (int From, int To) range, int exact)
    {
        var i = Array.BinarySearch(ids, range.From);
        if (i >= 0) return range.From == exact ? 3 : 1;
        i = ~i;
        return i < ids.Length && ids[i] < range.To ? 1 : 0;
    }

    (int From, int To) Range(string prefix)
    {
        var from = Array.BinarySearch(vocabulary, prefix, StringComparer.Ordinal);
        if (from < 0) from = ~from;
        var to = from;
        while (to < vocabulary.Length && vocabulary[to].StartsWith(prefix, StringComparison.Ordinal)) to++;
        return (from, to);
    }

    int Count((int From, int To) range)
    {
        var n = 0;
        for (var i = range.From; i < range.To; i++) n += postings[i].Length;
        return n;
    }

    /// <summary>
    /// Entries that may hold every word: the intersection of the exact postings of the complete words (all but the last),
    /// smallest first; for a single word, every entry of a word it begins. The caller checks the rest.
    /// </summary>
    IEnumerable<int> Candidates(int[] exact, (int From, int To)[] ranges)
    {
        var lists = new List<int[]>();
        for (var i = 0; i < exact.Length - 1; i++)
            if (exact[i] >= 0) lists.Add(postings[exact[i]]);
        var last = ranges[^1];
        if (last.To - last.From == 1) lists.Add(postings[last.From]);
        else if (lists.Count > 0 && Count(last) < lists.Min(l => l.Length))
        {
            // A rare word being typed ("28" of "chỉ thị 28"): the entries of every word it begins narrow the set most.
            var union = new List<int>();
            for (var i = last.From; i < last.To; i++) union.AddRange(postings[i]);
            union.Sort();
            lists.Add([.. union.Distinct()]);
        }
        if (lists.Count == 0)
        {
            // Only words still being typed: every entry of every word they begin (and any earlier partial word is checked after).
            var ids = new HashSet<int>();
            for (var i = last.From; i < last.To; i++) ids.UnionWith(postings[i]);
            return ids;
        }
        lists.Sort((a, b) => a.Length.CompareTo(b.Length));
        IEnumerable<int> result = lists[0];
        foreach (var other in lists.Skip(1)) result = Intersect(result.ToArray(), other);
        return result;
    }

    /// <summary>Two sorted id lists merged into their common ids.</summary>
    static int[] Intersect(int[] a, int[] b)
    {
        var common = new List<int>(Math.Min(a.Length, b.Length));
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (a[i] == b[j]) { common.Add(a[i]); i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return [.. common];
    }
}
