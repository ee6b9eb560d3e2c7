namespace Directives.Search.Graph;

/// <summary>An edge seen from one node: its type, the node at the other end, and who asserted it.</summary>
public sealed record EdgeView(string Type, GraphNode Node, IReadOnlyList<EdgeAssertion> Assertions);
