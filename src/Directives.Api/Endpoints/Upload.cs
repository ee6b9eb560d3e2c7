using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Directives.Api.Endpoints;

/// <summary>
/// A document sent to an endpoint: a file in the multipart field 'file' (<see cref="Bytes"/>), or a text/plain body
/// (<see cref="Text"/>). Reading it answers the request's own mistakes — too large, nothing sent, another content
/// type — with a problem that says what to send. The size limit holds whether or not the body declares its length.
/// </summary>
sealed record Upload(string Name, byte[]? Bytes, string? Text)
{
    public static async Task<(Upload? Upload, ProblemHttpResult? Problem)> ReadAsync(
        HttpRequest request, long maxBytes, string what, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes) return (null, TooLarge(maxBytes));
        try
        {
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(cancellationToken);
                if (form.Files.GetFile("file") is not { Length: > 0 } file)
                    return (null, ApiProblem.Result(400, "upload.no_file", "Chưa có tệp nào được tải lên.", $"Hãy gửi {what} trong trường 'file' (multipart/form-data)."));
                if (file.Length > maxBytes) return (null, TooLarge(maxBytes));
                var bytes = new byte[file.Length];
                await using (var s = file.OpenReadStream()) await s.ReadExactlyAsync(bytes, cancellationToken);
                return (new Upload(Path.GetFileName(file.FileName), bytes, null), null);
            }
            if (request.ContentType is { } type && type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
            {
                if (await ReadAtMostAsync(request.Body, maxBytes, cancellationToken) is not { } body) return (null, TooLarge(maxBytes));
                var text = Encoding.UTF8.GetString(body);
                if (string.IsNullOrWhiteSpace(text))
                    return (null, ApiProblem.Result(400, "upload.empty_text", "Chưa có nội dung.", $"Hãy dán hoặc gửi nội dung {what}."));
                return (new Upload("text", null, text), null);
            }
        }
        catch (Exception e) when (e is BadHttpRequestException { StatusCode: 413 } || e is InvalidDataException && e.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase))
        {
            return (null, TooLarge(maxBytes));
        }
        return (null, ApiProblem.Result(415, "upload.unsupported_content_type", "Kiểu nội dung không được hỗ trợ.",
            $"Không nhận '{request.ContentType ?? "(không có)"}'; hãy gửi multipart/form-data với trường 'file', hoặc text/plain."));
    }

    /// <summary>The body, or null as soon as it passes the limit: a chunked body has no length to check first.</summary>
    static async Task<byte[]?> ReadAtMostAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>What the audit log says of it: the name and size, never the content.</summary>
    public string Describe() => Bytes is { } b ? $"{Name}, {b.Length} bytes" : $"text, {Text!.Length} characters";

    static ProblemHttpResult TooLarge(long maxBytes) => ApiProblem.Result(413, "limit.body_too_large",
        "Tệp hoặc văn bản gửi lên quá lớn.", $"Giới hạn là {maxBytes / 1024 / 1024} MB.");
}
