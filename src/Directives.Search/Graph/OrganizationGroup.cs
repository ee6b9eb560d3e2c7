namespace Directives.Search.Graph;

/// <summary>Implementing documents of one organisation, oldest first.</summary>
public sealed record OrganizationGroup(string Organization, IReadOnlyList<GraphNode> Documents);
