using Directives.Core.Extraction;

namespace Directives.Search.Graph;

/// <summary>Questions answered on one <see cref="GraphSnapshot"/>: neighbours, implementation trees, status, subgraphs.</summary>
public static class GraphQueries
{
    public static readonly IReadOnlySet<string> ImplementationTypes = new HashSet<string>([RelationTypes.Implements, RelationTypes.Guides, RelationTypes.Continues]);

    static readonly string[] LevelOrder = [GraphLevels.Central, GraphLevels.Province, GraphLevels.District, GraphLevels.Grassroots];

    public static IReadOnlyList<EdgeView> References(GraphSnapshot g, string id)
        => g.Outgoing(id).Select(e => new EdgeView(e.Type, g.Node(e.To)!, e.Assertions)).ToList();

    public static IReadOnlyList<EdgeView> CitedBy(GraphSnapshot g, string id)
        => g.Incoming(id).Select(e => new EdgeView(e.Type, g.Node(e.From)!, e.Assertions)).ToList();

    /// <summary>Levels below the root an implementations query goes when the caller does not say.</summary>
    public const int DefaultDepth = 10;

    /// <summary>
    /// Everything below <paramref name="root"/> along implements/guides/continues, up to <paramref name="depth"/> levels.
    /// Answered from the snapshot's bounded cache when the root is the snapshot's own node (the snapshot is immutable,
    /// and each clearance has its own, so a cached tree is never stale and never shown to a caller who may not see it).
    /// </summary>
    public static ImplementationTree Implementations(GraphSnapshot g, GraphNode root, int depth)
    {
        depth = Math.Max(1, depth);
        if (!ReferenceEquals(g.Node(root.Id), root)) return ComputeImplementations(g, root, depth);
        return g.Implementation.Trees.GetOrAdd(root.Id, depth, () => ComputeImplementations(g, root, depth));
    }

    /// <summary>The implementation tree computed afresh, without the cache (on the snapshot's precomputed index).</summary>
    public static ImplementationTree ComputeImplementations(GraphSnapshot g, GraphNode root, int depth)
    {
        var index = g.Implementation;
        var start = index.Ordinal(root.Id);
        var seen = new HashSet<int> { start };
        var all = new List<int>();
        var tree = Below(index, start, Math.Max(1, depth), seen, all);
        return new ImplementationTree(root, tree, Levels(index, all), Missing(g, index, root, all));
    }

    /// <summary>Depth first in the snapshot's edge order (which decides where a document reached twice goes), siblings then by date and id.</summary>
    static ImplementationBranch[] Below(ImplementationIndex index, int at, int depth, HashSet<int> seen, List<int> all)
    {
        if (depth == 0) return [];
        var into = index.Into(at);
        if (into.Length == 0) return [];
        var branches = new ImplementationBranch[into.Length];
        var ranks = new int[into.Length];
        var count = 0;
        foreach (var b in into)
        {
            if (!seen.Add(b.Node)) continue;
            all.Add(b.Node);
            ranks[count] = b.Rank;
            branches[count++] = new ImplementationBranch(index.NodeAt(b.Node), b.Edge.Type, b.Edge.Assertions, Below(index, b.Node, depth - 1, seen, all));
        }
        if (count == 0) return [];
        Array.Sort(ranks, branches, 0, count);
        return count == branches.Length ? branches : branches[..count];
    }

    /// <summary>Documents (and leveled nodes) by level in hierarchy order, then organisation by name, each oldest first.</summary>
    static List<LevelGroup> Levels(ImplementationIndex index, List<int> all)
    {
        var levels = new List<(string Level, Dictionary<string, List<long>> Organizations)>();
        for (var i = 0; i < all.Count; i++)
        {
            var n = index.NodeAt(all[i]);
            if (n.Type != GraphNodeTypes.Document && n.Level is null) continue;
            var level = n.Level ?? "unknown";
            var at = 0;
            while (at < levels.Count && levels[at].Level != level) at++;
            if (at == levels.Count) levels.Add((level, new Dictionary<string, List<long>>(StringComparer.Ordinal)));
            var organization = n.Organization ?? n.Province ?? "unknown";
            if (!levels[at].Organizations.TryGetValue(organization, out var members)) levels[at].Organizations[organization] = members = [];
            // Oldest first; equal dates keep the traversal order.
            members.Add(((long)index.DateRank(all[i]) << 32) | (uint)i);
        }
        var result = new List<LevelGroup>(levels.Count);
        // Stable: levels outside the hierarchy keep the order they were met in.
        foreach (var (level, organizations) in levels.Select((l, i) => (l, i))
                     .OrderBy(x => Array.IndexOf(LevelOrder, x.l.Level) is var o and >= 0 ? o : LevelOrder.Length).ThenBy(x => x.i).Select(x => x.l))
        {
            var groups = new List<OrganizationGroup>(organizations.Count);
            foreach (var (organization, members) in organizations.OrderBy(o => o.Key, StringComparer.Ordinal))
            {
                var keys = members.ToArray();
                Array.Sort(keys);
                var documents = new GraphNode[keys.Length];
                for (var k = 0; k < keys.Length; k++) documents[k] = index.NodeAt(all[(int)(keys[k] & 0xFFFF_FFFF)]);
                groups.Add(new OrganizationGroup(organization, documents));
            }
            result.Add(new LevelGroup(level, groups));
        }
        return result;
    }

    /// <summary>Under a central document: provinces of the corpus without an implementing document; under a provincial one: its districts.</summary>
    static IReadOnlyList<string> Missing(GraphSnapshot g, ImplementationIndex index, GraphNode root, List<int> below)
    {
        if (root.Level == GraphLevels.Central || root.Province is null)
        {
            var covered = new HashSet<string>(StringComparer.Ordinal);
            foreach (var i in below) if (index.NodeAt(i).Province is { } p) covered.Add(p);
            return g.Provinces().Where(p => !covered.Contains(p)).ToList();
        }
        if (root.Level != GraphLevels.Province) return [];
        var districts = index.Districts(root.Province);
        if (districts.Length == 0) return [];
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var i in below) if (index.NodeAt(i).District is { } d) done.Add(index.Slug(d));
        return districts.Where(d => !done.Contains(d.Slug)).Select(d => d.Name).ToList();
    }

    public static DocumentStatus Status(GraphSnapshot g, GraphNode node)
    {
        var by = g.Incoming(node.Id).Where(e => e.Type is RelationTypes.Replaces or RelationTypes.Repeals or RelationTypes.Amends)
            .Select(e => new EdgeView(e.Type, g.Node(e.From)!, e.Assertions)).ToList();
        var status = by.Any(e => e.Type == RelationTypes.Replaces) ? DocumentStatuses.Replaced
            : by.Any(e => e.Type == RelationTypes.Repeals) ? DocumentStatuses.Repealed
            : by.Any(e => e.Type == RelationTypes.Amends) ? DocumentStatuses.Amended
            : DocumentStatuses.InForce;
        return new DocumentStatus(node, status, by);
    }

    /// <summary>Nodes within <paramref name="depth"/> edges of the root, either direction, along the given types (all when empty).</summary>
    public static GraphView Around(GraphSnapshot g, string root, int depth, IReadOnlySet<string> types)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal) { root };
        var edges = new HashSet<GraphEdge>();
        var frontier = new List<string> { root };
        for (var d = 0; d < depth && frontier.Count > 0; d++)
        {
            var next = new List<string>();
            foreach (var id in frontier)
                foreach (var e in g.Outgoing(id).Concat(g.Incoming(id)).Where(e => types.Count == 0 || types.Contains(e.Type)))
                {
                    edges.Add(e);
                    var other = e.From == id ? e.To : e.From;
                    if (reached.Add(other)) next.Add(other);
                }
            frontier = next;
        }
        return new GraphView(reached.Select(id => g.Node(id)!).OrderBy(n => n.Id, StringComparer.Ordinal).ToList(),
            edges.OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal).ToList());
    }
}
