using Directives.Core.Dates;
using Directives.Search.Graph;
using Directives.Api.Security;
using Directives.Api.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Directives.Api.Endpoints;

/// <summary>
/// The citation graph: resolution, neighbours with provenance, implementation trees, status, diagrams and export.
/// Ids are document ids, or node ids of documents only cited ("placeholder:28-CT-TW@XII", "placeholder:38-KH-TU@tra-vinh").
/// </summary>
public static class GraphEndpoints
{
    public static IEndpointRouteBuilder MapGraph(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/citations/resolve", Resolve).WithName("ResolveCitation")
            .WithSummary("The document a citation means: 200 with it, 300 with the candidates when ambiguous, 404 when unknown.");
        var documents = app.MapGroup("/api/documents");
        documents.MapGet("/{id}/references", References).WithName("GetReferences").WithSummary("Edges from the document, with who asserted them.");
        documents.MapGet("/{id}/cited-by", CitedBy).WithName("GetCitedBy").WithSummary("Edges to the document, with who asserted them.");
        documents.MapGet("/{id}/implementations", Implementations).WithName("GetImplementations")
            .WithSummary("Documents implementing, guiding or continuing it, transitively, by level and organisation; and who has none yet.");
        documents.MapGet("/{id}/relations", Relations).WithName("GetRelations")
            .WithSummary("Every related document once, grouped by relation type and direction, with the evidence and who asserted it: the diagram's data.");
        documents.MapGet("/{id}/status", Status).WithName("GetStatus").WithSummary("In force, amended, replaced or repealed, and by which documents.");
        app.MapGet("/api/graph", Around).WithName("GetGraph").WithSummary("Nodes and edges around a root, for a diagram.")
            .RequireRateLimiting(RequestLimits.Reads);
        app.MapGet("/api/graph/export", Export).WithName("ExportGraph").WithSummary("The whole graph as GraphML or JSON.")
            .RequireRateLimiting(RequestLimits.Reads);
        return app;
    }

    static Results<Ok<GraphNode>, JsonHttpResult<AmbiguousCitation>, ProblemHttpResult> Resolve(
        string? q, string? organization, string? date, CitationGraph graph, ReadContext reader)
    {
        if (string.IsNullOrWhiteSpace(q)) return ApiProblem.Result(400, "citation.no_query", "Chưa nhập trích dẫn.", "Hãy nhập trích dẫn vào 'q', ví dụ q=28-CT/TW.");
        if (date is not null && IsoDate.Parse(date) is null)
            return ApiProblem.Result(400, "request.invalid_date", "Ngày không hợp lệ.", $"'{date}' không phải ngày dạng YYYY-MM-DD.");
        var r = graph.Resolve(q, organization, date, reader.Caller.Clearance);
        var g = graph.Current(reader.Caller.Clearance);
        if (r is null) return ApiProblem.Result(400, "citation.not_a_citation", "Không phải trích dẫn.", $"'{q}' không phải số hiệu (28-CT/TW, ct 28) hay tên văn bản (Nghị quyết Trung ương 4 khóa XII).");
        return r.Outcome switch
        {
            ResolutionOutcome.Ambiguous => TypedResults.Json(new AmbiguousCitation(r.Candidates, r.Reason!), statusCode: StatusCodes.Status300MultipleChoices),
            ResolutionOutcome.Resolved when Known(g, r.Node!) => TypedResults.Ok(reader.Saw(g.Node(r.Node!.Id) ?? r.Node)),
            _ => ApiProblem.Result(404, "citation.unknown", "Không rõ văn bản.", r.Reason ?? $"Không có văn bản '{q}' trong kho, trong các trích dẫn hay trong danh mục văn bản Trung ương."),
        };
    }

    // A placeholder counts as known when the corpus cites it or the authority file filled it in.
    static bool Known(GraphSnapshot g, GraphNode node)
        => node.Type == GraphNodeTypes.Document || g.Node(node.Id) is not null || node.Title is not null || node.Body is not null;

    // Each view is computed on the graph the caller's clearance allows: a classified document they may not see is
    // neither a node nor an edge there, so it cannot show up in any answer, and asking for it by id is a 404.
    static Results<Ok<IReadOnlyList<EdgeView>>, ProblemHttpResult> References(string id, CitationGraph graph, ReadContext reader)
        => graph.Current(reader.Caller.Clearance) is var g && reader.Saw(g.Node(id)) is not null ? TypedResults.Ok(GraphQueries.References(g, id)) : NotFound(id);

    static Results<Ok<IReadOnlyList<EdgeView>>, ProblemHttpResult> CitedBy(string id, CitationGraph graph, ReadContext reader)
        => graph.Current(reader.Caller.Clearance) is var g && reader.Saw(g.Node(id)) is not null ? TypedResults.Ok(GraphQueries.CitedBy(g, id)) : NotFound(id);

    static Results<Ok<ImplementationTree>, ProblemHttpResult> Implementations(string id, int? depth, CitationGraph graph, ReadContext reader)
    {
        var g = graph.Current(reader.Caller.Clearance);
        if (reader.Saw(g.Node(id)) is not { } node) return NotFound(id);
        return TypedResults.Ok(GraphQueries.Implementations(g, node, Math.Clamp(depth ?? GraphQueries.DefaultDepth, 1, 20)));
    }

    static Results<Ok<DocumentRelations>, ProblemHttpResult> Relations(string id, CitationGraph graph, ReadContext reader)
        => graph.Current(reader.Caller.Clearance) is var g && reader.Saw(g.Node(id)) is { } node ? TypedResults.Ok(DocumentRelations.Of(g, node)) : NotFound(id);

    static Results<Ok<DocumentStatus>, ProblemHttpResult> Status(string id, CitationGraph graph, ReadContext reader)
    {
        var g = graph.Current(reader.Caller.Clearance);
        return reader.Saw(g.Node(id)) is { } node ? TypedResults.Ok(GraphQueries.Status(g, node)) : NotFound(id);
    }

    static Results<Ok<GraphView>, ProblemHttpResult> Around(string? root, int? depth, string? relation, CitationGraph graph, ReadContext reader)
    {
        var g = graph.Current(reader.Caller.Clearance);
        if (root is null) return ApiProblem.Result(400, "graph.no_root", "Chưa chọn văn bản gốc.", "Hãy cho mã văn bản gốc trong 'root', ví dụ root=trung-uong:28-CT-TW-2019-ket-nap-dang-vien.pdf.");
        if (reader.Saw(g.Node(root)) is null) return NotFound(root);
        var types = (relation ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        return TypedResults.Ok(GraphQueries.Around(g, root, Math.Clamp(depth ?? 2, 1, 6), types));
    }

    static Results<ContentHttpResult, Ok<GraphView>, ProblemHttpResult> Export(string? format, CitationGraph graph, ReadContext reader)
    {
        var g = graph.Current(reader.Caller.Clearance);
        reader.SawAll(g.Nodes);
        return (format ?? "json").ToLowerInvariant() switch
        {
            "json" => TypedResults.Ok(new GraphView(g.Nodes.OrderBy(n => n.Id, StringComparer.Ordinal).ToList(), g.Edges)),
            "graphml" => TypedResults.Text(GraphMl.Write(g), "application/graphml+xml"),
            _ => ApiProblem.Result(400, "request.unknown_format", "Định dạng không hỗ trợ.", $"'{format}' không phải định dạng xuất; dùng graphml hoặc json."),
        };
    }

    static ProblemHttpResult NotFound(string id) => ApiProblem.Result(404, "graph.node_not_found", "Không tìm thấy văn bản trong đồ thị.",
        $"Không có văn bản hay văn bản được trích dẫn nào mã '{id}' trong đồ thị.");

}
