namespace Directives.Search.Graph;

/// <summary>What one document brings to the graph: its own node and the assertions it makes.</summary>
public sealed record GraphContribution(GraphNode Node, IReadOnlyList<StoredAssertion> Assertions);
