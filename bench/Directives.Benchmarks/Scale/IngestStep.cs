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

        // Both engines read the files from the page cache: FTS5 loads right after our ingest and finds them cached, so
        // they are read once before ours is timed too. A corpus gone cold since it was generated (the kernel reclaims
        // idle pages) had our ingest wait on the disk for up to a third of its time, and FTS5 never.
        // BENCH_COLD=1 (root only): both engines read the files from the disk instead, the page cache dropped before each.
        var cold = Environment.GetEnvironmentVariable("BENCH_COLD") == "1";
        if (cold) DropPageCache(ctx);
        else ctx.Set("ingest.warm_seconds", WarmPageCache(ctx));
        GC.Collect();
        var before = Memory().Resident;
        var status = new IngestStatus();
        var samples = new List<(double Progress, long Bytes, long Private)>();
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var (resident, anonymous) = Memory();
                lock (samples) samples.Add((status.Snapshot().Processed / (double)docs, resident, anonymous));
                try { await Task.Delay(250, stop.Token); } catch (TaskCanceledException) { }
            }
        });
        int[] gcBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var pausedBefore = GC.GetTotalPauseDuration();
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var sw = Stopwatch.StartNew();
        var measured = docs;
        double ours;
        using (var index = new DocumentIndex(ctx.OurIndex))
        {
            using var budget = new CancellationTokenSource();
            if (ctx.IngestBudget is { } b) budget.CancelAfter(b);
            try
            {
                var snapshot = new CorpusIngestor(index, DocumentIndex.PipelineVersion, status).Run(ctx.Corpus.Text, budget.Token);
                if (snapshot.Failed > 0) ctx.Note("ingest.failures", string.Join("; ", snapshot.Failures.Take(3).Select(f => f.Path + ": " + f.Reason)));
            }
            catch (OperationCanceledException)
            {
                // Time budget reached (the largest runs): what was processed so far is the measured part.
                index.Commit();
                measured = status.Snapshot().Processed;
            }
            ours = sw.Elapsed.TotalSeconds;
            ctx.Set("ingest.ours.cpu_seconds", (Environment.CpuUsage.TotalTime - cpuBefore).TotalSeconds);
            for (var g = 0; g < 3; g++) ctx.Set($"ingest.ours.gen{g}_gcs", GC.CollectionCount(g) - gcBefore[g]);
            ctx.Set("ingest.ours.gc_pause_seconds", (GC.GetTotalPauseDuration() - pausedBefore).TotalSeconds);
            if (Environment.GetEnvironmentVariable("INGEST_THREADS") is not null) PrintThreadTimes();
            if (measured < docs)
            {
                ctx.Note("ingest.partial", $"full pipeline timed on the first {measured:N0} documents ({ctx.IngestBudget!.Value.TotalMinutes:F0}-minute budget); " +
                    $"the other {docs - measured:N0} were indexed from the generator's ground truth without extraction" +
                    (ctx.FillChars is { } n ? (n == 0 ? ", with their title and metadata but no body text, in both engines" : $", keeping their first {n} characters of body text in both engines") : "") +
                    $", so search and the graph run on all {docs:N0}");
                var fill = Stopwatch.StartNew();
                var filled = TruthFill.Run(ctx, index);
                ctx.Set("ingest.fill.docs_s", filled / fill.Elapsed.TotalSeconds);
            }
        }
        stop.Cancel();
        sampler.Wait();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        ctx.Set("memory.steady_mb", Memory().Resident / 1e6);
        ctx.Set("memory.before_mb", before / 1e6);
        lock (samples)
        {
            ctx.Set("memory.peak_mb", samples.Max(s => s.Bytes) / 1e6);
            // Flat while streaming: the peak of the first half against the peak of the second half of the ingest.
            var firstHalf = samples.Where(s => s.Progress is > 0.05 and <= 0.5).Select(s => s.Bytes).DefaultIfEmpty(0).Max();
            var secondHalf = samples.Where(s => s.Progress > 0.5).Select(s => s.Bytes).DefaultIfEmpty(0).Max();
            ctx.Set("memory.first_half_peak_mb", firstHalf / 1e6);
            ctx.Set("memory.second_half_peak_mb", secondHalf / 1e6);
            // The working set counts the index files' pages mapped while merging (page cache the kernel takes back when it
            // needs to); the process's own memory is its anonymous pages.
            ctx.Set("memory.private.first_half_peak_mb", samples.Where(s => s.Progress is > 0.05 and <= 0.5).Select(s => s.Private).DefaultIfEmpty(0).Max() / 1e6);
            ctx.Set("memory.private.second_half_peak_mb", samples.Where(s => s.Progress > 0.5).Select(s => s.Private).DefaultIfEmpty(0).Max() / 1e6);
        }
        var measuredMb = mb * measured / docs;
        ctx.Set("ingest.ours.seconds", ours);
        ctx.Set("ingest.ours.docs_s", measured / ours);
        ctx.Set("ingest.ours.mb_s", measuredMb / ours);
        ctx.Set("index.ours.bytes_per_doc", DirectoryBytes(ctx.OurIndex) / (double)docs);

        // FTS5 is timed on the same number of documents; the rest (when the budget cut ours short) is loaded untimed.
        if (cold) DropPageCache(ctx);
        sw.Restart();
        double baseline;
        using (var fts = new Fts5Index(ctx.FtsPath, create: true))
        {
            fts.Load(ctx.TextDocuments().Take(measured));
            baseline = sw.Elapsed.TotalSeconds;
            if (measured < docs) fts.Load(ctx.TextDocuments().Skip(measured), text: ctx.FillText);
        }
        ctx.Set("ingest.fts5.seconds", baseline);
        ctx.Set("ingest.fts5.docs_s", measured / baseline);
        ctx.Set("ingest.fts5.mb_s", measuredMb / baseline);
        ctx.Set("ingest.ratio", baseline / ours);
        using (var fts = new Fts5Index(ctx.FtsPath, create: false)) ctx.Set("index.fts5.bytes_per_doc", fts.Bytes / (double)docs);
        ctx.Set("ingest.documents", measured);
        ctx.Set("ingest.indexed", docs);
        ctx.Set("ingest.mb", measuredMb);
    }

    /// <summary>CPU seconds of each thread of this process so far, by thread name (Linux /proc), busiest first.</summary>
    static void PrintThreadTimes()
    {
        var rows = new List<(string Name, double Seconds)>();
        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(task, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var ticks = long.Parse(fields[11]) + long.Parse(fields[12]); // utime + stime
                rows.Add((File.ReadAllText(Path.Combine(task, "comm")).Trim(), ticks / 100.0));
            }
            catch (IOException) { }
        }
        foreach (var g in rows.GroupBy(r => r.Name).Select(g => (g.Key, g.Sum(r => r.Seconds), g.Count())).OrderByDescending(g => g.Item2).Take(12))
            Console.WriteLine($"  thread {g.Key,-20} x{g.Item3,-3} {g.Item2,7:F1} CPU s");
    }

    static void DropPageCache(ScaleContext ctx)
    {
        using (var sync = Process.Start("sync")) sync?.WaitForExit();
        File.WriteAllText("/proc/sys/vm/drop_caches", "1");
        ctx.Note("ingest.files", "read cold: the page cache was dropped before each engine loaded the files");
    }

    static double WarmPageCache(ScaleContext ctx)
    {
        var sw = Stopwatch.StartNew();
        var buffer = new byte[1 << 16];
        foreach (var (_, file) in ctx.TextDocuments())
        {
            using var stream = File.OpenRead(file);
            while (stream.Read(buffer) > 0) { }
        }
        return sw.Elapsed.TotalSeconds;
    }

    public static long DirectoryBytes(string dir)
        => Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

    /// <summary>
    /// The working set (VmRSS) and the process's own memory (RssAnon), from one read of /proc/self/status.
    /// Environment.WorkingSet allocated so much per call that the sampler's four calls a second were an eighth of
    /// everything the measured ingest allocated, and its collections slowed the ingest it measured.
    /// </summary>
    static (long Resident, long Anonymous) Memory()
    {
        long resident = 0, anonymous = 0;
        try
        {
            foreach (var line in File.ReadAllText("/proc/self/status").AsSpan().EnumerateLines())
                if (line.StartsWith("VmRSS:")) resident = Kilobytes(line["VmRSS:".Length..]);
                else if (line.StartsWith("RssAnon:")) anonymous = Kilobytes(line["RssAnon:".Length..]);
        }
        catch (IOException) { }
        return (resident, anonymous);

        static long Kilobytes(ReadOnlySpan<char> value)
        {
            value = value.Trim();
            var space = value.IndexOf(' ');
            return long.Parse(space < 0 ? value : value[..space], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
    }
}
