using System.Diagnostics;
using Directives.Benchmarks.Corpus;
using Directives.Search.Graph;
using Directives.Search.Index;

namespace Directives.Benchmarks.Scale;

/// <summary>The citation graph over the ingested index: first build, then resolve and implementations p50/p99.</summary>
public static class GraphStep
{
    public static void Run(ScaleContext ctx)
    {
        using var index = new DocumentIndex(ctx.OurIndex); // with the writer, as the server opens it (a read-only reader checks the folder on every call)
        var graph = new CitationGraph(index);
        var sw = Stopwatch.StartNew();
        var g = graph.Current();
        ctx.Set("graph.build_ms", sw.Elapsed.TotalMilliseconds);
        // The snapshot's implementations index and the trees of the most implemented documents, built in the background
        // after the graph (the server answers meanwhile); the queries below are timed once it is done.
        sw.Restart();
        g.Warm().Wait();
        ctx.Set("graph.warm_ms", sw.Elapsed.TotalMilliseconds);
        ctx.Set("graph.warm_trees", g.Implementation.Trees.Count);
        ctx.Set("graph.nodes", g.Nodes.Count);
        ctx.Set("graph.edges", g.Edges.Count);

        var rng = new Random(ctx.Seed);
        var centrals = Math.Min(Generator.CentralCount, ctx.Size);
        var rounds = Math.Max(1, (ctx.Size - Generator.CentralCount) / (10 * Generator.Provinces.Length));
        var resolves = Enumerable.Range(0, 3000).Select(i => (i % 3) switch
        {
            0 => (Generator.Central(rng.Next(centrals)).Number.Canonical, (string?)null),
            1 => ($"{1 + rng.Next(rounds):00}-KH/TU", Prose.Pick(rng, Generator.Provinces)),
            _ => ($"{1 + rng.Next(rounds):00}-KH/TU", null),
        }).ToList();
        foreach (var (q, org) in resolves.Take(100)) graph.Resolve(q, org);
        var resolve = Latency.Measure(resolves, 1, _ => r => graph.Resolve(r.Item1, r.Item2));
        ctx.Set("graph.resolve.p50_ms", resolve.P50);
        ctx.Set("graph.resolve.p99_ms", resolve.P99);

        // Roots: every central document (the popular ones have thousands of documents below) and provincial plans.
        var roots = Enumerable.Range(0, centrals).Select(k => graph.Resolve(Generator.Central(k).Number.Canonical)?.Node)
            .Concat(Enumerable.Range(0, 100).Select(_ => graph.Resolve($"{1 + rng.Next(rounds):00}-KH/TU", Prose.Pick(rng, Generator.Provinces))?.Node))
            .OfType<GraphNode>().ToList();
        // Code paths jitted without touching the cache; then every root's first query (a cache read when warming took it).
        foreach (var r in roots.Take(20)) GraphQueries.ComputeImplementations(g, r, GraphQueries.DefaultDepth);
        var implementations = Latency.Measure(roots, 1, _ => r => GraphQueries.Implementations(g, r, GraphQueries.DefaultDepth));
        ctx.Set("graph.implementations.fresh.p99_ms", Latency.Measure(roots, 1, _ => r => GraphQueries.ComputeImplementations(g, r, GraphQueries.DefaultDepth)).P99);
        ctx.Set("graph.implementations.p50_ms", implementations.P50);
        ctx.Set("graph.implementations.p99_ms", implementations.P99);
        ctx.Set("graph.implementations.roots", roots.Count);
        // The same roots again: answered from the snapshot's tree cache.
        var cached = Latency.Measure(roots, 1, _ => r => GraphQueries.Implementations(g, r, GraphQueries.DefaultDepth));
        ctx.Set("graph.implementations.cached.p50_ms", cached.P50);
        ctx.Set("graph.implementations.cached.p99_ms", cached.P99);
        var popular = graph.Resolve("28-CT/TW")?.Node;
        if (popular is not null)
        {
            var tree = GraphQueries.Implementations(g, popular, 10);
            ctx.Set("graph.implementations.28ct.below", tree.Levels.Sum(l => l.Organizations.Sum(o => o.Documents.Count)));
        }

        // The register of targets and tasks, rebuilt after every ingest that changes the index (the server builds it
        // in the background, beside searches): its build time, and a digest of what it holds to compare runs.
        var register = new Directives.Search.Obligations.ObligationRegister(index, graph);
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        // The build's peak: what it holds while it reads every document's obligations, sampled every 50 ms.
        long peak = heapBefore;
        using (new Timer(_ => Interlocked.Exchange(ref peak, Math.Max(Interlocked.Read(ref peak), GC.GetTotalMemory(false))), null, 0, 50))
        {
            sw.Restart();
            var built = register.Current();
            ctx.Set("register.build_ms", sw.Elapsed.TotalMilliseconds);
            GC.KeepAlive(built);
        }
        var snapshot = register.Current();
        ctx.Set("register.build_peak_mb", (Math.Max(Interlocked.Read(ref peak), GC.GetTotalMemory(false)) - heapBefore) / 1e6);
        // What the register keeps on the heap: its rows of numbers and the document each names.
        ctx.Set("register.heap_mb", (GC.GetTotalMemory(forceFullCollection: true) - heapBefore) / 1e6);
        ctx.Set("register.obligations", snapshot.Count);
        ctx.Set("register.links", snapshot.LinkCount);
        // A page of 50 from the middle of the whole register, texts read back from the stored documents.
        sw.Restart();
        var page = snapshot.Query(new Directives.Search.Obligations.ObligationFilter(), new DateOnly(2026, 1, 1), Math.Max(1, snapshot.Count / 100), 50);
        ctx.Set("register.page_ms", sw.Elapsed.TotalMilliseconds);
        // The next page of the same question: read from the selection the first page made.
        sw.Restart();
        var next = snapshot.Query(new Directives.Search.Obligations.ObligationFilter(), new DateOnly(2026, 1, 1), Math.Max(1, snapshot.Count / 100) + 1, 50);
        ctx.Set("register.next_page_ms", sw.Elapsed.TotalMilliseconds);
        GC.KeepAlive(page);
        GC.KeepAlive(next);
        // The digest of every obligation as JSON (the same bytes as before the register kept no text), hashed as it streams.
        using var sha = System.Security.Cryptography.SHA256.Create();
        using (var hashing = new System.Security.Cryptography.CryptoStream(Stream.Null, sha, System.Security.Cryptography.CryptoStreamMode.Write))
            System.Text.Json.JsonSerializer.Serialize(hashing, snapshot.Obligations);
        ctx.Note("register.digest", Convert.ToHexString(sha.Hash!)[..16]);
    }
}
