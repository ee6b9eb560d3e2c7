using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Directives.Api.Endpoints;

/// <summary>
/// A document sent to an endpoint: a file in the multipart field 'file' (<see cref="Bytes"/>), or a text/plain body
/// (<see cref="Text"/>). Reading it answers the request's own mistakes — too large, nothing sent, another content
/// type — with a problem that says what to send.
/// </summary>
sealed record Upload(string Name, byte[]? Bytes, string? Text)
{
    public static async Task<(Upload? Upload, ProblemHttpResult? Problem)> ReadAsync(
        HttpRequest request, long maxBytes, string what, CancellationToken cancellationToken)
    {
        var limit = $"Giới hạn là {maxBytes / 1024 / 1024} MB.";
        if (request.ContentLength > maxBytes) return (null, Problems.Of(413, "too_large", "Tệp tải lên quá lớn.", limit));
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            if (form.Files.GetFile("file") is not { Length: > 0 } file)
                return (null, Problems.Of(400, "no_file", "Chưa có tệp nào được tải lên.", $"Hãy gửi {what} trong trường 'file' (multipart/form-data)."));
            if (file.Length > maxBytes) return (null, Problems.Of(413, "too_large", "Tệp tải lên quá lớn.", limit));
            var bytes = new byte[file.Length];
            await using (var s = file.OpenReadStream()) await s.ReadExactlyAsync(bytes, cancellationToken);
            return (new Upload(Path.GetFileName(file.FileName), bytes, null), null);
        }
        if (request.ContentType is { } type && type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            var text = await reader.ReadToEndAsync(cancellationToken);
            if (text.Length > maxBytes) return (null, Problems.Of(413, "too_large", "Văn bản quá dài.", limit));
            if (string.IsNullOrWhiteSpace(text))
                return (null, Problems.Of(400, "empty_text", "Chưa có nội dung.", $"Hãy dán hoặc gửi nội dung {what}."));
            return (new Upload("text", null, text), null);
        }
        return (null, Problems.Of(415, "unsupported_content_type", "Kiểu nội dung không được hỗ trợ.",
            $"Không nhận '{request.ContentType ?? "(không có)"}'; hãy gửi multipart/form-data với trường 'file', hoặc text/plain."));
    }
}
