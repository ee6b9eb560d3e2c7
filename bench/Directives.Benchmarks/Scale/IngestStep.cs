using System.Diagnostics;
using Directives.Ingestion.Pipeline;
using Directives.Search.Index;

namespace Directives.Benchmarks.Scale;

/// <summary>
/// Full ingest of the plain-text corpus (read, normalise, extract, index, commit in batches, on every core) against
/// loading the same texts into SQLite FTS5 (one writer, as SQLite allows). Samples the working set while ingesting.
/// </summary>
public static class IngestStep
{
    public static void Run(ScaleContext ctx)
    {
        var docs = ctx.Generated!.Documents - ctx.Generated.Docx - ctx.Generated.Pdf;
        var mb = ctx.Generated.TextBytes / 1e6;
        if (Directory.Exists(ctx.OurIndex)) Directory.Delete(ctx.OurIndex, recursive: true);

        GC.Collect();
        var before = Environment.WorkingSet;
        var status = new IngestStatus();
        var samples = new List<(double Progress, long Bytes)>();
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                lock (samples) samples.Add((status.Snapshot().Processed / (double)docs, Environment.WorkingSet));
                try { await Task.Delay(250, stop.Token); } catch (TaskCanceledException) { }
            }
        });
        var sw = Stopwatch.StartNew();
        using (var index = new DocumentIndex(ctx.OurIndex))
        {
            var snapshot = new CorpusIngestor(index, DocumentIndex.PipelineVersion, status).Run(ctx.Corpus.Text);
            if (snapshot.Failed > 0) ctx.Note("ingest.failures", string.Join("; ", snapshot.Failures.Take(3).Select(f => f.Path + ": " + f.Reason)));
        }
        var ours = sw.Elapsed.TotalSeconds;
        stop.Cancel();
        sampler.Wait();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        ctx.Set("memory.steady_mb", Environment.WorkingSet / 1e6);
        ctx.Set("memory.before_mb", before / 1e6);
        lock (samples)
        {
            ctx.Set("memory.peak_mb", samples.Max(s => s.Bytes) / 1e6);
            // Flat while streaming: the peak of the first half against the peak of the second half of the ingest.
            var firstHalf = samples.Where(s => s.Progress is > 0.05 and <= 0.5).Select(s => s.Bytes).DefaultIfEmpty(0).Max();
            var secondHalf = samples.Where(s => s.Progress > 0.5).Select(s => s.Bytes).DefaultIfEmpty(0).Max();
            ctx.Set("memory.first_half_peak_mb", firstHalf / 1e6);
            ctx.Set("memory.second_half_peak_mb", secondHalf / 1e6);
        }
        ctx.Set("ingest.ours.seconds", ours);
        ctx.Set("ingest.ours.docs_s", docs / ours);
        ctx.Set("ingest.ours.mb_s", mb / ours);
        ctx.Set("index.ours.bytes_per_doc", DirectoryBytes(ctx.OurIndex) / (double)docs);

        sw.Restart();
        using (var fts = new Fts5Index(ctx.FtsPath, create: true)) fts.Load(ctx.TextDocuments());
        var baseline = sw.Elapsed.TotalSeconds;
        ctx.Set("ingest.fts5.seconds", baseline);
        ctx.Set("ingest.fts5.docs_s", docs / baseline);
        ctx.Set("ingest.fts5.mb_s", mb / baseline);
        ctx.Set("ingest.ratio", baseline / ours);
        using (var fts = new Fts5Index(ctx.FtsPath, create: false)) ctx.Set("index.fts5.bytes_per_doc", fts.Bytes / (double)docs);
        ctx.Set("ingest.documents", docs);
        ctx.Set("ingest.mb", mb);
    }

    public static long DirectoryBytes(string dir)
        => Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
}
