namespace Directives.Search.Graph;

/// <summary>One edge per (from, type, to); every text that states it adds an assertion.</summary>
public sealed record GraphEdge(string From, string Type, string To, IReadOnlyList<EdgeAssertion> Assertions);
