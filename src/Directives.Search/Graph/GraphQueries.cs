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

    public static ImplementationTree Implementations(GraphSnapshot g, GraphNode root, int depth)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { root.Id };
        var all = new List<GraphNode>();
        var tree = Below(g, root.Id, Math.Max(1, depth), seen, all);

        var levels = all.Where(n => n.Type == GraphNodeTypes.Document || n.Level is not null)
            .GroupBy(n => n.Level ?? "unknown")
            .OrderBy(l => Array.IndexOf(LevelOrder, l.Key) is var i and >= 0 ? i : LevelOrder.Length)
            .Select(l => new LevelGroup(l.Key, l
                .GroupBy(n => n.Organization ?? n.Province ?? "unknown")
                .OrderBy(o => o.Key, StringComparer.Ordinal)
                .Select(o => new OrganizationGroup(o.Key, o.OrderBy(n => n.Date, StringComparer.Ordinal).ToList()))
                .ToList()))
            .ToList();
        return new ImplementationTree(root, tree, levels, Missing(g, root, all));
    }

    static List<ImplementationBranch> Below(GraphSnapshot g, string id, int depth, HashSet<string> seen, List<GraphNode> all)
    {
        var branches = new List<ImplementationBranch>();
        if (depth == 0) return branches;
        foreach (var e in g.Incoming(id).Where(e => ImplementationTypes.Contains(e.Type)))
        {
            if (!seen.Add(e.From)) continue;
            var node = g.Node(e.From)!;
            all.Add(node);
            branches.Add(new ImplementationBranch(node, e.Type, e.Assertions, Below(g, e.From, depth - 1, seen, all)));
        }
        return branches.OrderBy(b => b.Node.Date, StringComparer.Ordinal).ThenBy(b => b.Node.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>Under a central document: provinces of the corpus without an implementing document; under a provincial one: its districts.</summary>
    static IReadOnlyList<string> Missing(GraphSnapshot g, GraphNode root, List<GraphNode> below)
    {
        if (root.Level == GraphLevels.Central || root.Province is null)
        {
            var covered = below.Select(n => n.Province).OfType<string>().ToHashSet(StringComparer.Ordinal);
            return g.Provinces().Where(p => !covered.Contains(p)).ToList();
        }
        if (root.Level != GraphLevels.Province) return [];
        var districts = g.DistrictDocuments(root.Province)
            .GroupBy(n => DocumentScope.Slug(n.District!)).ToDictionary(x => x.Key, x => x.Select(n => n.District!).OrderByDescending(d => d.Length).First());
        var done = below.Where(n => n.District is not null).Select(n => DocumentScope.Slug(n.District!)).ToHashSet(StringComparer.Ordinal);
        return districts.Where(d => !done.Contains(d.Key)).Select(d => d.Value).Order(StringComparer.Ordinal).ToList();
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
