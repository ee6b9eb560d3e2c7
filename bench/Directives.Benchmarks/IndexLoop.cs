using System.Diagnostics;
using Directives.Ingestion.Pipeline;
using Directives.Ingestion.Readers;
using Directives.Search.Index;

namespace Directives.Benchmarks;

/// <summary>
/// Lucene's share of an ingest alone: the documents of a corpus folder are read and extracted once, then indexed into a
/// fresh index pass after pass on one thread (commit at the end of each), and the median pass is reported, with what
/// the stored graph and obligations JSON costs alone. Run on a quiet machine: index-loop --size 20000 [--queries N: how
/// many documents, 1,000 unless said]. INDEX_LOOP_SHOW=k prints the k-th document's stored JSON instead.
/// </summary>
static class IndexLoop
{
    public static void Run(string corpus, int documents, int passes = 9)
    {
        var processor = new DocumentProcessor(DocumentReaderRegistry.Default);
        var files = new CorpusWalker().Scan(corpus).Files.Take(documents).ToList();
        var processed = files.Select(f => processor.Process(f.Path, f.Id, "h")).ToList();
        var textChars = processed.Sum(p => (long)p.Text.Length);
        Console.WriteLine($"{processed.Count} documents, {textChars / 1e6:F1} M chars; load average {Report.LoadAverage()}");
        // What the stored graph and obligations cost on their own (they are built and serialised inside Upsert).
        for (var pass = 0; pass < 3; pass++)
        {
            var json = Stopwatch.StartNew();
            long chars = 0;
            foreach (var d in processed)
                chars += Directives.Search.Graph.GraphContributions.Serialize(Directives.Search.Graph.GraphContributions.From(d)).Length
                    + Directives.Search.Obligations.DocumentObligations.Serialize(Directives.Search.Obligations.DocumentObligations.From(d)).Length;
            Console.WriteLine($"graph + obligations JSON: {json.Elapsed.TotalMilliseconds:F0} ms, {chars / processed.Count} chars a document");
        }
        if (Environment.GetEnvironmentVariable("INDEX_LOOP_SHOW") is { } show)
        {
            var d = processed[int.Parse(show, System.Globalization.CultureInfo.InvariantCulture)];
            Console.WriteLine(Directives.Search.Graph.GraphContributions.Serialize(Directives.Search.Graph.GraphContributions.From(d)));
            Console.WriteLine(Directives.Search.Obligations.DocumentObligations.Serialize(Directives.Search.Obligations.DocumentObligations.From(d)));
            return;
        }
        var times = new List<double>();
        for (var pass = 0; pass < passes; pass++)
        {
            var path = Path.Combine(Path.GetTempPath(), "directives-index-loop-" + Guid.NewGuid().ToString("N"));
            try
            {
                using var index = new DocumentIndex(path);
                var watch = Stopwatch.StartNew();
                foreach (var d in processed) index.Upsert(d);
                index.Commit();
                times.Add(watch.Elapsed.TotalMilliseconds);
                Console.WriteLine($"pass {pass}: {watch.Elapsed.TotalMilliseconds:F0} ms");
            }
            finally { Directory.Delete(path, recursive: true); }
        }
        // The first passes run before the runtime has optimised the hot methods: the median of the rest.
        var steady = times.Skip(2).Order().ToList();
        var median = steady[steady.Count / 2];
        Console.WriteLine($"median of passes 2–{passes - 1}: {median:F0} ms, {processed.Count / (median / 1000):F0} documents/s on one thread");
    }
}
