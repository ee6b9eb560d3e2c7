using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using Directives.Ingestion.Pipeline;
using Directives.Ingestion.Readers;
using Directives.Search.Index;

namespace Directives.Api.Services;

/// <summary>
/// The ingest in a process of its own (<see cref="DirectivesOptions.SeparateIngest"/>): the server starts this program
/// again with <see cref="WorkerFlag"/>, the worker ingests the corpus into the index (it holds the write lock, commits
/// every few seconds) and prints its progress as one JSON line a second, which the server shows as its own ingest
/// status; the server reads the index and sees each commit. The worker's heap is collected apart from the server's,
/// so the ingest's allocations never pause a search.
/// </summary>
public static class IngestProcess
{
    public const string WorkerFlag = "--ingest-worker";
    /// <summary>The worker's commits are all the server sees of its progress.</summary>
    static readonly TimeSpan CommitAfter = TimeSpan.FromSeconds(3);
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    const string StatusPrefix = "ingest-status ";

    public static bool IsWorker(string[] args) => args.Contains(WorkerFlag);

    /// <summary>The worker: ingests the configured corpus into the configured index once, then exits (0, or 1 when it failed).</summary>
    public static int RunWorker(string[] args)
    {
        // The whole worker at background priority: threads it starts from here on inherit it (Linux nice is per thread),
        // so the server's searches always get a core first.
        BackgroundThreads.LowerCurrentThread();
        var builder = Host.CreateApplicationBuilder(args.Where(a => a != WorkerFlag).ToArray());
        var options = builder.Configuration.GetSection(DirectivesOptions.Section).Get<DirectivesOptions>() ?? new DirectivesOptions();
        using var host = builder.Build();
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Directives.IngestWorker");
        // Not disposed: a signal may come while the process exits.
        var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
        AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Cancel();
        var status = new IngestStatus();
        using var index = new DocumentIndex(WorkspacePaths.Resolve(options.Index));
        var readers = DocumentReaderRegistry.WithOcrCache(index.OcrCachePath, options.Limits);
        using var report = new Timer(_ => Print(status.Snapshot()), null, TimeSpan.Zero, TimeSpan.FromSeconds(1));
        try
        {
            var result = new CorpusIngestor(index, DocumentIndex.PipelineVersion, status, logger, readers, commitAfter: CommitAfter)
                .Run(WorkspacePaths.Resolve(options.Corpus), stop.Token);
            Print(result);
            return result.Error is null ? 0 : 1;
        }
        catch (OperationCanceledException)
        {
            return 1;
        }
    }

    static readonly Lock printing = new();

    static void Print(IngestSnapshot s)
    {
        var line = StatusPrefix + JsonSerializer.Serialize(s, Json);
        lock (printing) Console.Out.WriteLine(line);
    }

    /// <summary>
    /// The server's side: runs the worker with this program's configuration and the resolved corpus and index, copies
    /// its progress into <paramref name="status"/> and its other output into the log, and waits for it; a shutdown
    /// stops it (what it committed stays, the next run goes on from there).
    /// </summary>
    public static async Task RunAsync(string corpus, string index, IngestStatus status, ILogger logger, CancellationToken cancellationToken)
    {
        var start = WorkerStart(corpus, index);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("The ingest worker did not start.");
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not { } line) return;
            if (line.StartsWith(StatusPrefix, StringComparison.Ordinal))
            {
                try
                {
                    if (JsonSerializer.Deserialize<IngestSnapshot>(line.AsSpan(StatusPrefix.Length), Json) is { } s) status.Update(_ => s);
                }
                catch (JsonException) { logger.LogWarning("Unreadable status from the ingest worker: {Line}", line); }
            }
            else if (line.Length > 0) logger.LogInformation("ingest worker: {Line}", line);
        };
        process.ErrorDataReceived += (_, e) => { if (!string.IsNullOrEmpty(e.Data)) logger.LogWarning("ingest worker: {Line}", e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            throw;
        }
        if (process.ExitCode != 0 && status.Snapshot().Error is null)
            throw new InvalidOperationException($"The ingest worker exited with code {process.ExitCode}.");
    }

    /// <summary>
    /// This program again: its app host, or `dotnet` with its assembly. The server's command-line arguments are not
    /// passed on: settings reach the worker through the environment and the app settings (see below).
    /// </summary>
    static ProcessStartInfo WorkerStart(string corpus, string index)
    {
        var host = Environment.ProcessPath ?? "dotnet";
        var assembly = typeof(IngestProcess).Assembly.Location;
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
        };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet") start.ArgumentList.Add(assembly);
        start.ArgumentList.Add(WorkerFlag);
        // Every setting the server has reaches the worker through the environment (Directives__…) or the app settings
        // beside the assembly; the paths are given resolved, as the server resolved them.
        start.Environment["Directives__Corpus"] = corpus;
        start.Environment["Directives__Index"] = index;
        start.Environment["Directives__Watch"] = "false";
        // Workstation GC: collections run on the worker's own (lowered) threads, not on one server-GC thread per core at
        // normal priority beside the searches, and its heap stays small.
        start.Environment["DOTNET_gcServer"] = "0";
        return start;
    }
}
