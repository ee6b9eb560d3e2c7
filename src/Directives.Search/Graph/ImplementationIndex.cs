namespace Directives.Search.Graph;

/// <summary>
/// What every implementations query of one <see cref="GraphSnapshot"/> needs, built once per snapshot on first use
/// (thread-safe, dropped with the snapshot): the implementing edges into each node with their sort rank, the
/// districts of each province, district slugs, and a bounded cache of the trees already answered. Each clearance
/// has its own snapshot, so a cached tree is only ever served to callers who may see everything in it.
/// </summary>
public sealed class ImplementationIndex
{
    /// <summary>
    /// Total tree size (documents below, summed over cached trees) kept per snapshot; least recently used go first.
    /// About 70 bytes a unit (the trees share their nodes and assertions with the snapshot), so at most ~70 MB a snapshot:
    /// every tree of a generated million-document graph (200 central directives, ~900k in all) fits.
    /// </summary>
    public const int DefaultCapacity = 1_000_000;

    readonly Dictionary<string, int> ordinals;
    readonly GraphNode[] nodes;
    readonly int[] dateRanks;
    readonly Below[][] into;
    readonly Dictionary<string, District[]> districts;
    readonly Dictionary<string, string> slugs = new(StringComparer.Ordinal);

    /// <summary>One pass over the snapshot's nodes and edges (its first implementations query pays it, once).</summary>
    internal ImplementationIndex(GraphSnapshot graph, int capacity = DefaultCapacity)
    {
        Trees = new TreeCache(capacity);
        nodes = [.. graph.Nodes];
        ordinals = new Dictionary<string, int>(nodes.Length, StringComparer.Ordinal);
        for (var i = 0; i < nodes.Length; i++) ordinals[nodes[i].Id] = i;

        // Dates are few (days): rank the distinct ones, so that ordering by date compares integers.
        var dates = nodes.Select(n => n.Date).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var dateRank = new Dictionary<string, int>(dates.Length, StringComparer.Ordinal);
        for (var i = 0; i < dates.Length; i++) dateRank[dates[i]] = i + 1; // 0: no date, first as Ordinal puts null first
        dateRanks = new int[nodes.Length];
        for (var i = 0; i < nodes.Length; i++) dateRanks[i] = nodes[i].Date is { } d ? dateRank[d] : 0;

        // The implementation edges into each node, in the snapshot's edge order, ranked by the implementing node's date, then id.
        var lists = new List<Below>?[nodes.Length];
        foreach (var e in graph.Edges)
        {
            if (!GraphQueries.ImplementationTypes.Contains(e.Type)) continue;
            var to = ordinals[e.To];
            (lists[to] ??= []).Add(new Below(ordinals[e.From], e, 0));
        }
        into = new Below[nodes.Length][];
        for (var i = 0; i < nodes.Length; i++)
        {
            if (lists[i] is not { } list) { into[i] = []; continue; }
            var result = list.ToArray();
            var order = new int[result.Length];
            for (var k = 0; k < order.Length; k++) order[k] = k;
            Array.Sort(order, (a, b) =>
            {
                var x = nodes[result[a].Node];
                var y = nodes[result[b].Node];
                var c = dateRanks[result[a].Node].CompareTo(dateRanks[result[b].Node]);
                if (c == 0) c = string.CompareOrdinal(x.Id, y.Id);
                return c != 0 ? c : a.CompareTo(b);
            });
            for (var rank = 0; rank < order.Length; rank++) result[order[rank]] = result[order[rank]] with { Rank = rank };
            into[i] = result;
        }

        // Districts of each province that have a document: the longest spelling of each (the first met among equally long).
        var byProvince = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var n in nodes)
        {
            if (n.District is { } district && !slugs.ContainsKey(district)) slugs[district] = DocumentScope.Slug(district);
            if (n.Type != GraphNodeTypes.Document || n.Province is null || n.District is null) continue;
            if (!byProvince.TryGetValue(n.Province, out var names)) byProvince[n.Province] = names = new(StringComparer.Ordinal);
            var slug = slugs[n.District];
            if (!names.TryGetValue(slug, out var name) || n.District.Length > name.Length) names[slug] = n.District;
        }
        districts = byProvince.ToDictionary(p => p.Key,
            p => p.Value.Select(d => new District(d.Key, d.Value)).OrderBy(d => d.Name, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>A node with this many implementing documents or more has its tree computed when the snapshot is warmed.</summary>
    public const int WarmFrom = 64;

    /// <summary>At most this many trees are warmed per snapshot, those that fit in the cache's capacity.</summary>
    public const int WarmAtMost = 1_000;

    /// <summary>
    /// Nodes with at least <see cref="WarmFrom"/> implementing documents directly below, the most implemented first
    /// (then by ordinal): the roots whose trees are the costly ones to compute, and the ones users ask about.
    /// </summary>
    internal IEnumerable<int> MostImplemented() =>
        Enumerable.Range(0, nodes.Length).Where(i => into[i].Length >= WarmFrom)
            .OrderByDescending(i => into[i].Length).ThenBy(i => i).Take(WarmAtMost);

    /// <summary>Trees already answered on this snapshot, by root id and depth.</summary>
    public TreeCache Trees { get; }

    /// <summary>An implementing, guiding or continuing edge into a node: the implementing node's ordinal, the edge, and its rank among its siblings (by date, then id).</summary>
    internal readonly record struct Below(int Node, GraphEdge Edge, int Rank);

    /// <summary>A district of a province: its slug (the identity) and the longest spelling the corpus uses.</summary>
    internal readonly record struct District(string Slug, string Name);

    internal int Ordinal(string id) => ordinals.TryGetValue(id, out var i) ? i : -1;

    internal GraphNode NodeAt(int ordinal) => nodes[ordinal];

    /// <summary>Rank of the node's date among the snapshot's dates (0 for none), so that dates compare as integers.</summary>
    internal int DateRank(int ordinal) => dateRanks[ordinal];

    /// <summary>The implementation edges into the node, in the snapshot's edge order (the traversal order).</summary>
    internal Below[] Into(int ordinal) => ordinal < 0 ? [] : into[ordinal];

    /// <summary>Districts of the province that have a document, ordered by name.</summary>
    internal District[] Districts(string province) => districts.TryGetValue(province, out var d) ? d : [];

    internal string Slug(string district) => slugs.TryGetValue(district, out var s) ? s : DocumentScope.Slug(district);

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

        /// <summary>Keeps a tree computed ahead of any query when it fits in what the cache has left; evicts nothing.</summary>
        public bool TryAddWithoutEviction(string id, int depth, ImplementationTree tree)
        {
            var size = 1 + Size(tree.Tree) + tree.Missing.Count;
            lock (gate)
            {
                if (entries.ContainsKey((id, depth))) return true;
                if (weight + size > capacity) return false;
                entries[(id, depth)] = recent.AddLast(new Entry((id, depth), tree, size)); // first to go: queries not asked yet
                weight += size;
                return true;
            }
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
