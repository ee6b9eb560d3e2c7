using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Directives.Core.Documents;

namespace Directives.Api.Security;

/// <summary>What the audit log records: reads of classified documents, downloads, uploads and ingest triggers.</summary>
public static class AuditActions
{
    public const string Read = "read";
    public const string Download = "download";
    public const string Upload = "upload";
    public const string Ingest = "ingest";
}

/// <summary>One line of the audit log.</summary>
public sealed record AuditEntry(
    DateTimeOffset Time, string Who, string? Address, string Action, string Endpoint,
    string? Document, Classification? Classification, string? Detail);

/// <summary>
/// An append-only JSON-lines file: one entry per line, written and flushed to disk before the answer goes out,
/// never rewritten. Opened for append only, so an entry can be added but none changed by this process.
/// </summary>
public sealed class AuditLog : IDisposable
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    readonly Lock gate = new();
    readonly FileStream stream;

    public string Path { get; }

    public AuditLog(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read);
    }

    public void Record(HttpContext context, Caller caller, string action, string? document = null,
        Classification? classification = null, string? detail = null)
    {
        var entry = new AuditEntry(DateTimeOffset.UtcNow, caller.Name, caller.Address, action,
            $"{context.Request.Method} {context.Request.Path}", document, classification, detail);
        var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(entry, Json) + "\n");
        lock (gate)
        {
            stream.Write(line);
            stream.Flush(flushToDisk: true);
        }
    }

    /// <summary>Records a read when the document is classified; unstamped reads are not audited.</summary>
    public void RecordRead(HttpContext context, Caller caller, string document, Classification classification)
    {
        if (classification > Classification.Public) Record(context, caller, AuditActions.Read, document, classification);
    }

    public void Dispose() => stream.Dispose();
}
