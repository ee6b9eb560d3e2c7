using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Directives.Ingestion.Readers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Directives.Ingestion.Pipeline;

/// <summary>
/// Brings a store in line with a corpus folder: new and changed files (by content hash) are
/// read and indexed, unchanged ones skipped, removed ones deleted. A file that cannot be read
/// is reported with a code, its old document removed, and it is remembered by hash so it is not
/// read again until it changes; the rest go on. A corpus that is missing, empty or cannot be listed
/// stops the run before anything is deleted. Commits in batches, so a crash loses at most one
/// batch, which the next run redoes.
/// </summary>
public sealed class CorpusIngestor(IDocumentStore store, int pipelineVersion, IngestStatus? status = null, ILogger? logger = null,
    DocumentReaderRegistry? readers = null, CorpusWalker? walker = null, TimeSpan? commitAfter = null)
{
    /// <summary>
    /// A commit fsyncs the segments and reopens the readers: it costs as much as indexing dozens of documents, so it
    /// comes after this many documents or this long, whichever is first. A crash loses at most that much work.
    /// </summary>
    const int CommitEvery = 2_000;
    /// <summary>30 s by default; an ingest in a process of its own commits more often, as its commits are all a server sees.</summary>
    readonly TimeSpan CommitAfter = commitAfter ?? TimeSpan.FromSeconds(30);

    readonly DocumentReaderRegistry readers = readers ?? DocumentReaderRegistry.Default;
    readonly CorpusWalker walker = walker ?? new CorpusWalker();
    readonly IngestStatus status = status ?? new IngestStatus();
    readonly ILogger log = logger ?? NullLogger.Instance;

    public IngestStatus Status => status;

    public IngestSnapshot Run(string corpusRoot, CancellationToken cancellationToken = default)
    {
        var root = Path.GetFullPath(corpusRoot);
        var started = DateTimeOffset.UtcNow;
        status.Update(_ => new IngestSnapshot { State = IngestState.Running, StartedAt = started, Corpus = root });
        if (!Directory.Exists(root))
            return Stop("corpus_missing", "Không tìm thấy thư mục kho văn bản; không xóa văn bản nào.");
        // Counted first, for the progress figures and to stop on an empty corpus before anything is deleted; then
        // walked again file by file, so that nothing is held per file (a million files would cost ~300 MB as a list).
        int fileCount, refusedCount;
        try
        {
            var census = walker.Walk(root);
            fileCount = census.Files.Count();
            refusedCount = census.Refused.Count;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Stop("corpus_unreadable", "Không đọc được thư mục kho văn bản; không xóa văn bản nào.");
        }
        if (fileCount == 0 && refusedCount == 0) return StopEmpty();

        var stored = store.Versions();
        var remembered = store.Failures();
        var rules = Rules();
        status.Update(s => s with { FilesSeen = fileCount });
        log.LogInformation("Ingest started: {Files} files, {Stored} documents already indexed", fileCount, stored.Count);

        var processor = new DocumentProcessor(readers);
        var failures = new ConcurrentBag<IngestFailure>();
        var memory = new ConcurrentDictionary<string, RememberedFailure>(StringComparer.Ordinal);
        int indexed = 0, skipped = 0, processed = 0, sinceCommit = 0, removed = 0;
        // Only ids the store already holds are remembered: the rest need no deletion check (a fresh index holds none).
        var seen = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var walk = walker.Walk(root);
        var commitGate = new Lock();
        var sinceLastCommit = System.Diagnostics.Stopwatch.StartNew();

        var workers = Environment.ProcessorCount;

        void IngestFile(CorpusFile file)
        {
            // A search running now gets a core to itself (SearchPriority): half the workers wait for it to end.
            store.Searches?.Yield(workers, cancellationToken);
            var id = file.Id;
            if (stored.ContainsKey(id)) seen[id] = 0;
            string? hash = null; // read only when size and write time do not tell; kept for remembering a failure
            string HashOnce() => hash ??= Hash(file.Path);
            try
            {
                var info = new FileInfo(file.Path);
                // Checked before the file is opened: a FIFO or device reports 0 bytes, and opening a FIFO blocks.
                if (info.Length == 0) throw ReadErrors.Empty();
                if (info.Length > readers.Limits.MaxFileBytes) throw ReadErrors.FileTooLarge(info.Length, readers.Limits.MaxFileBytes);
                var known = stored.GetValueOrDefault(id);
                var current = known is not null && known.PipelineVersion == pipelineVersion;
                // Unchanged since it was read (same size and write time): not read again, not even to hash it. A file
                // whose time alone changed (touched, copied) is hashed each time, as before, and skipped when equal.
                if (current && known!.SameFile(info.Length, info.LastWriteTimeUtc))
                    Interlocked.Increment(ref skipped);
                else if (current && HashOnce() == known!.ContentHash)
                    Interlocked.Increment(ref skipped);
                else if (remembered.TryGetValue(id, out var failed) && failed.ContentHash == HashOnce() && failed.Rules == rules)
                    throw new DocumentReadException(failed.Code, failed.Reason);
                else
                {
                    store.Upsert(processor.Process(file.Path, id, HashOnce(), cancellationToken));
                    Interlocked.Increment(ref indexed);
                    if (Interlocked.Increment(ref sinceCommit) >= CommitEvery || sinceLastCommit.Elapsed >= CommitAfter)
                        lock (commitGate)
                            if (sinceCommit >= CommitEvery || (sinceCommit > 0 && sinceLastCommit.Elapsed >= CommitAfter))
                            {
                                store.Commit();
                                sinceCommit = 0;
                                sinceLastCommit.Restart();
                            }
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var failure = e switch
                {
                    DocumentReadException r => new IngestFailure(id, r.Code, r.Message),
                    IOException or UnauthorizedAccessException => new IngestFailure(id, "file_unreadable", ReadErrors.Unreadable(e).Message),
                    // A reader bug on one file must not stop the others; report it as that file's failure.
                    _ => new IngestFailure(id, "read_failed", $"Lỗi không lường trước khi đọc tệp: {e.Message}"),
                };
                failures.Add(failure);
                // A missing converter or OCR tool is the machine's fault, not the file's: the next ingest after installing it reads the file.
                if (hash is not null && !IsMissingTool(failure.Code)) memory[id] = new RememberedFailure(hash, rules, failure.Code, failure.Reason);
                // A file that became unreadable or empty must not leave its old text searchable.
                if (stored.ContainsKey(id))
                {
                    store.Delete(id);
                    Interlocked.Increment(ref removed);
                }
                if (e is DocumentReadException or IOException or UnauthorizedAccessException) log.LogWarning("Skipped {File}: {Code} {Reason}", id, failure.Code, failure.Reason);
                else log.LogError(e, "Unexpected error on {File}", id);
            }
            var done = Interlocked.Increment(ref processed);
            status.Update(s => s with { Processed = done, Indexed = indexed, Skipped = skipped, Failed = failures.Count });
        }

        try
        {
            // On threads of their own at background priority: a search (normal priority) gets a core the moment it wants
            // one, and the ingest every cycle nobody else wants (BackgroundThreads).
            using var background = new BackgroundScheduler(workers, "ingest");
            Parallel.ForEach(walk.Files, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken,
                TaskScheduler = background }, IngestFile);
        }
        catch (AggregateException e) when (e.InnerExceptions is [IOException or UnauthorizedAccessException])
        {
            // The root stopped being listable between the count and the walk (a network drive dropped): keep everything.
            store.Commit();
            return Stop("corpus_unreadable", "Không đọc được thư mục kho văn bản; không xóa văn bản nào.");
        }
        foreach (var refusal in walk.Refused) failures.Add(refusal);
        // Emptied since it was counted (unmounted mid-run): deleting every stored document would be wrong.
        if (processed == 0 && walk.Refused.Count == 0)
        {
            store.Commit();
            return StopEmpty();
        }

        foreach (var id in stored.Keys.Where(id => !seen.ContainsKey(id) && !UnderAny(id, walk.UnreadableFolders)))
        {
            store.Delete(id);
            removed++;
        }
        store.RememberFailures(memory);
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

    IngestSnapshot StopEmpty() =>
        Stop("corpus_empty", "Thư mục kho văn bản trống (có thể ổ mạng chưa gắn); không xóa văn bản nào.");

    IngestSnapshot Stop(string code, string error)
    {
        log.LogError("Ingest stopped: {Code} {Error}", code, error);
        status.Update(s => s with { State = IngestState.Idle, FinishedAt = DateTimeOffset.UtcNow, Error = error, ErrorCode = code });
        return status.Snapshot();
    }

    /// <summary>What a remembered failure depends on besides the file: the pipeline and the limits it was read under.</summary>
    string Rules() => pipelineVersion + ":" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(readers.Limits.ToString())))[..16];

    static bool UnderAny(string id, IReadOnlyList<string> folders) => folders.Any(f => id.StartsWith(f + ":", StringComparison.Ordinal));

    /// <summary>Files of a supported format under the root, in id order (see <see cref="CorpusWalker.Scan"/>).</summary>
    public static IEnumerable<string> CorpusFiles(string root) => new CorpusWalker().Scan(root).Files.Select(f => f.Path);

    public static IReadOnlySet<string> SupportedExtensions => CorpusWalker.SupportedExtensions;

    static bool IsMissingTool(string? code) =>
        code is Readers.ConvertedWordReader.ToolMissingCode or Ocr.PdfOcr.ToolMissingCode;

    static string Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
