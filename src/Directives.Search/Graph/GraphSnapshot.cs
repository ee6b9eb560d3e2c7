using Directives.Core.Authority;

namespace Directives.Search.Graph;

/// <summary>
/// The graph at one index generation: document nodes from the stored contributions, placeholders and edges
/// from resolving every assertion against those nodes. Immutable once built; queries read it without locks.
/// </summary>
public sealed class GraphSnapshot
{
    readonly Dictionary<string, GraphNode> nodes = new(StringComparer.Ordinal);
    readonly Dictionary<(string From, string Type, string To), List<EdgeAssertion>> edges = [];
    readonly Dictionary<string, List<GraphEdge>> outgoing = new(StringComparer.Ordinal);
    readonly Dictionary<string, List<GraphEdge>> incoming = new(StringComparer.Ordinal);

    readonly Lazy<ImplementationIndex> implementation;

    public long Version { get; }
    public CitationResolver Resolver { get; }
    public IReadOnlyCollection<GraphNode> Nodes => nodes.Values;
    public IReadOnlyList<GraphEdge> Edges { get; }

    public GraphSnapshot(long version, IReadOnlyList<GraphContribution> contributions, AuthorityFile authority)
    {
        Version = version;
        foreach (var c in contributions) nodes[c.Node.Id] = c.Node;
        var byCitation = contributions.Where(c => c.Node.Citation is not null)
            .GroupBy(c => c.Node.Citation!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Node).OrderBy(n => n.Id, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        Resolver = new CitationResolver(byCitation, authority);

        foreach (var c in contributions)
        {
            var scope = new ResolutionScope(c.Node.Province, c.Node.District, c.Node.Date);
            foreach (var a in c.Assertions)
            {
                var from = NodeFor(a.From, c.Node, scope);
                var to = NodeFor(a.To, c.Node, scope);
                if (from is null || to is null || from == to) continue;
                var key = (from, a.Type, to);
                if (!edges.TryGetValue(key, out var list)) edges[key] = list = [];
                list.Add(new EdgeAssertion(c.Node.Id, a.Evidence, a.Start, a.End));
            }
        }
        Edges = edges.Select(e => new GraphEdge(e.Key.From, e.Key.Type, e.Key.To,
                e.Value.OrderBy(a => a.Document, StringComparer.Ordinal).ThenBy(a => a.Start).ToList()))
            .OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.Type, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal)
            .ToList();
        foreach (var e in Edges)
        {
            Add(outgoing, e.From, e);
            Add(incoming, e.To, e);
        }
        placeholderSources = null;
        implementation = new Lazy<ImplementationIndex>(() => new ImplementationIndex(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Per-snapshot indexes and the bounded tree cache of implementations queries, built once on first use.</summary>
    public ImplementationIndex Implementation => implementation.Value;

    Task? warming;
    readonly Lock warmGate = new();

    /// <summary>
    /// Starts, once, on the thread pool: the implementations index, then the trees of the documents most implemented
    /// (<see cref="ImplementationIndex.MostImplemented"/>) at the default depth, into the snapshot's tree cache as far
    /// as it has room (a warmed tree never pushes out another, nor one a query asked for), so that
    /// the first query for "what implements Chỉ thị 28-CT/TW" on a million documents is a cache read. Queries arriving
    /// meanwhile do not wait for it (a tree asked for before it is warmed is computed by its caller, as always).
    /// </summary>
    public Task Warm()
    {
        lock (warmGate)
            return warming ??= Task.Run(() =>
            {
                var index = Implementation;
                // Up to the whole cache: warming only half of it left 86 of the 200 central trees of a million documents
                // cold (5–10 ms on a first call).
                foreach (var root in index.MostImplemented())
                {
                    var node = index.NodeAt(root);
                    if (!index.Trees.TryGet(node.Id, GraphQueries.DefaultDepth, out _))
                        index.Trees.TryAddWithoutEviction(node.Id, GraphQueries.DefaultDepth, GraphQueries.ComputeImplementations(this, node, GraphQueries.DefaultDepth));
                }
            });
    }

    public GraphNode? Node(string id) => nodes.GetValueOrDefault(id);

    public IReadOnlyList<GraphEdge> Outgoing(string id) => outgoing.TryGetValue(id, out var l) ? l : [];

    public IReadOnlyList<GraphEdge> Incoming(string id) => incoming.TryGetValue(id, out var l) ? l : [];

    /// <summary>Provinces that have at least one document in the corpus (computed once per snapshot).</summary>
    public IReadOnlyList<string> Provinces() => provinces ??= nodes.Values.Where(n => n.Type == GraphNodeTypes.Document && n.Province is not null)
        .Select(n => n.Province!).Distinct().Order(StringComparer.Ordinal).ToList();

    IReadOnlyList<string>? provinces;

    /// <summary>Documents of a province that belong to a district, grouped once per snapshot on first use.</summary>
    public IReadOnlyList<GraphNode> DistrictDocuments(string province)
    {
        var byProvince = districtDocuments ??= nodes.Values.Where(n => n.Type == GraphNodeTypes.Document && n.Province is not null && n.District is not null)
            .GroupBy(n => n.Province!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<GraphNode>)g.ToList(), StringComparer.Ordinal);
        return byProvince.TryGetValue(province, out var list) ? list : [];
    }

    Dictionary<string, IReadOnlyList<GraphNode>>? districtDocuments;

    string? NodeFor(GraphMention mention, GraphNode self, ResolutionScope scope)
    {
        if (mention.IsSelf) return self.Id;
        var r = Resolver.Resolve(mention, scope);
        switch (r.Outcome)
        {
            case ResolutionOutcome.Resolved:
                Add(r.Node!, self.Id);
                return r.Node!.Id;
            case ResolutionOutcome.Ambiguous:
                // Candidates that are placeholders (from the authority file) become nodes too, so every id can be looked up.
                foreach (var candidate in r.Candidates) Add(candidate, self.Id);
                var id = "ambiguous:" + CitationResolver.IdPart(mention.Citation ?? mention.Name ?? "?") + "@" + self.Id;
                nodes.TryAdd(id, new GraphNode
                {
                    Id = id, Type = GraphNodeTypes.Ambiguous, Citation = mention.Citation, Reason = r.Reason,
                    Candidates = r.Candidates.Select(n => n.Id).ToList(),
                });
                return id;
            default:
                return null;
        }
    }

    /// <summary>
    /// Adds a node a mention resolved to. Several documents may cite the same absent document, each mention giving
    /// what it knows (one a date, another the body that ordered it); contributions come in index order, which an
    /// ingest on several threads does not fix, so the placeholder kept must not depend on it: the mention that says
    /// most (a date, then a title, then a body) wins, and among equals the citing document first by id.
    /// </summary>
    void Add(GraphNode node, string citing)
    {
        if (!nodes.TryGetValue(node.Id, out var known))
        {
            nodes[node.Id] = node;
            if (node.Type != GraphNodeTypes.Document) (placeholderSources ??= new(StringComparer.Ordinal))[node.Id] = citing;
            return;
        }
        if (known.Type == GraphNodeTypes.Document || node.Type == GraphNodeTypes.Document || ReferenceEquals(known, node)) return;
        var knownFrom = placeholderSources![node.Id];
        var order = Says(node).CompareTo(Says(known));
        if (order > 0 || (order == 0 && string.CompareOrdinal(citing, knownFrom) < 0))
        {
            nodes[node.Id] = node;
            placeholderSources[node.Id] = citing;
        }
    }

    static int Says(GraphNode n) => (n.Date is null ? 0 : 4) + (n.Title is null ? 0 : 2) + (n.Body is null ? 0 : 1);

    /// <summary>Which document's mention gave each placeholder its attributes; only while the snapshot is built.</summary>
    Dictionary<string, string>? placeholderSources;

    static void Add(Dictionary<string, List<GraphEdge>> index, string key, GraphEdge e)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(e);
    }
}
