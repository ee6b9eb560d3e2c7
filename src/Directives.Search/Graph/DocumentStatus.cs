namespace Directives.Search.Graph;

/// <summary>Status values: whether later documents amended, replaced or repealed a document.</summary>
public static class DocumentStatuses
{
    public const string InForce = "in_force";
    public const string Amended = "amended";
    public const string Replaced = "replaced";
    public const string Repealed = "repealed";
}

/// <summary>A document's status and the documents that gave it (the edges amends/replaces/repeals pointing to it).</summary>
public sealed record DocumentStatus(GraphNode Document, string Status, IReadOnlyList<EdgeView> By);
