using System.Globalization;
using System.Text.Json;
using Directives.Core.Documents;
using Directives.Core.Extraction;
using Directives.Core.Organizations;
using Directives.Ingestion.Pipeline;
using Directives.Search.Graph;
using Directives.Search.Index;

namespace Directives.Search.Tests.Graph;

/// <summary>
/// Implementation trees cached per graph snapshot: the cached answer is the one computed afresh (and the one the
/// straightforward algorithm gives), a new snapshot sees new documents, clearances never share a tree, memory is bounded.
/// </summary>
public sealed class ImplementationCacheTests : IDisposable
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    static readonly string[] ProvinceNames = ["Trà Vinh", "Kon Tum", "Hòa Bình", "Bến Tre"];
    const string Root = "tw:28";

    readonly string path = Path.Combine(Path.GetTempPath(), "directives-impl-cache-" + Guid.NewGuid().ToString("N"));
    readonly DocumentIndex index;
    readonly CitationGraph graph;

    public ImplementationCacheTests()
    {
        index = new DocumentIndex(path);
        for (var c = 27; c <= 29; c++)
            index.Upsert(Document($"tw:{c}", $"{c:00}-CT/TW", "Ban Bí thư", new DateOnly(2019, 1, c), null));
        // Trà Vinh, Kon Tum and Hòa Bình implement 28-CT/TW (two plans each), Bến Tre implements 29-CT/TW; districts below the plans.
        for (var p = 0; p < ProvinceNames.Length; p++)
        {
            for (var n = 1; n <= 2; n++)
                index.Upsert(Plan(p, n, p == 3 ? "29-CT/TW" : "28-CT/TW"));
            for (var d = 0; d < 3; d++)
                if (p != 2 || d == 0) // Hòa Bình: one district of three has a plan
                    index.Upsert(DistrictPlan(p, d, $"{1 + d % 2:00}-KH/TU"));
            index.Upsert(DistrictPlan(p, 3, "99-KH/TU")); // a district with a document implementing nothing known
        }
        index.Commit();
        graph = new CitationGraph(index);
    }

    public void Dispose()
    {
        index.Dispose();
        try { Directory.Delete(path, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void While_rebuilds_are_deferred_a_large_graph_answers_from_the_last_one_and_is_rebuilt_once_released()
    {
        // Every graph counts as large here (one document): readers are answered from the previous one.
        var large = new CitationGraph(index, largeGraph: 1);
        var before = large.Current();
        var deferral = large.DeferRebuilds();
        index.Upsert(Document("tw:30", "30-CT/TW", "Ban Bí thư", new DateOnly(2019, 1, 30), null));
        index.Commit();
        // Deferred: no rebuild starts, however often it is asked.
        for (var i = 0; i < 20; i++)
        {
            Assert.Same(before, large.Current());
            Thread.Sleep(10);
        }
        Assert.Null(large.Current().Node("tw:30"));
        deferral.Dispose();
        deferral.Dispose(); // twice is once
        // Released: the next reader starts the rebuild (answered from the last graph meanwhile), and it comes.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (large.Current().Node("tw:30") is null && DateTime.UtcNow < deadline) Thread.Sleep(20);
        Assert.NotNull(large.Current().Node("tw:30"));
        // A small graph (the default threshold) is never deferred: what was just committed is in the answer.
        using (graph.DeferRebuilds())
        {
            index.Upsert(Document("tw:31", "31-CT/TW", "Ban Bí thư", new DateOnly(2019, 1, 31), null));
            index.Commit();
            Assert.NotNull(graph.Current().Node("tw:31"));
        }
    }

    [Fact]
    public void Cached_trees_equal_fresh_ones_for_every_node_and_depth()
    {
        var g = graph.Current();
        var roots = g.Nodes.OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
        Assert.True(roots.Count > 20);
        foreach (var depth in (int[])[1, 2, 10])
            foreach (var root in roots)
            {
                var first = GraphQueries.Implementations(g, root, depth);
                var second = GraphQueries.Implementations(g, root, depth);
                Assert.Same(first, second);
                var expected = Serialize(Reference(g, root, depth));
                Assert.Equal(expected, Serialize(first));
                Assert.Equal(expected, Serialize(GraphQueries.ComputeImplementations(g, root, depth)));
            }
        var tree = GraphQueries.Implementations(g, g.Node(Root)!, 10);
        Assert.Equal(6, tree.Tree.Count);
        Assert.Equal(["Bến Tre"], tree.Missing);
        var plan = g.Node("hoa-binh:kh-1")!;
        Assert.Equal(["H4"], GraphQueries.Implementations(g, plan, 10).Missing); // H1 has a plan, H4's document implements nothing known
        Assert.Equal(["H2", "H4"], GraphQueries.Implementations(g, g.Node("tra-vinh:kh-1")!, 10).Missing);
    }

    [Fact]
    public void A_tree_computed_ahead_is_kept_only_where_it_fits_and_never_pushes_out_another()
    {
        var g = graph.Current();
        var big = GraphQueries.ComputeImplementations(g, g.Node(Root)!, 10); // 28-CT/TW: 6 plans and their districts
        var small = GraphQueries.ComputeImplementations(g, g.Node("tra-vinh:kh-1")!, 10);
        static long Weight(ImplementationTree t)
        {
            var probe = new ImplementationIndex.TreeCache(int.MaxValue);
            probe.GetOrAdd("x", 10, () => t);
            return probe.Weight;
        }
        var other = GraphQueries.ComputeImplementations(g, g.Node("tw:29")!, 10);
        Assert.True(Weight(big) > Weight(other));
        // Room for the small tree and the tw:29 tree, not for the big one beside the small one.
        var cache = new ImplementationIndex.TreeCache(capacity: (int)(Weight(small) + Weight(other)));
        Assert.Same(small, cache.GetOrAdd("tra-vinh:kh-1", 10, () => small));
        Assert.False(cache.TryAddWithoutEviction(Root, 10, big)); // would not fit beside the tree a query asked for
        Assert.True(cache.TryGet("tra-vinh:kh-1", 10, out _));
        Assert.False(cache.TryGet(Root, 10, out _));
        Assert.True(cache.TryAddWithoutEviction("tw:29", 10, other));
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public async Task A_caller_after_a_commit_never_gets_the_graph_of_a_rebuild_that_started_before_it()
    {
        for (var n = 0; n < 20; n++)
        {
            var fresh = new CitationGraph(index);
            var early = Task.Run(() => fresh.Current()); // as a server's start does, while its ingest goes on
            index.Upsert(Document($"kon-tum:kh-{40 + n}", $"{40 + n}-KH/TU", Provinces.Committee("Kon Tum"), new DateOnly(2021, 2, 1 + n), "28-CT/TW"));
            index.Commit();
            Assert.NotNull(fresh.Current().Node($"kon-tum:kh-{40 + n}"));
            await early;
        }
    }

    [Fact]
    public void Before_the_first_graph_is_built_a_search_goes_on_without_it_and_gets_it_once_built()
    {
        var starting = new CitationGraph(index, firstWait: TimeSpan.Zero);
        Assert.Null(starting.CurrentOrPending()); // the build started; the caller did not wait for it
        var built = starting.Current(); // waits for that build
        Assert.Same(built, starting.CurrentOrPending());
        Assert.NotNull(built.Node(Root));
        // With the default wait a small index's graph is there on the first call, as before.
        Assert.NotNull(new CitationGraph(index).CurrentOrPending()?.Node(Root));
    }

    [Fact]
    public async Task Warming_a_snapshot_caches_the_trees_of_the_most_implemented_documents_and_only_those()
    {
        // 27-CT/TW gets as many implementing plans as warming asks for; 28-CT/TW keeps its six.
        for (var n = 0; n < ImplementationIndex.WarmFrom; n++)
            index.Upsert(Document($"ben-tre:kh-27-{n}", $"{100 + n}-KH/TU", Provinces.Committee("Bến Tre"), new DateOnly(2021, 1, 1 + n % 28), "27-CT/TW"));
        index.Commit();
        var g = graph.Current();
        await g.Warm();

        Assert.Equal(1, g.Implementation.Trees.Count);
        Assert.True(g.Implementation.Trees.TryGet("tw:27", GraphQueries.DefaultDepth, out var warmed));
        Assert.Equal(ImplementationIndex.WarmFrom, warmed.Tree.Count);
        Assert.Equal(Serialize(GraphQueries.ComputeImplementations(g, g.Node("tw:27")!, GraphQueries.DefaultDepth)), Serialize(warmed));
        Assert.Same(warmed, GraphQueries.Implementations(g, g.Node("tw:27")!, GraphQueries.DefaultDepth));
        Assert.False(g.Implementation.Trees.TryGet(Root, GraphQueries.DefaultDepth, out _));
        Assert.Same(g.Warm(), g.Warm()); // once per snapshot
    }

    [Fact]
    public void Cached_trees_equal_fresh_ones_on_the_sample_corpus()
    {
        using var corpus = new GraphCorpus();
        var g = corpus.Snapshot;
        var roots = g.Nodes.Where(n => g.Incoming(n.Id).Any(e => GraphQueries.ImplementationTypes.Contains(e.Type)))
            .Concat(g.Nodes.Where(n => n.Type == GraphNodeTypes.Document).OrderBy(n => n.Id, StringComparer.Ordinal).Take(10)).ToList();
        Assert.NotEmpty(roots);
        foreach (var root in roots)
        {
            var cached = GraphQueries.Implementations(g, root, 10);
            Assert.Same(cached, GraphQueries.Implementations(g, root, 10));
            Assert.Equal(Serialize(Reference(g, root, 10)), Serialize(cached));
        }
    }

    [Fact]
    public void Concurrent_callers_get_the_same_answers()
    {
        var g = graph.Current();
        var roots = g.Nodes.OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
        var expected = roots.ToDictionary(r => r.Id, r => Serialize(Reference(g, r, 10)), StringComparer.Ordinal);
        var work = Enumerable.Range(0, 20).SelectMany(_ => roots).ToList();
        Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            r => Assert.Equal(expected[r.Id], Serialize(GraphQueries.Implementations(g, r, 10))));
        Assert.Equal(roots.Count, g.Implementation.Trees.Count);
    }

    [Fact]
    public void A_new_implementing_document_is_in_the_next_snapshots_tree()
    {
        var before = graph.Current();
        var old = GraphQueries.Implementations(before, before.Node(Root)!, 10);
        Assert.Contains("Bến Tre", old.Missing);

        index.Upsert(Plan(3, 5, "28-CT/TW"));
        index.Commit();
        var after = graph.Current();
        Assert.NotSame(before, after);
        var tree = GraphQueries.Implementations(after, after.Node(Root)!, 10);
        Assert.Contains(tree.Tree, b => b.Node.Id == "ben-tre:kh-5");
        Assert.DoesNotContain("Bến Tre", tree.Missing);
        Assert.Equal(Serialize(Reference(after, after.Node(Root)!, 10)), Serialize(tree));
        // The old snapshot's answer is still its own.
        Assert.Same(old, GraphQueries.Implementations(before, before.Node(Root)!, 10));
        Assert.DoesNotContain(old.Tree, b => b.Node.Id == "ben-tre:kh-5");
    }

    [Fact]
    public void A_classified_implementing_document_never_reaches_a_caller_below_its_stamp()
    {
        index.Upsert(Plan(3, 7, "28-CT/TW") with { Classification = Classification.Secret });
        index.Commit();

        // Cleared caller first, then the public one, then again: each snapshot answers its own.
        var secret = graph.Current(Classification.Secret);
        var open = graph.Current(Classification.Public);
        Assert.NotSame(secret, open);
        var full = GraphQueries.Implementations(secret, secret.Node(Root)!, 10);
        Assert.Contains(full.Tree, b => b.Node.Id == "ben-tre:kh-7");
        Assert.DoesNotContain("Bến Tre", full.Missing);

        var visible = GraphQueries.Implementations(open, open.Node(Root)!, 10);
        Assert.DoesNotContain(visible.Tree, b => b.Node.Id == "ben-tre:kh-7");
        Assert.DoesNotContain(visible.Levels.SelectMany(l => l.Organizations).SelectMany(o => o.Documents), n => n.Id == "ben-tre:kh-7");
        Assert.Contains("Bến Tre", visible.Missing);
        Assert.DoesNotContain("ben-tre:kh-7", Serialize(visible));

        Assert.Same(visible, GraphQueries.Implementations(graph.Current(Classification.Public), open.Node(Root)!, 10));
        Assert.Same(full, GraphQueries.Implementations(graph.Current(Classification.TopSecret), secret.Node(Root)!, 10));
        Assert.DoesNotContain("ben-tre:kh-7", Serialize(GraphQueries.Implementations(graph.Current(Classification.Internal), graph.Current(Classification.Internal).Node(Root)!, 10)));
    }

    [Fact]
    public void A_root_from_elsewhere_is_answered_without_the_cache()
    {
        var g = graph.Current();
        var copy = g.Node(Root)! with { Title = "copy" };
        var tree = GraphQueries.Implementations(g, copy, 10);
        Assert.Same(copy, tree.Root);
        Assert.NotSame(tree, GraphQueries.Implementations(g, copy, 10));
        Assert.Same(g.Node(Root), GraphQueries.Implementations(g, g.Node(Root)!, 10).Root);
    }

    [Fact]
    public void The_cache_stays_within_its_capacity()
    {
        var g = graph.Current();
        var cache = new ImplementationIndex.TreeCache(12);
        var roots = g.Nodes.OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
        foreach (var root in roots)
        {
            var tree = cache.GetOrAdd(root.Id, 10, () => GraphQueries.ComputeImplementations(g, root, 10));
            Assert.Equal(Serialize(Reference(g, root, 10)), Serialize(tree));
            Assert.InRange(cache.Weight, 0, 12);
        }
        Assert.InRange(cache.Count, 1, 12);
        // The most recent small tree is kept; a tree larger than the whole cache is answered but not kept.
        Assert.True(cache.TryGet(roots[^1].Id, 10, out _));
        cache.GetOrAdd(Root, 10, () => GraphQueries.ComputeImplementations(g, g.Node(Root)!, 10));
        Assert.False(cache.TryGet(Root, 10, out _));
        Assert.Equal(ImplementationIndex.DefaultCapacity, g.Implementation.Trees.Capacity);
    }

    static string Serialize(ImplementationTree tree) => JsonSerializer.Serialize(tree, Json);

    // The straightforward algorithm, as it was before the cache: the reference the cached answers must equal.
    static ImplementationTree Reference(GraphSnapshot g, GraphNode root, int depth)
    {
        string[] levelOrder = [GraphLevels.Central, GraphLevels.Province, GraphLevels.District, GraphLevels.Grassroots];
        var seen = new HashSet<string>(StringComparer.Ordinal) { root.Id };
        var all = new List<GraphNode>();
        var tree = ReferenceBelow(g, root.Id, Math.Max(1, depth), seen, all);
        var levels = all.Where(n => n.Type == GraphNodeTypes.Document || n.Level is not null)
            .GroupBy(n => n.Level ?? "unknown")
            .OrderBy(l => Array.IndexOf(levelOrder, l.Key) is var i and >= 0 ? i : levelOrder.Length)
            .Select(l => new LevelGroup(l.Key, l
                .GroupBy(n => n.Organization ?? n.Province ?? "unknown")
                .OrderBy(o => o.Key, StringComparer.Ordinal)
                .Select(o => new OrganizationGroup(o.Key, o.OrderBy(n => n.Date, StringComparer.Ordinal).ToList()))
                .ToList()))
            .ToList();
        IReadOnlyList<string> missing;
        if (root.Level == GraphLevels.Central || root.Province is null)
        {
            var covered = all.Select(n => n.Province).OfType<string>().ToHashSet(StringComparer.Ordinal);
            missing = g.Nodes.Where(n => n.Type == GraphNodeTypes.Document && n.Province is not null).Select(n => n.Province!).Distinct()
                .Order(StringComparer.Ordinal).Where(p => !covered.Contains(p)).ToList();
        }
        else if (root.Level != GraphLevels.Province) missing = [];
        else
        {
            var districts = g.Nodes.Where(n => n.Type == GraphNodeTypes.Document && n.Province == root.Province && n.District is not null)
                .GroupBy(n => DocumentScope.Slug(n.District!)).ToDictionary(x => x.Key, x => x.Select(n => n.District!).OrderByDescending(d => d.Length).First());
            var done = all.Where(n => n.District is not null).Select(n => DocumentScope.Slug(n.District!)).ToHashSet(StringComparer.Ordinal);
            missing = districts.Where(d => !done.Contains(d.Key)).Select(d => d.Value).Order(StringComparer.Ordinal).ToList();
        }
        return new ImplementationTree(root, tree, levels, missing);
    }

    static List<ImplementationBranch> ReferenceBelow(GraphSnapshot g, string id, int depth, HashSet<string> seen, List<GraphNode> all)
    {
        var branches = new List<ImplementationBranch>();
        if (depth == 0) return branches;
        foreach (var e in g.Incoming(id).Where(e => GraphQueries.ImplementationTypes.Contains(e.Type)))
        {
            if (!seen.Add(e.From)) continue;
            var node = g.Node(e.From)!;
            all.Add(node);
            branches.Add(new ImplementationBranch(node, e.Type, e.Assertions, ReferenceBelow(g, e.From, depth - 1, seen, all)));
        }
        return branches.OrderBy(b => b.Node.Date, StringComparer.Ordinal).ThenBy(b => b.Node.Id, StringComparer.Ordinal).ToList();
    }

    static string Slug(int p) => DocumentScope.Slug(ProvinceNames[p]);

    static ProcessedDocument Plan(int p, int n, string implements)
        => Document($"{Slug(p)}:kh-{n}", $"{n:00}-KH/TU", Provinces.Committee(ProvinceNames[p]), new DateOnly(2020, 1, n), implements);

    /// <summary>District plan: ids as the corpus folders make them (province folder, district folder); districts H1.., spelled "Huyện ủy H1".</summary>
    static ProcessedDocument DistrictPlan(int p, int d, string implements)
        => Document($"{Slug(p)}:h{d + 1}:kh-{d + 1}", $"{d + 1:00}-KH/HU", $"Huyện ủy H{d + 1}", new DateOnly(2020, 6, 1 + d % 2), implements);

    static ProcessedDocument Document(string id, string citation, string organization, DateOnly date, string? implements)
    {
        var parts = citation.Split('-', '/');
        var header = new DocumentHeader
        {
            Citation = citation, Number = int.Parse(parts[0], CultureInfo.InvariantCulture), Code = parts[1], Issuer = parts[2],
            Organization = organization, Date = date, Kind = "Kế hoạch",
        };
        Relation[] relations = implements is null ? [] :
            [new Relation { Type = RelationTypes.Implements, From = RelationTypes.Self, To = implements, Evidence = $"thực hiện số {implements}", Start = 0, End = 30 }];
        Reference[] references = implements is null ? [] :
            [new Reference { Citation = implements, Surface = implements, Start = 11, End = 11 + implements.Length, Category = ReferenceCategories.Party }];
        return new ProcessedDocument
        {
            Id = id, SourcePath = "/generated/" + id, ContentHash = id, Format = "txt", Text = string.Join(" ", relations.Select(r => r.Evidence)),
            Header = header, Kind = "Kế hoạch", Organization = organization,
            Extraction = new ExtractionResult { Source = id, References = references, Relations = relations },
        };
    }
}
