using Microsoft.AspNetCore.Http.HttpResults;

namespace Directives.Api.Endpoints;

/// <summary>
/// The cap on page × size: a deep page costs the sum of every page before it (Lucene collects them all), so the
/// cap bounds what one request may cost; narrowing the query reaches the same results.
/// </summary>
public static class PageDepth
{
    public const string Code = "page.depth_exceeded";

    public static bool Exceeds(int? page, int? size, int maxDepth) => (long)(page ?? 1) * (size ?? 1) > maxDepth;

    public static ValidationProblem Problem(string sizeParameter, int maxDepth) => TypedResults.ValidationProblem(
        new Dictionary<string, string[]>
        {
            ["page"] = [$"'page' × '{sizeParameter}' không được vượt quá {maxDepth}; hãy thu hẹp truy vấn bằng bộ lọc thay vì lật trang sâu."],
        },
        title: "Trang kết quả quá sâu.",
        extensions: new Dictionary<string, object?> { ["code"] = Code });
}
