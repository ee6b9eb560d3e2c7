namespace Directives.Search.Graph;

/// <summary>
/// Everything below a document along implements/guides/continues: as a tree, grouped by level then organisation,
/// and the organisations of the corpus (provinces under a central document, districts under a provincial one)
/// that have no implementing document yet.
/// </summary>
public sealed record ImplementationTree(
    GraphNode Root, IReadOnlyList<ImplementationBranch> Tree, IReadOnlyList<LevelGroup> Levels, IReadOnlyList<string> Missing);
