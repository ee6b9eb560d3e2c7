using System.Collections.Concurrent;
using System.Security.Cryptography;
using Directives.Ingestion.Readers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Directives.Ingestion.Pipeline;

/// <summary>
/// Brings a store in line with a corpus folder: new and changed files (by content hash) are
/// read and indexed, unchanged ones skipped, removed ones deleted. A file that cannot be read
/// is reported and skipped; the rest go on. Commits in batches, so a crash loses at most one
/// batch, which the next run redoes.
/// </summary>
public sealed class CorpusIngestor(IDocumentStore store, int pipelineVersion, IngestStatus? status = null, ILogger? logger = null,
    DocumentReaderRegistry? readers = null)
{
    const int CommitEvery = 500;

    readonly DocumentProcessor processor = new(readers ?? DocumentReaderRegistry.Default);
    readonly IngestStatus status = status ?? new IngestStatus();
    readonly ILogger log = logger ?? NullLogger.Instance;

    public IngestStatus Status => status;

    public IngestSnapshot Run(string corpusRoot, CancellationToken cancellationToken = default)
    {
        var root = Path.GetFullPath(corpusRoot);
        var started = DateTimeOffset.UtcNow;
        status.Update(_ => new IngestSnapshot { State = IngestState.Running, StartedAt = started, Corpus = root });
        if (!Directory.Exists(root))
        {
            var error = $"Corpus folder {root} does not exist.";
            log.LogError("Ingest failed: {Error}", error);
            status.Update(s => s with { State = IngestState.Idle, FinishedAt = DateTimeOffset.UtcNow, Error = error });
            return status.Snapshot();
        }

        var files = CorpusFiles(root).ToList();
        var stored = store.Versions();
        status.Update(s => s with { FilesSeen = files.Count });
        log.LogInformation("Ingest of {Corpus} started: {Files} files, {Stored} documents already indexed", root, files.Count, stored.Count);

        var failures = new ConcurrentBag<IngestFailure>();
        int indexed = 0, skipped = 0, processed = 0, sinceCommit = 0;
        var seen = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var commitGate = new Lock();

        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, file =>
        {
            var id = DocumentIds.FromPath(root, file);
            seen[id] = 0;
            try
            {
                var hash = Hash(file);
                if (stored.TryGetValue(id, out var version) && version.ContentHash == hash && version.PipelineVersion == pipelineVersion)
                    Interlocked.Increment(ref skipped);
                else
                {
                    store.Upsert(processor.Process(file, id, hash, cancellationToken));
                    Interlocked.Increment(ref indexed);
                    if (Interlocked.Increment(ref sinceCommit) >= CommitEvery)
                        lock (commitGate)
                            if (sinceCommit >= CommitEvery) { store.Commit(); sinceCommit = 0; }
                }
            }
            catch (Exception e) when (e is DocumentReadException or IOException or UnauthorizedAccessException)
            {
                var reason = e is DocumentReadException ? e.Message : $"cannot read the file: {e.Message}";
                failures.Add(new IngestFailure(id, reason));
                log.LogWarning("Skipped {File}: {Reason}", id, reason);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A reader bug on one file must not stop the others; report it as that file's failure.
                failures.Add(new IngestFailure(id, $"unexpected error while reading: {e.Message}"));
                log.LogError(e, "Unexpected error on {File}", id);
            }
            var done = Interlocked.Increment(ref processed);
            status.Update(s => s with { Processed = done, Indexed = indexed, Skipped = skipped, Failed = failures.Count });
        });

        var removed = 0;
        foreach (var id in stored.Keys.Where(id => !seen.ContainsKey(id)))
        {
            store.Delete(id);
            removed++;
        }
        store.Commit();

        var failureList = failures.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        status.Update(s => s with
        {
            State = IngestState.Idle, FinishedAt = DateTimeOffset.UtcNow, Processed = processed,
            Indexed = indexed, Skipped = skipped, Failed = failureList.Count, Removed = removed, Failures = failureList,
        });
        log.LogInformation("Ingest finished in {Seconds:F1}s: {Indexed} indexed, {Skipped} unchanged, {Failed} failed, {Removed} removed",
            (DateTimeOffset.UtcNow - started).TotalSeconds, indexed, skipped, failureList.Count, removed);
        return status.Snapshot();
    }

    /// <summary>Files of a supported format under the root, hidden files and folders excluded, in a stable order.</summary>
    public static IEnumerable<string> CorpusFiles(string root)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = true };
        return Directory.EnumerateFiles(root, "*", options)
            .Where(f => SupportedExtensions.Contains(Path.GetExtension(f)))
            .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal);
    }

    public static readonly IReadOnlySet<string> SupportedExtensions =
        new HashSet<string>([".txt", ".html", ".htm", ".docx", ".pdf", ".doc", ".rtf", ".odt"], StringComparer.OrdinalIgnoreCase);

    static string Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
