using System.Globalization;
using Directives.Api.Security;
using Directives.Api.Services;
using Directives.Search.Graph;
using Directives.Search.Index;
using Directives.Search.Querying;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Directives.Api.Endpoints;

public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", Search)
            .WithName("Search")
            .WithSummary("Full-text search over the corpus: diacritic-insensitive, citations in any written form, facets and snippets. "
                + "kind, issuer, organization, status (in_force, amended, replaced, repealed) and level (central, province, district, grassroots) "
                + "may repeat: values of one filter combine with OR. Paging: page, page_size (alias size).")
            .RequireRateLimiting(RequestLimits.Reads);
        return app;
    }

    static Results<Ok<SearchPage>, ValidationProblem> Search(HttpContext http,
        DocumentIndex index, CitationGraph graph, ReadContext reader, IOptions<LimitOptions> limits, string? q, string[]? kind, string[]? issuer,
        string[]? organization, string[]? status, string[]? level, string? from, string? to, string? sort, string? page, string? page_size, string? size)
    {
        var errors = new Dictionary<string, string[]>();
        var fromDate = ParseDate(from, "from", errors);
        var toDate = ParseDate(to, "to", errors);
        if (fromDate > toDate) errors["from"] = [$"Ngày bắt đầu ({from}) sau ngày kết thúc ({to})."];
        var sortOrder = sort?.ToLowerInvariant() switch
        {
            null or "" or "relevance" => SearchSort.Relevance,
            "date" => SearchSort.Date,
            _ => Invalid<SearchSort>("sort", $"'{sort}' không phải cách sắp xếp; dùng 'relevance' (liên quan) hoặc 'date' (mới nhất).", errors),
        };
        var paging = Paging.Read(page, page_size, size, 20, errors);
        var statuses = Values(status);
        var levels = Values(level);
        if (statuses.FirstOrDefault(s => !Validity.Statuses.Contains(s)) is { } badStatus)
            errors["status"] = [$"'{badStatus}' không phải hiệu lực; dùng một trong: {string.Join(", ", Validity.Statuses)}."];
        if (levels.FirstOrDefault(l => !Validity.Levels.Contains(l)) is { } badLevel)
            errors["level"] = [$"'{badLevel}' không phải cấp; dùng một trong: {string.Join(", ", Validity.Levels)}."];
        if (q is { Length: > 1000 }) errors["q"] = ["Từ khóa dài quá 1.000 ký tự."];
        if (errors.Count > 0) return Problems.Invalid(errors);
        var sizeName = page_size is null && size is not null ? "size" : "page_size";
        if (PageDepth.Exceeds(paging.Page, paging.PageSize, limits.Value.MaxResultDepth)) return PageDepth.Problem(sizeName, limits.Value.MaxResultDepth);

        // Filtering by validity needs the graph; otherwise, while the first graph of a large index is being built after a
        // start, the page comes without validity rather than after the build.
        var byValidity = statuses.Count > 0 || levels.Count > 0;
        var g = ServerTiming.Phase(http, "graph", () => byValidity ? graph.Current(reader.Caller.Clearance) : graph.CurrentOrPending(reader.Caller.Clearance));

        var request = new SearchRequest
        {
            Query = q ?? "",
            Kinds = Values(kind),
            Issuers = Values(issuer),
            Organizations = Values(organization),
            Ids = byValidity ? Validity.Matching(g!, statuses, levels) : null,
            From = fromDate,
            To = toDate,
            Sort = sortOrder,
            Page = paging.Page,
            Size = paging.PageSize,
            Clearance = reader.Caller.Clearance,
        };
        var response = ServerTiming.Phase(http, "index", () => index.Search(request));
        foreach (var hit in response.Hits) reader.Saw(hit.Id, hit.Classification);
        var suggestion = response.Total == 0 && !string.IsNullOrWhiteSpace(q) ? index.DidYouMean(request) : null;
        return TypedResults.Ok(SearchPage.From(response, g) with { Suggestion = suggestion });
    }

    static IReadOnlyList<string> Values(string[]? values)
        => (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct().ToList();

    static T Invalid<T>(string key, string message, Dictionary<string, string[]> errors)
    {
        errors[key] = [message];
        return default!;
    }

    static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "yyyy"];

    static DateOnly? ParseDate(string? value, string key, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return key == "to" && value.Trim().Length == 4 ? new DateOnly(date.Year, 12, 31) : date;
        return Invalid<DateOnly?>(key, $"'{value}' không phải ngày; viết dd/mm/yyyy (hoặc YYYY-MM-DD).", errors);
    }
}
