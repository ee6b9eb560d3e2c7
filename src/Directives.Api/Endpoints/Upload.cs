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
        var limit = $"The limit is {maxBytes / 1024 / 1024} MB.";
        if (request.ContentLength > maxBytes) return (null, Problem(413, "The upload is too large.", limit));
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            if (form.Files.GetFile("file") is not { Length: > 0 } file)
                return (null, Problem(400, "No file was uploaded.", $"Send {what} in the multipart field 'file'."));
            if (file.Length > maxBytes) return (null, Problem(413, "The upload is too large.", limit));
            var bytes = new byte[file.Length];
            await using (var s = file.OpenReadStream()) await s.ReadExactlyAsync(bytes, cancellationToken);
            return (new Upload(Path.GetFileName(file.FileName), bytes, null), null);
        }
        if (request.ContentType is { } type && type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            var text = await reader.ReadToEndAsync(cancellationToken);
            if (text.Length > maxBytes) return (null, Problem(413, "The text is too large.", limit));
            if (string.IsNullOrWhiteSpace(text))
                return (null, Problem(400, "The text is empty.", $"Send the text of {what} as the request body."));
            return (new Upload("text", null, text), null);
        }
        return (null, Problem(415, "Unsupported content type.",
            $"'{request.ContentType ?? "(none)"}' is not accepted; send multipart/form-data with a 'file' field, or text/plain."));
    }

    public static ProblemHttpResult Problem(int status, string title, string detail)
        => TypedResults.Problem(statusCode: status, title: title, detail: detail);
}
