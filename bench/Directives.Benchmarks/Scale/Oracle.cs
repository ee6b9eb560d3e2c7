using Directives.Benchmarks.Corpus;
using Directives.Core.Citations;
using Directives.Core.Text;

namespace Directives.Benchmarks.Scale;

/// <summary>
/// The right answer to a query of the mix, by brute force over a small corpus: every folded word present (đ as d,
/// tones ignored), a phrase as consecutive folded words, a citation as the documents the generator planted it in or
/// that bear it, filters from the generator's metadata.
/// </summary>
public sealed class Oracle(IReadOnlyList<(GroundTruth Truth, string Text)> documents)
{
    readonly List<(GroundTruth Truth, string[] Tokens, HashSet<string> Set)> docs = documents
        .Select(d => { var t = Tokens(d.Text + "\n" + d.Truth.Title); return (d.Truth, t, t.ToHashSet(StringComparer.Ordinal)); }).ToList();

    public static string[] Tokens(string text)
    {
        var folded = VietnameseText.Fold(VietnameseText.Normalize(text));
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var letter = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0) { tokens.Add(folded[start..i]); start = -1; }
        }
        return tokens.ToArray();
    }

    public HashSet<string> Expected(BenchQuery q)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (truth, tokens, set) in docs)
            if (Filters(q, truth) && Matches(q, truth, tokens, set)) result.Add(truth.Id);
        return result;
    }

    /// <summary>The document bearing the cited number, when the query names a central one and it is in the corpus.</summary>
    public string? Own(BenchQuery q)
        => q.Citation is { } c && c.EndsWith("/TW", StringComparison.Ordinal) ? docs.FirstOrDefault(d => d.Truth.Citation == c).Truth?.Id : null;

    static bool Filters(BenchQuery q, GroundTruth t)
        => (q.Kind is null || t.Kind == q.Kind) && (q.Organization is null || t.Organization == q.Organization)
           && (q.From is null || string.CompareOrdinal(t.Date, q.From) >= 0) && (q.To is null || string.CompareOrdinal(t.Date, q.To) <= 0);

    static bool Matches(BenchQuery q, GroundTruth t, string[] tokens, HashSet<string> set)
    {
        if (q.Citation is { } citation)
            return t.Citation == citation || t.References.Any(r => r.Citation == citation);
        if (q.Text.StartsWith('"'))
            return ContainsSequence(tokens, Tokens(q.Text));
        return Tokens(q.Text).All(set.Contains);
    }

    static bool ContainsSequence(string[] tokens, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= tokens.Length; i++)
        {
            var k = 0;
            while (k < phrase.Length && tokens[i + k] == phrase[k]) k++;
            if (k == phrase.Length) return true;
        }
        return false;
    }

    /// <summary>Does the query name this citation the way <see cref="CitationQuery"/> would read it (for reporting).</summary>
    public static bool IsCitation(BenchQuery q) => q.Citation is not null;
}
