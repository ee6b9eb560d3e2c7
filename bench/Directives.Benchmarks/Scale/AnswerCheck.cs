using System.Text;
using Directives.Benchmarks.Corpus;
using Directives.Ingestion.Pipeline;
using Directives.Search.Index;

namespace Directives.Benchmarks.Scale;

/// <summary>
/// Which queries of the mix each engine answers wrongly, on a corpus small enough for a brute-force oracle: a query
/// is wrong when the engine misses a document that matches it, or for a central citation, when the cited document is
/// not the first hit. The same first documents of every size (the generator is prefix-stable).
/// </summary>
public static class AnswerCheck
{
    public sealed record CategoryCount(string Category, int Queries, int OursWrong, int FtsWrong);

    public sealed record Report(IReadOnlyList<CategoryCount> Categories, IReadOnlyList<string> FtsExamples, IReadOnlyList<string> OurExamples)
    {
        public int Queries => Categories.Sum(c => c.Queries);
        public int OursWrong => Categories.Sum(c => c.OursWrong);
        public int FtsWrong => Categories.Sum(c => c.FtsWrong);
    }

    /// <summary>The oracle's corpus: the first documents of every size (200 central, the rest local).</summary>
    public const int Documents = 400;

    public static Report Run(string work, int seed, int documents, int queryCount = 1000)
    {
        var generator = new Generator(seed);
        var docs = generator.Generate(documents).Select(d => (Truth: GroundTruth.From(d, "txt"), d.Text)).ToList();
        var root = Path.Combine(work, "answers");
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        var text = Path.Combine(root, "text");
        foreach (var (truth, body) in docs)
        {
            var file = Path.Combine(text, truth.Id.Replace(':', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, body, new UTF8Encoding(false));
        }
        using var index = new DocumentIndex(Path.Combine(root, "index"));
        new CorpusIngestor(index, DocumentIndex.PipelineVersion).Run(text);
        using var fts = new Fts5Index(Path.Combine(root, "fts5.db"), create: true);
        fts.Load(docs.Select(d => (d.Truth, Path.Combine(text, d.Truth.Id.Replace(':', Path.DirectorySeparatorChar)))));
        using var searcher = fts.NewSearcher();
        var oracle = new Oracle(docs);

        var counts = new Dictionary<string, (int Queries, int Ours, int Fts)>();
        var ftsExamples = new List<string>();
        var ourExamples = new List<string>();
        foreach (var q in QueryMix.Create(seed, documents, queryCount))
        {
            var expected = oracle.Expected(q);
            var own = oracle.Own(q);
            var ours = OurIds(index, q);
            var ftsAll = searcher.All(q);
            var ftsFirst = own is null ? null : searcher.Ranked(q, 1).FirstOrDefault();
            var oursWrong = !expected.IsSubsetOf(ours.All) || (own is not null && ours.First != own);
            var ftsWrong = !expected.IsSubsetOf(ftsAll) || (own is not null && ftsFirst != own);
            var c = counts.GetValueOrDefault(q.Category);
            counts[q.Category] = (c.Queries + 1, c.Ours + (oursWrong ? 1 : 0), c.Fts + (ftsWrong ? 1 : 0));
            if (ftsWrong && ftsExamples.Count < 8) ftsExamples.Add(Describe(q, expected, ftsAll, own, ftsFirst));
            if (oursWrong && ourExamples.Count < 8) ourExamples.Add(Describe(q, expected, ours.All, own, ours.First));
        }
        return new Report(counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new CategoryCount(c.Key, c.Value.Queries, c.Value.Ours, c.Value.Fts)).ToList(),
            ftsExamples, ourExamples);
    }

    static string Describe(BenchQuery q, HashSet<string> expected, HashSet<string> got, string? own, string? first)
    {
        var missed = expected.Count(e => !got.Contains(e));
        var filter = (q.Kind ?? q.Organization ?? q.From) is { } f ? " [" + f + "]" : "";
        return $"`{q.Text}`{filter}: {missed} of {expected.Count} matching documents missed"
               + (own is not null && first != own ? $", first hit is not {q.Citation}" : "");
    }

    static (HashSet<string> All, string? First) OurIds(DocumentIndex index, BenchQuery q)
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        string? first = null;
        for (var page = 1; ; page++)
        {
            var r = index.Search(q.Request(100, page));
            first ??= r.Hits.FirstOrDefault()?.Id;
            foreach (var h in r.Hits) all.Add(h.Id);
            if (r.Hits.Count < 100 || page * 100 >= r.Total) break;
        }
        return (all, first);
    }
}
