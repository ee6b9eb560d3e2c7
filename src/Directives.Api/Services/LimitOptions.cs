namespace Directives.Api.Services;

/// <summary>Configuration section "Directives:Limits": what one request and one client may cost.</summary>
public sealed class LimitOptions
{
    public const string Section = "Directives:Limits";

    /// <summary>The one body-size limit: an upload or a text sent to extract or check (413 beyond it).</summary>
    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>The deepest result a list may page to: page × size (search) or page × page_size (register).</summary>
    public int MaxResultDepth { get; set; } = 10_000;

    /// <summary>Extracts and checks running at once, over all clients; more wait in a queue of <see cref="UploadQueue"/>, then get 429.</summary>
    public int UploadConcurrency { get; set; } = 2;
    public int UploadQueue { get; set; } = 8;

    /// <summary>Extracts and checks one client (key, or address without a key) may start per minute.</summary>
    public int UploadsPerMinute { get; set; } = 60;

    /// <summary>Searches, register pages, exports and graph exports one client may make per second (bursts up to twice that).</summary>
    public int ReadsPerSecond { get; set; } = 50;

    /// <summary>Time a read may take before it is cancelled with 503.</summary>
    public int RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>Time an extract, check or upload may take.</summary>
    public int UploadTimeoutSeconds { get; set; } = 120;

    /// <summary>/health is degraded when the index folder's disk has less free space than this.</summary>
    public long MinFreeDiskBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>/health is degraded when a running ingest has made no progress for this long (a hung file).</summary>
    public int StalledIngestMinutes { get; set; } = 10;
}
