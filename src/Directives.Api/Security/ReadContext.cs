using Directives.Core.Documents;
using Directives.Search.Graph;

namespace Directives.Api.Security;

/// <summary>
/// A read as an endpoint serves it: who asks (their clearance picks what exists for them) and the audit log that
/// every classified document they are shown goes to. Bound per request.
/// </summary>
public sealed class ReadContext(HttpContext context, Caller caller, AuditLog audit)
{
    public Caller Caller => caller;

    /// <summary>Records that the caller was shown a document; only classified ones are audited.</summary>
    public void Saw(string document, Classification classification) => audit.RecordRead(context, caller, document, classification);

    /// <summary>The node, after recording it when it is a classified document.</summary>
    public GraphNode? Saw(GraphNode? node)
    {
        if (node is not null) Saw(node.Id, node.Classification);
        return node;
    }

    /// <summary>A whole export: one audit entry naming how many classified documents it held.</summary>
    public void SawAll(IEnumerable<GraphNode> nodes)
    {
        var classified = nodes.Count(n => n.Classification > Classification.Public);
        if (classified > 0) audit.Record(context, caller, AuditActions.Read, detail: $"{classified} classified documents");
    }

    /// <summary>Documents named in an answer (the register's rows): one entry listing the classified ones among them.</summary>
    public void SawDocuments(GraphSnapshot graph, IEnumerable<string> ids)
    {
        if (caller.Clearance == Classification.Public) return; // nothing classified exists for them
        var classified = ids.Distinct(StringComparer.Ordinal)
            .Where(id => graph.Node(id) is { Classification: > Classification.Public }).ToList();
        if (classified.Count > 0)
            audit.Record(context, caller, AuditActions.Read, detail: "classified documents: " + string.Join(", ", classified));
    }

    public static ValueTask<ReadContext?> BindAsync(HttpContext context) => ValueTask.FromResult<ReadContext?>(
        new ReadContext(context, Caller.From(context), context.RequestServices.GetRequiredService<AuditLog>()));
}
