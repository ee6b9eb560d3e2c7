using Directives.Api.Endpoints;
using Lucene.Net.Search;
using Microsoft.AspNetCore.Diagnostics;

namespace Directives.Api.Services;

/// <summary>
/// Exceptions that are the request's fault, answered as such instead of a bare 500: a body over the size limit
/// (Kestrel stops reading it), a malformed request, a query Lucene refuses as too large.
/// </summary>
public sealed class ProblemExceptions(ILogger<ProblemExceptions> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        switch (exception)
        {
            case BadHttpRequestException { StatusCode: 413 }:
            case InvalidDataException when exception.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase):
                await ApiProblem.WriteAsync(context, 413, "limit.body_too_large", "Tệp hoặc văn bản gửi lên quá lớn.", UploadLimitDetail(context));
                return true;
            case BadHttpRequestException bad:
                await ApiProblem.WriteAsync(context, bad.StatusCode, "request.malformed", "Yêu cầu không hợp lệ.",
                    "Máy chủ không đọc được yêu cầu (tiêu đề hoặc thân không đúng định dạng HTTP).");
                return true;
            case BooleanQuery.TooManyClausesException:
                logger.LogInformation("Query refused as too complex: {Query}", context.Request.QueryString.Value);
                await ApiProblem.WriteAsync(context, 400, "query.too_complex", "Truy vấn quá phức tạp.",
                    "Truy vấn sinh ra quá nhiều điều kiện tìm kiếm; hãy dùng ít từ hơn hoặc bỏ bớt các từ loại trừ.");
                return true;
            default:
                return false;
        }
    }

    static string UploadLimitDetail(HttpContext context)
    {
        var max = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<LimitOptions>>().Value.MaxUploadBytes;
        return $"Giới hạn là {max / 1024 / 1024} MB.";
    }
}
