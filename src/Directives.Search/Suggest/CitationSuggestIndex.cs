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
    sealed record Entry(CitationSuggestion Suggestion, string[] Words, int Number, int Weight);

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
        built.Add(new Entry(new CitationSuggestion(doc.Citation, full, shortForm, doc.Id, doc.Source, doc.Date, doc.Term), words, number, weight));
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
        var rarest = Enumerable.Range(0, words.Length).MinBy(i => Count(ranges[i]));
        var scored = new List<(Entry Entry, int Score)>();
        foreach (var id in Candidates(ranges[rarest]))
        {
            var e = entries[id];
            var score = e.Weight;
            var all = true;
            for (var i = 0; i < words.Length && all; i++)
            {
                var match = Match(e.Words, words[i]);
                if (match == 0) all = false;
                else score += match + (int.TryParse(words[i], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n == e.Number ? 6 : 0);
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

    IEnumerable<int> Candidates((int From, int To) range)
    {
        if (range.To - range.From == 1) return postings[range.From];
        var ids = new HashSet<int>();
        for (var i = range.From; i < range.To; i++) ids.UnionWith(postings[i]);
        return ids;
    }
}
