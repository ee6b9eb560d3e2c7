using System.Globalization;
using Directives.Api.Security;
using Directives.Api.Services;
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
            .WithSummary("Full-text search over the corpus: diacritic-insensitive, citations in any written form, facets and snippets.")
            .RequireRateLimiting(RequestLimits.Reads);
        return app;
    }

    static Results<Ok<SearchResponse>, ValidationProblem> Search(
        DocumentIndex index, ReadContext reader, IOptions<LimitOptions> limits, string? q, string? kind, string? issuer, string? organization,
        string? from, string? to, string? sort, string? page, string? size)
    {
        var errors = new Dictionary<string, string[]>();
        var fromDate = ParseDate(from, "from", errors);
        var toDate = ParseDate(to, "to", errors);
        if (fromDate > toDate) errors["from"] = [$"'from' ({from}) is after 'to' ({to})."];
        var sortOrder = sort?.ToLowerInvariant() switch
        {
            null or "" or "relevance" => SearchSort.Relevance,
            "date" => SearchSort.Date,
            _ => Invalid<SearchSort>("sort", $"'{sort}' is not a sort order; use 'relevance' or 'date'.", errors),
        };
        var pageNumber = ParseInt(page, "page", 1, 1, 10_000, errors);
        var pageSize = ParseInt(size, "size", 20, 1, SearchRequest.MaxSize, errors);
        if (q is { Length: > 1000 }) errors["q"] = ["The query is longer than 1000 characters."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The search request is not valid.");
        if (PageDepth.Exceeds(pageNumber, pageSize, limits.Value.MaxResultDepth)) return PageDepth.Problem("size", limits.Value.MaxResultDepth);

        var response = index.Search(new SearchRequest
        {
            Query = q ?? "",
            Kind = Blank(kind),
            Issuer = Blank(issuer),
            Organization = Blank(organization),
            From = fromDate,
            To = toDate,
            Sort = sortOrder,
            Page = pageNumber,
            Size = pageSize,
            Clearance = reader.Caller.Clearance,
        });
        foreach (var hit in response.Hits) reader.Saw(hit.Id, hit.Classification);
        return TypedResults.Ok(response);
    }

    static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

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
        return Invalid<DateOnly?>(key, $"'{value}' is not a date; use YYYY-MM-DD (or DD/MM/YYYY).", errors);
    }

    static int ParseInt(string? value, string key, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return fallback;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
        return Invalid<int>(key, $"'{value}' is not valid for {key}; use a whole number from {min} to {max}.", errors);
    }
}
