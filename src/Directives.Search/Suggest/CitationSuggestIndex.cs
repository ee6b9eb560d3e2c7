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
        built.Add(new Entry(new CitationSuggestion(doc.Citation, full, shortForm, doc.Id, doc.Source, doc.Date, doc.Term), words, own, number, weight));
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
        var scored = new List<(Entry Entry, int Score)>();
        foreach (var id in Candidates(words, ranges))
        {
            var e = entries[id];
            var score = e.Weight;
            var all = true;
            for (var i = 0; i < words.Length && all; i++)
            {
                var match = Match(e.Words, words[i]);
                if (match == 0) all = false;
                // The entry's own number and type word count most: "28-CT" is 28-CT/TW before a plan that cites it.
                else score += match + (Array.BinarySearch(e.Own, words[i], StringComparer.Ordinal) >= 0 ? 2 : 0)
                    + (numbers[i] == e.Number ? 4 : 0);
            }
            if (all) scored.Add((e, score));
        }
        // Among equals: for a number, the newest; for words, the entry they describe most closely (fewest other words).
        var byNumber = words.Any(w => w.All(char.IsAsciiDigit));
        return scored.OrderByDescending(s => s.Score).ThenBy(s => byNumber ? 0 : s.Entry.Words.Length)
            .ThenByDescending(s => s.Entry.Suggestion.Date, StringComparer.Ordinal)
            .ThenBy(s => s.Entry.Suggestion.Citation, StringComparer.Ordinal)
            .Take(limit).Select(s => s.Entry.Suggestion).ToList();
    }

    /// <summary>3 for a word of the entry, 1 for the beginning of one, 0 for none.</summary>
    static int Match(string[] words, string word)
    {
        var i = Array.BinarySearch(words, word, StringComparer.Ordinal);
        if (i >= 0) return 3;
        i = ~i;
        return i < words.Length && words[i].StartsWith(word, StringComparison.Ordinal) ? 1 : 0;
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
    IEnumerable<int> Candidates(string[] words, (int From, int To)[] ranges)
    {
        var lists = new List<int[]>();
        for (var i = 0; i < words.Length - 1; i++)
            if (vocabulary[ranges[i].From] == words[i]) lists.Add(postings[ranges[i].From]);
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
