using Directives.Core.Documents;
using Directives.Ingestion.Pipeline;
using Directives.Ingestion.Readers;
using Directives.Search.Graph;
using Directives.Search.Obligations;
using Directives.Search.Index;
using Microsoft.Extensions.Options;

namespace Directives.Api.Services;

/// <summary>
/// Ingests the corpus in the background once the server is up, then again whenever files in
/// the corpus change (debounced) or a client asks for it. Serving never waits for it.
/// </summary>
public sealed class IngestionWorker(DocumentIndex index, CitationGraph graph, ObligationRegister register, IngestStatus status, DocumentReaderRegistry readers,
    IOptions<DirectivesOptions> options, ILogger<IngestionWorker> logger)
    : BackgroundService
{
    static readonly TimeSpan Debounce = TimeSpan.FromSeconds(2);
    readonly SemaphoreSlim wake = new(0);

    public string CorpusPath { get; } = WorkspacePaths.Resolve(options.Value.Corpus);

    /// <summary>Asks for a re-scan; coalesced with any pending one.</summary>
    public void RequestRun()
    {
        if (wake.CurrentCount == 0) wake.Release();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        using var watcher = options.Value.Watch ? StartWatcher() : null;
        var ingestor = new CorpusIngestor(index, DocumentIndex.PipelineVersion, status, logger, readers);
        // The graph and the register are rebuilt after each ingest on a thread at background priority, beside the next
        // ingest and the searches: tens of seconds of CPU at 100,000 documents that must neither take the core a search
        // is using nor hold up the ingest of files that arrive meanwhile. A request that needs them before they are
        // done builds or waits for them as before.
        using var rebuilds = new BackgroundScheduler(1, "graph and register");
        // One after the other on that thread: a build queued behind one that already built the index's generation finds
        // the graph and register current and returns at once.
        void InBackground(Action build) => Task.Factory.StartNew(() =>
        {
            try { build(); }
            // A shutdown closes the index under a running build: that is not a failure worth reporting.
            catch (Exception e) when (!stoppingToken.IsCancellationRequested) { logger.LogError(e, "Building the citation graph or the register failed"); }
            catch (Exception) { }
        }, stoppingToken, TaskCreationOptions.None, rebuilds);
        // The graph of the index as it was left, built while the corpus is checked: on a large index that check and the
        // build each take minutes, and searches show validity once the graph is there (they do not wait for it). The
        // register waits for the ingest: it is rebuilt after it anyway.
        InBackground(() => graph.Current());
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Searches see the documents as they are committed; the graph (and with it the register) is rebuilt once
                // after the ingest, not for every new index version during it (see CitationGraph.DeferRebuilds).
                using (graph.DeferRebuilds())
                {
                    if (options.Value.SeparateIngest)
                    {
                        await IngestProcess.RunAsync(CorpusPath, index.Path, status, logger, stoppingToken);
                        // What the worker committed last, searchable before the graph and register are rebuilt from it.
                        index.Refresh();
                    }
                    else await Task.Run(() => ingestor.Run(CorpusPath, stoppingToken), stoppingToken);
                }
                status.Update(s => s with { Documents = index.Count });
                // The graph and the register of what was just indexed, so the first user after an ingest does not wait.
                InBackground(() =>
                {
                    graph.Current();
                    register.Current();
                    // Callers without a key get the view without classified documents (the same one when there are none).
                    register.Current(Classification.Public);
                });
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { break; }
            catch (Exception e)
            {
                logger.LogError(e, "Ingest of {Corpus} failed", CorpusPath);
                status.Update(s => s with { State = IngestState.Idle, FinishedAt = DateTimeOffset.UtcNow, Error = e.Message });
            }
            try
            {
                await wake.WaitAsync(stoppingToken);
                await Task.Delay(Debounce, stoppingToken);
                while (wake.CurrentCount > 0) await wake.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) { break; }
        }
    }

    FileSystemWatcher? StartWatcher()
    {
        if (!Directory.Exists(CorpusPath)) return null;
        var watcher = new FileSystemWatcher(CorpusPath) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
        FileSystemEventHandler changed = (_, _) => RequestRun();
        watcher.Created += changed;
        watcher.Changed += changed;
        watcher.Deleted += changed;
        watcher.Renamed += (_, _) => RequestRun();
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
