using System.Text;
using System.Text.RegularExpressions;
using Directives.Core.Citations;
using Directives.Core.Text;
using Directives.Search.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util.Automaton;
using F = Directives.Search.Index.IndexFields;

namespace Directives.Search.Querying;

/// <summary>
/// "Có phải bạn muốn tìm": for a query that found nothing, each word the index has never seen (folded, so accents do not
/// matter) is replaced by the commonest indexed word within one edit (two for words of eight letters or more), found by a
/// Levenshtein automaton over the folded text's terms. Numbers and document numbers are never changed. The suggestion is
/// written the way the user writes: without accents when the query had none, else with the corpus's own spelling.
/// </summary>
public static partial class QuerySuggester
{
    const int AccentSampleDocs = 20;

    /// <returns>The corrected query, or null when no word needed (or had) a correction.</returns>
    public static string? Suggest(IndexSearcher searcher, string query)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        var text = VietnameseText.Normalize(query ?? "").Trim();
        if (text.Length == 0) return null;
        var numbers = CitationScanner.Scan(text).Select(m => (m.Start, End: m.Start + m.Length)).ToList();
        var accented = VietnameseText.HasDiacritics(text);
        var terms = MultiFields.GetTerms(searcher.IndexReader, F.TextFolded);
        if (terms is null) return null;

        var result = new StringBuilder();
        var last = 0;
        var changed = false;
        foreach (Match m in Word().Matches(text))
        {
            if (numbers.Any(n => m.Index < n.End && n.Start < m.Index + m.Length)) continue;
            if (m.Index > 0 && text[m.Index - 1] == '-') continue; // an excluded word stays as written
            var folded = VietnameseText.Fold(m.Value);
            if (Known(searcher.IndexReader, folded) || Correction(terms, searcher.IndexReader, folded) is not { } fix) continue;
            var written = accented ? Spelling(searcher, fix) ?? fix : fix;
            if (char.IsUpper(m.Value[0])) written = char.ToUpperInvariant(written[0]) + written[1..];
            result.Append(text, last, m.Index - last).Append(written);
            last = m.Index + m.Length;
            changed = true;
        }
        if (!changed) return null;
        return result.Append(text, last, text.Length - last).ToString();
    }

    static bool Known(IndexReader reader, string folded)
        => reader.DocFreq(new Term(F.TextFolded, folded)) > 0 || reader.DocFreq(new Term(F.TitleFolded, folded)) > 0;

    /// <summary>The indexed word nearest to <paramref name="folded"/>, the commonest among equally near ones.</summary>
    static string? Correction(Terms terms, IndexReader reader, string folded)
    {
        var maxEdits = folded.Length >= 8 ? 2 : folded.Length >= 2 ? 1 : 0;
        var automata = new LevenshteinAutomata(folded, withTranspositions: true);
        for (var edits = 1; edits <= maxEdits; edits++)
        {
            var compiled = new CompiledAutomaton(automata.ToAutomaton(edits), null, true);
            var found = compiled.GetTermsEnum(terms);
            string? best = null;
            (bool Completes, int Freq) bestRank = (false, 0);
            while (found.MoveNext())
            {
                var term = found.Term.Utf8ToString();
                // Only words: a number one edit away from a word is no correction of it.
                if (!term.All(char.IsLetter)) continue;
                // A word cut short ("viê") means the word it begins, before a commoner one as near.
                var rank = (term.StartsWith(folded, StringComparison.Ordinal), found.DocFreq);
                if (best is null || rank.CompareTo(bestRank) > 0 || rank == bestRank && string.CompareOrdinal(term, best) < 0) (best, bestRank) = (term, rank);
            }
            if (best is not null) return best;
        }
        return null;
    }

    /// <summary>The corpus's commonest accented spelling of a folded word, from a few documents that have it.</summary>
    static string? Spelling(IndexSearcher searcher, string folded)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var top = searcher.Search(new TermQuery(new Term(F.TextFolded, folded)), AccentSampleDocs);
        var fields = new HashSet<string> { F.Text };
        foreach (var hit in top.ScoreDocs)
            foreach (Match w in Word().Matches(StoredUtf8.String(searcher.Doc(hit.Doc, fields), F.Text) ?? ""))
            {
                if (w.Length != folded.Length || VietnameseText.Fold(w.Value) != folded) continue;
                var lower = w.Value.ToLowerInvariant();
                counts[lower] = counts.GetValueOrDefault(lower) + 1;
            }
        return counts.Count == 0 ? null : counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).First().Key;
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
