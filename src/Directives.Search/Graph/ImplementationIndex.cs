using System.Collections.Concurrent;

namespace Directives.Search.Graph;

/// <summary>
/// What every implementations query of one <see cref="GraphSnapshot"/> needs, built once per snapshot on first use
/// (thread-safe, dropped with the snapshot): the implementing edges into each node with their sort rank, the
/// districts of each province, district slugs, and a bounded cache of the trees already answered. Each clearance
/// has its own snapshot, so a cached tree is only ever served to callers who may see everything in it.
/// </summary>
public sealed class ImplementationIndex
{
    /// <summary>Total tree size (documents below, summed over cached trees) kept per snapshot; least recently used go first.</summary>
    public const int DefaultCapacity = 200_000;

    readonly GraphSnapshot graph;
    readonly ConcurrentDictionary<string, Below[]> below = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, string> slugs = new(StringComparer.Ordinal);
    readonly Lazy<Dictionary<string, District[]>> districts;

    internal ImplementationIndex(GraphSnapshot graph, int capacity = DefaultCapacity)
    {
        this.graph = graph;
        districts = new Lazy<Dictionary<string, District[]>>(BuildDistricts, LazyThreadSafetyMode.ExecutionAndPublication);
        Trees = new TreeCache(capacity);
    }

    /// <summary>Trees already answered on this snapshot, by root id and depth.</summary>
    public TreeCache Trees { get; }

    /// <summary>An implementing, guiding or continuing edge into a node; <see cref="Rank"/> orders siblings by date, then id.</summary>
    internal readonly record struct Below(GraphNode Node, GraphEdge Edge, int Rank);

    /// <summary>A district of a province: its slug (the identity) and the longest spelling the corpus uses.</summary>
    internal readonly record struct District(string Slug, string Name);

    /// <summary>The implementation edges into <paramref name="id"/>, in the snapshot's edge order (the traversal order).</summary>
    internal Below[] Into(string id) => below.TryGetValue(id, out var b) ? b : below.GetOrAdd(id, BuildBelow);

    Below[] BuildBelow(string id)
    {
        var edges = graph.Incoming(id);
        var list = new List<Below>();
        foreach (var e in edges)
            if (GraphQueries.ImplementationTypes.Contains(e.Type))
                list.Add(new Below(graph.Node(e.From)!, e, 0));
        if (list.Count == 0) return [];
        var order = Enumerable.Range(0, list.Count)
            .OrderBy(i => list[i].Node.Date, StringComparer.Ordinal).ThenBy(i => list[i].Node.Id, StringComparer.Ordinal).ToArray();
        var result = list.ToArray();
        for (var rank = 0; rank < order.Length; rank++) result[order[rank]] = result[order[rank]] with { Rank = rank };
        return result;
    }

    /// <summary>Districts of the province that have a document, ordered by name.</summary>
    internal District[] Districts(string province) => districts.Value.TryGetValue(province, out var d) ? d : [];

    internal string Slug(string district) => slugs.TryGetValue(district, out var s) ? s : slugs.GetOrAdd(district, DocumentScope.Slug);

    Dictionary<string, District[]> BuildDistricts()
    {
        var byProvince = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var n in graph.Nodes)
        {
            if (n.Type != GraphNodeTypes.Document || n.Province is null || n.District is null) continue;
            if (!byProvince.TryGetValue(n.Province, out var names)) byProvince[n.Province] = names = new(StringComparer.Ordinal);
            var slug = Slug(n.District);
            // The longest spelling, the first one met among equally long ones.
            if (!names.TryGetValue(slug, out var name) || n.District.Length > name.Length) names[slug] = n.District;
        }
        return byProvince.ToDictionary(p => p.Key,
            p => p.Value.Select(d => new District(d.Key, d.Value)).OrderBy(d => d.Name, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// A size-bounded least-recently-used cache of implementation trees, weighed by the number of documents in each
    /// tree so that memory stays flat whatever is asked. Trees are built outside the lock; two callers asking for the
    /// same tree at once may both build it, and the first one stored is kept.
    /// </summary>
    public sealed class TreeCache(int capacity)
    {
        readonly Lock gate = new();
        readonly Dictionary<(string Id, int Depth), LinkedListNode<Entry>> entries = [];
        readonly LinkedList<Entry> recent = new();
        long weight;

        sealed record Entry((string Id, int Depth) Key, ImplementationTree Tree, int Weight);

        public int Count { get { lock (gate) return entries.Count; } }

        public long Weight { get { lock (gate) return weight; } }

        public int Capacity => capacity;

        public bool TryGet(string id, int depth, out ImplementationTree tree)
        {
            lock (gate)
            {
                if (entries.TryGetValue((id, depth), out var node))
                {
                    recent.Remove(node);
                    recent.AddFirst(node);
                    tree = node.Value.Tree;
                    return true;
                }
            }
            tree = null!;
            return false;
        }

        public ImplementationTree GetOrAdd(string id, int depth, Func<ImplementationTree> build)
        {
            if (TryGet(id, depth, out var cached)) return cached;
            var tree = build();
            var size = 1 + Size(tree.Tree) + tree.Missing.Count;
            if (size > capacity) return tree; // larger than the whole cache: answered, not kept
            lock (gate)
            {
                if (entries.TryGetValue((id, depth), out var existing)) return existing.Value.Tree;
                entries[(id, depth)] = recent.AddFirst(new Entry((id, depth), tree, size));
                weight += size;
                while (weight > capacity && recent.Last is { } last)
                {
                    recent.RemoveLast();
                    entries.Remove(last.Value.Key);
                    weight -= last.Value.Weight;
                }
            }
            return tree;
        }

        static int Size(IReadOnlyList<ImplementationBranch> branches)
        {
            var size = branches.Count;
            foreach (var b in branches) size += Size(b.Children);
            return size;
        }
    }
}
