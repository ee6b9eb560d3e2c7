namespace Directives.Search.Graph;

/// <summary>Implementing documents of one level, by organisation.</summary>
public sealed record LevelGroup(string Level, IReadOnlyList<OrganizationGroup> Organizations);
