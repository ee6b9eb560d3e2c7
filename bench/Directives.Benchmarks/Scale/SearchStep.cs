using Directives.Search.Index;

namespace Directives.Benchmarks.Scale;

/// <summary>The 1,000-query mix on our index and on FTS5: p50/p95/p99 and QPS on one and two threads.</summary>
public static class SearchStep
{
    public static void Run(ScaleContext ctx)
    {
        var queries = QueryMix.Create(ctx.Seed, ctx.Size, ctx.Quick ? 300 : ctx.Queries);
        ctx.Set("search.queries", queries.Count);
        using var index = new DocumentIndex(ctx.OurIndex); // with the writer, as the server opens it (a read-only reader checks the folder on every call)
        using var fts = new Fts5Index(ctx.FtsPath, create: false);
        // Warm-up: a tenth of the mix on each, so the first timed queries do not pay for JIT and cold caches.
        foreach (var q in queries.Take(100)) index.Search(q.Request());
        using (var s = fts.NewSearcher()) foreach (var q in queries.Take(100)) s.Search(q);

        foreach (var threads in new[] { 1, 2 })
        {
            var ours = Latency.Measure(queries, threads, _ => q => index.Search(q.Request()));
            if (threads == 1)
                // Slowest category on our side, to say what bounds p99.
                foreach (var group in queries.Select((q, i) => (q.Category, Time: ours.Times[i])).GroupBy(x => x.Category))
                    ctx.Set($"search.category.{group.Key.Replace(' ', '_')}.p99", Latency.Percentile(group.Select(x => x.Time).Order().ToArray(), 99));
            var searchers = Enumerable.Range(0, threads).Select(_ => fts.NewSearcher()).ToArray();
            var baseline = Latency.Measure(queries, threads, t => q => searchers[t].Search(q));
            foreach (var s in searchers) s.Dispose();
            Record(ctx, $"search.t{threads}.ours", ours);
            Record(ctx, $"search.t{threads}.fts5", baseline);
        }
    }

    /// <summary>The query mix on one thread for a while, and each category's p99: what a profiler attaches to.</summary>
    public static void Loop(string indexPath, int seed, int size, int count, TimeSpan duration)
    {
        var queries = QueryMix.Create(seed, size, count);
        using var index = new DocumentIndex(indexPath);
        foreach (var q in queries.Take(100)) index.Search(q.Request());
        var passes = new List<Latency>();
        var sw = System.Diagnostics.Stopwatch.StartNew();
        while (sw.Elapsed < duration) passes.Add(Latency.Measure(queries, 1, _ => q => index.Search(q.Request())));
        Console.WriteLine($"{passes.Count} passes of {queries.Count} queries in {sw.Elapsed.TotalSeconds:F1} s; load average {Report.LoadAverage()}");
        Console.WriteLine("each pass, p50 / p99 / slowest ms: " + string.Join(" · ", passes.Select(p => $"{p.P50:F1} / {p.P99:F1} / {p.Times.Max():F0}")));
        foreach (var group in queries.Select((q, i) => (q.Category, i)).GroupBy(x => x.Category))
        {
            var all = group.SelectMany(x => passes.Select(p => p.Times[x.i])).Order().ToArray();
            Console.WriteLine($"{group.Key,-14} p50 {Latency.Percentile(all, 50),7:F1} ms  p99 {Latency.Percentile(all, 99),7:F1} ms  ({all.Length} queries)");
        }
    }

    static void Record(ScaleContext ctx, string key, Latency l)
    {
        ctx.Set(key + ".p50", l.P50);
        ctx.Set(key + ".p95", l.P95);
        ctx.Set(key + ".p99", l.P99);
        ctx.Set(key + ".qps", l.Qps);
    }
}
