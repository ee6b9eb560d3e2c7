using System.Globalization;

namespace Directives.Api.Endpoints;

/// <summary>
/// The one paging convention of every list endpoint: <c>page</c> from 1 and <c>page_size</c> from 1 to
/// <see cref="MaxPageSize"/>; a bad value is a 400 naming the parameter as the caller wrote it.
/// </summary>
sealed record Paging(int Page, int PageSize)
{
    public const int MaxPage = 10_000;
    public const int MaxPageSize = 200;

    /// <param name="sizeAlias">An older name for page_size (search used 'size'), still accepted.</param>
    public static Paging Read(string? page, string? pageSize, string? sizeAlias, int defaultSize, IDictionary<string, string[]> errors)
    {
        var (sizeName, sizeValue) = pageSize is null && sizeAlias is not null ? ("size", sizeAlias) : ("page_size", pageSize);
        return new(Number(page, "page", 1, MaxPage, 1, errors), Number(sizeValue, sizeName, 1, MaxPageSize, defaultSize, errors));
    }

    static int Number(string? value, string name, int min, int max, int fallback, IDictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return fallback;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
        errors[name] = [$"'{name}' phải là số nguyên từ {min} đến {max:#,0}".Replace(",", ".") + $" (nhận được '{value}')."];
        return fallback;
    }
}
