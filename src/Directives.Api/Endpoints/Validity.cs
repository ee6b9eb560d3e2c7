using Directives.Ingestion.Pipeline;
using Directives.Search.Graph;

namespace Directives.Api.Endpoints;

/// <summary>
/// Whether a document is still in force, as the graph knows it, for result cards and the status filter.
/// News reports have no validity: they are not norms.
/// </summary>
static class Validity
{
    public static readonly IReadOnlySet<string> Statuses = new HashSet<string>(
        [DocumentStatuses.InForce, DocumentStatuses.Amended, DocumentStatuses.Replaced, DocumentStatuses.Repealed], StringComparer.Ordinal);

    public static readonly IReadOnlySet<string> Levels = new HashSet<string>(
        [GraphLevels.Central, GraphLevels.Province, GraphLevels.District, GraphLevels.Grassroots], StringComparer.Ordinal);

    public static string? StatusOf(GraphSnapshot g, GraphNode node)
        => node.Type != GraphNodeTypes.Document || node.Kind == DocumentProcessor.NewsKind ? null : GraphQueries.Status(g, node).Status;

    /// <summary>The ids of documents with one of the statuses and one of the levels (an empty set means no restriction).</summary>
    public static IReadOnlySet<string> Matching(GraphSnapshot g, IReadOnlyCollection<string> statuses, IReadOnlyCollection<string> levels)
        => g.Nodes.Where(n => n.Type == GraphNodeTypes.Document
                && (levels.Count == 0 || (n.Level is { } l && levels.Contains(l)))
                && (statuses.Count == 0 || (StatusOf(g, n) is { } s && statuses.Contains(s))))
            .Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
}
