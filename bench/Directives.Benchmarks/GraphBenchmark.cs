using System.Diagnostics;
using System.Globalization;
using Directives.Core.Documents;
using Directives.Core.Extraction;
using Directives.Core.Organizations;
using Directives.Ingestion.Pipeline;
using Directives.Search.Graph;
using Directives.Search.Index;

namespace Directives.Benchmarks;

/// <summary>
/// The citation graph on a generated corpus of 100,000 documents in a real index: provincial plans implementing
/// central documents, district plans implementing the provincial ones, news asserting edges. Measures the cold
/// build, the rebuild after one change, implementations and resolve; the baseline is a plain scan of the index.
/// </summary>
static class GraphBenchmark
{
    const int Central = 200;

    public static string Run(int documents = 100_000)
    {
        var path = Path.Combine(Path.GetTempPath(), "directives-graph-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var index = new DocumentIndex(path);
            var sw = Stopwatch.StartNew();
            var loaded = 0;
            foreach (var d in Generate(documents))
            {
                index.Upsert(d);
                if (++loaded % 100_000 == 0) { index.Commit(); Console.WriteLine($"  graph: {loaded:N0} documents indexed"); }
            }
            index.Commit();
            var load = sw.Elapsed;

            sw.Restart();
            var scanned = index.Versions().Count;
            var scan = sw.Elapsed;

            var graph = new CitationGraph(index);
            sw.Restart();
            var g = graph.Current();
            var cold = sw.Elapsed;

            index.Upsert(Plan(7, 1, 5));
            index.Commit();
            sw.Restart();
            g = graph.Current();
            var warm = sw.Elapsed;

            var root = graph.Resolve("28-CT/TW")!.Node!;
            sw.Restart();
            var tree = GraphQueries.Implementations(g, g.Node(root.Id)!, 10);
            var implementations = sw.Elapsed;
            var below = Count(tree.Tree);

            const int resolves = 10_000;
            sw.Restart();
            for (var i = 0; i < resolves; i++) graph.Resolve("04-KH/TU", "Tỉnh ủy Kon Tum");
            var resolve = sw.Elapsed / resolves;
            var bare = graph.Resolve("04-KH/TU")!;

            // Percentiles: implementations of every central directive and of 200 provincial plans; resolve of 3,000 citations.
            var rng = new Random(7);
            var perProvince = (documents - Central) / ProvinceNames.Length;
            var roots = Enumerable.Range(1, Central).Select(c => graph.Resolve(F($"{c:00}-CT/TW"))?.Node)
                .Concat(Enumerable.Range(0, 200).Select(_ => graph.Resolve(F($"{1 + rng.Next(perProvince):00}-KH/TU"), Provinces.Committee(ProvinceNames[rng.Next(ProvinceNames.Length)]))?.Node))
                .OfType<GraphNode>().Select(n => g.Node(n.Id)).OfType<GraphNode>().ToList();
            var implementationTimes = Scale.Latency.Measure(roots, 1, _ => r => GraphQueries.Implementations(g, r, 10));
            // The same roots again: answered from the snapshot's tree cache.
            var cachedTimes = Scale.Latency.Measure(roots, 1, _ => r => GraphQueries.Implementations(g, r, 10));
            var citations = Enumerable.Range(0, 3000).Select(i => (i % 3) switch
            {
                0 => (F($"{1 + rng.Next(Central):00}-CT/TW"), (string?)null),
                1 => (F($"{1 + rng.Next(perProvince):00}-KH/TU"), ProvinceNames[rng.Next(ProvinceNames.Length)]),
                _ => (F($"{1 + rng.Next(perProvince):00}-KH/TU"), null),
            }).ToList();
            var resolveTimes = Scale.Latency.Measure(citations, 1, _ => c => graph.Resolve(c.Item1, c.Item2));
            Console.WriteLine(F($"  graph {documents:N0}: implementations p50 {implementationTimes.P50:F2} p99 {implementationTimes.P99:F2} ms (cached p99 {cachedTimes.P99:F3} ms); resolve p50 {resolveTimes.P50:F3} p99 {resolveTimes.P99:F3} ms"));

            return F($"""
                ## Citation graph ({documents:N0} generated documents)

                Graph: {g.Nodes.Count:N0} nodes, {g.Edges.Count:N0} edges, {g.Edges.Sum(e => e.Assertions.Count):N0} assertions.
                Index load (upsert + commit, not part of the graph): {load.TotalSeconds:F1} s.

                | operation | time | baseline: scan of the index's ids and hashes ({scanned:N0} docs) | ratio |
                |---|---|---|---|
                | first build (read + parse every contribution, resolve every assertion) | {cold.TotalMilliseconds:F0} ms | {scan.TotalMilliseconds:F0} ms | {cold / scan:F1}× |
                | rebuild after one changed document (parsed segments reused) | {warm.TotalMilliseconds:F0} ms | {scan.TotalMilliseconds:F0} ms | {warm / scan:F1}× |
                | implementations of 28-CT/TW ({below:N0} documents below it) | {implementations.TotalMilliseconds:F1} ms | | |
                | resolve 04-KH/TU with organisation | {resolve.TotalMicroseconds:F1} µs | | |
                | implementations p50 / p99 ({roots.Count} roots: every central directive, 200 provincial plans) | {implementationTimes.P50:F2} / {implementationTimes.P99:F2} ms | | |
                | the same again, from the snapshot's tree cache | {cachedTimes.P50:F3} / {cachedTimes.P99:F3} ms | | |
                | resolve p50 / p99 (3,000 citations: central, local with a province, bare local) | {resolveTimes.P50:F3} / {resolveTimes.P99:F3} ms | | |

                Bare 04-KH/TU: {bare.Outcome} ({bare.Candidates.Count} candidates).

                """);
        }
        finally
        {
            try { Directory.Delete(path, recursive: true); } catch (IOException) { }
        }
    }

    static int Count(IReadOnlyList<ImplementationBranch> branches) => branches.Sum(b => 1 + Count(b.Children));

    static readonly string[] ProvinceNames = Provinces.Names.Distinct().ToArray();

    /// <summary>Ids as the corpus folders make them: province folder, then district folder.</summary>
    static string Slug(int p) => DocumentScope.Slug(ProvinceNames[p]);

    static IEnumerable<ProcessedDocument> Generate(int documents)
    {
        for (var c = 1; c <= Central; c++)
            yield return Document($"tw:{c}", new PartyNumberText(c, "CT", "TW"), "Ban Bí thư", new DateOnly(2019, 1, 1).AddDays(c), []);
        var perProvince = (documents - Central) / ProvinceNames.Length;
        for (var p = 0; p < ProvinceNames.Length; p++)
            for (var n = 1; n <= perProvince; n++)
                yield return n % 3 == 0 ? District(p, n) : Plan(p, n, 0);
    }

    /// <summary>A provincial plan implementing a central directive (plan 1 and every 50th implement 28-CT/TW).</summary>
    static ProcessedDocument Plan(int p, int n, int revision)
    {
        var directive = n % 50 == 1 ? 28 : 1 + n % Central;
        var cites = $"{directive:00}-CT/TW";
        var rel = new Relation { Type = RelationTypes.Implements, From = RelationTypes.Self, To = cites, Evidence = $"thực hiện Chỉ thị số {cites} (r{revision})", Start = 0, End = 30 };
        var refs = new Reference { Citation = cites, Surface = cites, Start = 20, End = 28, Category = ReferenceCategories.Party, Date = new DateOnly(2019, 1, 1).AddDays(directive).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        return Document($"{Slug(p)}:{n}", new PartyNumberText(n, "KH", "TU"), Provinces.Committee(ProvinceNames[p]), new DateOnly(2020, 1, 1), [rel], [refs]);
    }

    /// <summary>A district plan implementing its province's plan with the number below it.</summary>
    static ProcessedDocument District(int p, int n)
    {
        var plan = $"{n - 1:00}-KH/TU";
        var rel = new Relation { Type = RelationTypes.Implements, From = RelationTypes.Self, To = plan, Evidence = $"thực hiện Kế hoạch số {plan}", Start = 0, End = 30 };
        var refs = new Reference { Citation = plan, Surface = plan, Start = 20, End = 28, Category = ReferenceCategories.Party };
        return Document($"{Slug(p)}:d{n % 10}:{n}", new PartyNumberText(n, "KH", "HU"), $"Huyện ủy D{n % 10}", new DateOnly(2020, 6, 1), [rel], [refs]);
    }

    sealed record PartyNumberText(int Number, string Code, string Issuer)
    {
        public string Canonical => F($"{Number:00}-{Code}/{Issuer}");
    }

    static ProcessedDocument Document(string id, PartyNumberText number, string organization, DateOnly date, IReadOnlyList<Relation> relations, IReadOnlyList<Reference>? references = null)
    {
        var header = new DocumentHeader { Citation = number.Canonical, Number = number.Number, Code = number.Code, Issuer = number.Issuer, Organization = organization, Date = date, Kind = "Kế hoạch" };
        return new ProcessedDocument
        {
            Id = id, SourcePath = "/generated/" + id, ContentHash = id, Format = "txt", Text = string.Join(" ", relations.Select(r => r.Evidence)),
            Header = header, Kind = "Kế hoạch", Organization = organization,
            Extraction = new ExtractionResult { Source = id, References = references ?? [], Relations = relations },
        };
    }

    static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
