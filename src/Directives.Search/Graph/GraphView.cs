namespace Directives.Search.Graph;

/// <summary>Nodes and edges, for a diagram or an export.</summary>
public sealed record GraphView(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges);
