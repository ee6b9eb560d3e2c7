namespace Directives.Search.Graph;

/// <summary>A document that implements, guides or continues its parent, with the documents below it.</summary>
public sealed record ImplementationBranch(GraphNode Node, string Relation, IReadOnlyList<EdgeAssertion> Assertions, IReadOnlyList<ImplementationBranch> Children);
