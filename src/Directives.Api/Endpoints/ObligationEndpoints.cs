using Directives.Core.Dates;
using Directives.Core.Obligations;
using Directives.Search.Obligations;
using Directives.Search.Obligations.Export;
using Directives.Api.Security;
using Directives.Api.Services;
using Directives.Search.Graph;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Mvc;

namespace Directives.Api.Endpoints;

/// <summary>
/// The register of targets and tasks: filtered and paged with counts by status, one obligation with its evidence,
/// the arithmetic findings of reports, and exports (XLSX, CSV) of the filtered register.
/// </summary>
public static class ObligationEndpoints
{

    public static IEndpointRouteBuilder MapObligations(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/obligations").RequireRateLimiting(RequestLimits.Reads);
        group.MapGet("/", List).WithName("ListObligations")
            .WithSummary("Targets and tasks with status on as_of (default today); filters combine; counts by status over the filtered set.");
        group.MapGet("/export.xlsx", Xlsx).WithName("ExportObligationsXlsx").WithSummary("The filtered register as an Excel workbook.");
        group.MapGet("/export.csv", Csv).WithName("ExportObligationsCsv").WithSummary("The filtered register as CSV (UTF-8 with BOM).");
        group.MapGet("/findings", Findings).WithName("ListFindings").WithSummary("Figures in reports that their own numbers do not bear out.");
        group.MapGet("/{id}", Get).WithName("GetObligation").WithSummary("One target or task with its evidence: the setting sentence and the linked results.");
        return app;
    }

    /// <summary>Query parameters shared by the list and the exports.</summary>
    public sealed record Query(string? Issuer, string? Organization, string? Assignee, string? Status,
        [FromQuery(Name = "due_before")] string? DueBefore, string? Document, [FromQuery(Name = "as_of")] string? AsOf, string? Kind);

    static Results<Ok<RegisterPage>, ValidationProblem> List([AsParameters] Query q, string? page, string? page_size, ObligationRegister register,
        CitationGraph graph, ReadContext reader, IOptions<LimitOptions> limits)
    {
        var errors = Validate(q, out var filter, out var asOf);
        var paging = Paging.Read(page, page_size, null, 50, errors);
        if (errors.Count > 0) return Problems.Invalid(errors);
        if (PageDepth.Exceeds(paging.Page, paging.PageSize, limits.Value.MaxResultDepth)) return PageDepth.Problem("page_size", limits.Value.MaxResultDepth);
        var result = register.Current(reader.Caller.Clearance).Query(filter, asOf, paging.Page, paging.PageSize);
        reader.SawDocuments(graph.Current(reader.Caller.Clearance), result.Items.SelectMany(Documents));
        return TypedResults.Ok(result);
    }

    static Results<Ok<Obligation>, ProblemHttpResult, ValidationProblem> Get(string id, string? as_of, ObligationRegister register,
        CitationGraph graph, ReadContext reader)
    {
        if (as_of is not null && IsoDate.Parse(as_of) is null)
            return Problems.Invalid(new Dictionary<string, string[]> { ["as_of"] = [$"'{as_of}' không phải ngày dạng YYYY-MM-DD."] });
        if (register.Current(reader.Caller.Clearance).Find(id, IsoDate.Parse(as_of) ?? Today()) is not { } o)
            return ApiProblem.Result(404, "obligation.not_found", "Không tìm thấy.", $"Không có nhiệm vụ hay chỉ tiêu mã '{id}'.");
        reader.SawDocuments(graph.Current(reader.Caller.Clearance), Documents(o));
        return TypedResults.Ok(o);
    }

    static Results<Ok<IReadOnlyList<Finding>>, ValidationProblem> Findings([AsParameters] Query q, ObligationRegister register,
        CitationGraph graph, ReadContext reader)
    {
        var errors = Validate(q, out var filter, out _);
        if (errors.Count > 0) return Problems.Invalid(errors);
        var findings = register.Current(reader.Caller.Clearance).FindingsFor(filter);
        reader.SawDocuments(graph.Current(reader.Caller.Clearance), findings.Select(f => f.Document.Id));
        return TypedResults.Ok(findings);
    }

    static Results<FileContentHttpResult, ValidationProblem> Xlsx([AsParameters] Query q, ObligationRegister register, CitationGraph graph, ReadContext reader)
        => Export(q, register, graph, reader, XlsxExport.Write, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    static Results<FileContentHttpResult, ValidationProblem> Csv([AsParameters] Query q, ObligationRegister register, CitationGraph graph, ReadContext reader)
        => Export(q, register, graph, reader, CsvExport.Write, "text/csv; charset=utf-8", "csv");

    static Results<FileContentHttpResult, ValidationProblem> Export(Query q, ObligationRegister register, CitationGraph graph, ReadContext reader,
        Func<IEnumerable<Obligation>, byte[]> write, string contentType, string extension)
    {
        var errors = Validate(q, out var filter, out var asOf);
        if (errors.Count > 0) return Problems.Invalid(errors);
        var rows = register.Current(reader.Caller.Clearance).All(filter, asOf);
        reader.SawDocuments(graph.Current(reader.Caller.Clearance), rows.SelectMany(Documents));
        return TypedResults.File(write(rows), contentType, $"nhiem-vu-chi-tieu-{IsoDate.Format(asOf)}.{extension}");
    }

    static Dictionary<string, string[]> Validate(Query q, out ObligationFilter filter, out DateOnly asOf)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        asOf = Today();
        if (q.AsOf is not null)
        {
            if (IsoDate.Parse(q.AsOf) is { } d) asOf = d;
            else errors["as_of"] = [$"'{q.AsOf}' không phải ngày dạng YYYY-MM-DD."];
        }
        DateOnly? dueBefore = null;
        if (q.DueBefore is not null)
        {
            if (IsoDate.Parse(q.DueBefore) is { } d) dueBefore = d;
            else errors["due_before"] = [$"'{q.DueBefore}' không phải ngày dạng YYYY-MM-DD."];
        }
        if (q.Status is not null && !ObligationStatuses.All.Contains(q.Status))
            errors["status"] = [$"'{q.Status}' không phải trạng thái; dùng một trong: {string.Join(", ", ObligationStatuses.All)}."];
        if (q.Kind is not null && q.Kind is not (ObligationKinds.Target or ObligationKinds.Task))
            errors["kind"] = [$"'{q.Kind}' không hợp lệ; dùng target (chỉ tiêu) hoặc task (nhiệm vụ)."];
        filter = new ObligationFilter
        {
            Issuer = q.Issuer, Organization = q.Organization, Assignee = q.Assignee, Status = q.Status,
            DueBefore = dueBefore, Document = q.Document, Kind = q.Kind,
        };
        return errors;
    }

    /// <summary>Every document an obligation shows: its own, the one that states it, and those of its results.</summary>
    static IEnumerable<string> Documents(Obligation o)
        => [o.Document.Id, .. o.StatedIn is { } s ? [s.Id] : Array.Empty<string>(), .. o.Links.Select(l => l.Document.Id)];

    static DateOnly Today() => DateOnly.FromDateTime(DateTime.Today);
}
