using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Directives.Core.Documents;
using Directives.Core.Authority;
using Directives.Core.Citations;
using Directives.Core.References;
using Directives.Core.Text;
using Directives.Search.Index;

namespace Directives.Search.Graph;

/// <summary>
/// The citation graph over the index. State lives in the index (each document's stored contribution), so it is
/// committed with the document and survives restarts. The in-memory snapshot is rebuilt when the searcher's
/// index version changes: stored contributions are parsed once per index segment (only new segments after a
/// change), then every assertion is resolved again against the current nodes (no re-extraction), so a newly
/// ingested document links the earlier references to it and a deleted one turns them back into placeholders.
/// Rebuilds run one at a time in the background; readers of a large graph never wait for one (<see cref="LargeGraph"/>).
/// </summary>
/// <param name="firstWait">How long <see cref="CurrentOrPending"/> waits for the first graph; <see cref="FirstWait"/> unless said.</param>
/// <param name="largeGraph">From how many documents readers answer from the previous graph while a new one is built; <see cref="LargeGraph"/> unless said.</param>
public sealed class CitationGraph(DocumentIndex index, AuthorityFile? authority = null, TimeSpan? firstWait = null, int largeGraph = CitationGraph.LargeGraph)
{
    readonly AuthorityFile authority = authority ?? AuthorityFile.Default;
    readonly TimeSpan firstWaitFor = firstWait ?? FirstWait;
    readonly Lock gate = new();
    readonly ConditionalWeakTable<object, GraphContribution?[]> segments = new();
    Views? current;

    /// <summary>The whole graph, classified documents included: for trusted callers (ingestion, the command line).</summary>
    public GraphSnapshot Current() => Current(Classification.TopSecret);

    /// <summary>
    /// The graph as a caller cleared for <paramref name="clearance"/> may see it: built without the documents stamped
    /// above it, so neither their nodes nor the edges they assert exist, and citations of them resolve as if they
    /// were not in the corpus. When no document is stamped above the clearance this is the whole graph.
    /// </summary>
    public GraphSnapshot Current(Classification clearance) => For(Latest(waitForFirst: true)!, clearance);

    /// <summary>
    /// As <see cref="Current(Classification)"/>, except before the first graph of a large index is built (at 100,000
    /// documents that takes half a minute after a start): then the build goes on in the background and, after waiting
    /// at most <see cref="FirstWait"/>, this returns null. Searches answer meanwhile, without validity.
    /// </summary>
    public GraphSnapshot? CurrentOrPending(Classification clearance = Classification.TopSecret) =>
        Latest(waitForFirst: false) is { } views ? For(views, clearance) : null;

    /// <summary>
    /// How long after the first build started <see cref="CurrentOrPending"/> callers may wait for it by default (a small
    /// corpus's is built well within it); later callers do not wait.
    /// </summary>
    public static readonly TimeSpan FirstWait = TimeSpan.FromSeconds(2);

    Views? Latest(bool waitForFirst)
    {
        var views = current;
        return views is null || views.Full.Version != index.Generation ? Refreshed(views, waitForFirst) : views;
    }

    GraphSnapshot For(Views views, Classification clearance)
    {
        if (clearance >= views.Highest) return views.Full;
        return views.Restricted.GetOrAdd(clearance, level => new Lazy<GraphSnapshot>(() => Warmed(new GraphSnapshot(
            views.Full.Version, [.. views.Contributions.Where(c => c.Node.Classification <= level)], authority)))).Value;
    }

    /// <summary>
    /// A rebuild that took longer than this is followed by a pause as long as itself before the next one: during an
    /// ingest the index changes every second, and rebuilding then takes at most half a core.
    /// </summary>
    public static readonly TimeSpan PauseAfter = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Documents from which readers are answered from the previous graph while a new one is built, without waiting: a
    /// large graph rebuilds in seconds while an ingest makes a new version every second, and searches must not queue
    /// behind that (at 100,000 documents they did, past the HTTP timeout; waiting even 1 s from each rebuild's start put
    /// seconds in the p99 of searches during an ingest).
    /// </summary>
    public const int LargeGraph = 10_000;

    int deferrals;

    /// <summary>
    /// Until the returned handle is disposed, a large graph is not rebuilt for each new index version: readers get the
    /// last graph, and the caller rebuilds it once at the end (<see cref="Current()"/>). An ingest holds this: each
    /// rebuild of a large graph allocates a whole new graph, which every collection during it must copy, and those
    /// pauses stop the searches; rebuilding every few seconds during an ingest put them in the searches' p99.
    /// A graph that does not exist yet is built regardless.
    /// </summary>
    public IDisposable DeferRebuilds()
    {
        Interlocked.Increment(ref deferrals);
        return new Deferral(this);
    }

    sealed class Deferral(CitationGraph graph) : IDisposable
    {
        int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0) Interlocked.Decrement(ref graph.deferrals);
        }
    }

    Task<Views>? rebuilding;
    long rebuildStarted;
    long lastRebuildFinished;
    long lastRebuildMilliseconds;

    /// <summary>
    /// The graph of the index's current version: one rebuild at a time, in the background; callers of a large graph
    /// answer from <paramref name="stale"/> until it is done. The first graph (unless <paramref name="waitForFirst"/> is
    /// false), and every graph of fewer than <see cref="LargeGraph"/> documents, is waited for.
    /// </summary>
    Views? Refreshed(Views? given, bool waitForFirst)
    {
        // The version this caller must see at least; a rebuild already running may have started before it.
        var wanted = index.Generation;
        while (true)
        {
            Task<Views> task;
            long started;
            Views? stale;
            lock (gate)
            {
                if (current is { } fresh && fresh.Full.Version == index.Generation) return fresh;
                stale = given ?? current;
                // A small graph rebuilds in milliseconds: always wait for it, so what was just ingested is in the answer.
                if (stale is not null && stale.Contributions.Count < largeGraph) stale = null;
                // An ingest is running: a large graph waits for its end (see DeferRebuilds).
                if (rebuilding is null && stale is not null && Volatile.Read(ref deferrals) > 0) return stale;
                // During an ingest the index changes every second: after a rebuild longer than PauseAfter, wait as long as it took
                // before the next, so rebuilding takes at most half a core and the graph is at most two rebuilds behind.
                if (rebuilding is null && stale is not null && lastRebuildMilliseconds > PauseAfter.TotalMilliseconds
                    && Environment.TickCount64 - lastRebuildFinished < lastRebuildMilliseconds) return stale;
                if (rebuilding is null)
                {
                    rebuildStarted = Environment.TickCount64;
                    rebuilding = Task.Run(Rebuild);
                }
                task = rebuilding;
                started = rebuildStarted;
            }
            if (stale is not null)
            {
                // A failed rebuild leaves the last good graph answering; the next caller starts another.
                return task.IsCompletedSuccessfully ? task.Result : stale;
            }
            // No graph at all yet (a start on a large index): a search need not wait for the whole build, and once the
            // build has run for firstWait, none waits at all (the wait counts from the build's start).
            if (!waitForFirst && current is null)
            {
                var wait = firstWaitFor.TotalMilliseconds - (Environment.TickCount64 - started);
                try
                {
                    if (!task.Wait(TimeSpan.FromMilliseconds(Math.Max(0, wait)))) return null;
                }
                catch (AggregateException) { /* rethrown as it was thrown, below */ }
            }
            var built = task.GetAwaiter().GetResult();
            // The rebuild waited for had read the index before the change this caller was asked after (the one started
            // at a server's start, while the corpus was still being ingested): wait for the next one.
            if (built.Full.Version >= wanted) return built;
            given = null;
        }
    }

    Views Rebuild()
    {
        try
        {
            var (read, contributions) = index.ReadStored(IndexFields.Graph, GraphContributions.Deserialize, segments);
            var views = new Views(Warmed(new GraphSnapshot(read, contributions, authority)), contributions,
                contributions.Count == 0 ? Classification.Public : contributions.Max(c => c.Node.Classification));
            lock (gate)
            {
                if (current is null || current.Full.Version <= views.Full.Version) current = views;
                return current;
            }
        }
        finally
        {
            lock (gate)
            {
                rebuilding = null;
                lastRebuildFinished = Environment.TickCount64;
                lastRebuildMilliseconds = lastRebuildFinished - rebuildStarted;
            }
        }
    }

    /// <summary>
    /// Builds the snapshot's implementations index and its largest trees in the background (see
    /// <see cref="GraphSnapshot.Warm"/>; ~2 s for the index at a million documents), so the first implementations
    /// query after a change does not pay them.
    /// </summary>
    static GraphSnapshot Warmed(GraphSnapshot snapshot)
    {
        // A failure is the query's to report: the index's lazy value keeps the exception and rethrows it there.
        snapshot.Warm().ContinueWith(static t => _ = t.Exception, TaskContinuationOptions.OnlyOnFaulted);
        return snapshot;
    }

    /// <summary>The whole graph of one index version and the views of it restricted by clearance, built on first use.</summary>
    sealed record Views(GraphSnapshot Full, IReadOnlyList<GraphContribution> Contributions, Classification Highest)
    {
        public ConcurrentDictionary<Classification, Lazy<GraphSnapshot>> Restricted { get; } = new();
    }

    /// <summary>
    /// Resolves a citation typed by a user: any written variant of a number ("28 -CT/TW", "ct 28"), or a name
    /// ("Nghị quyết Trung ương 4 khóa XII"). Null when the query is no citation at all.
    /// </summary>
    public Resolution? Resolve(string query, string? organization = null, string? date = null, Classification clearance = Classification.TopSecret)
    {
        var g = Current(clearance);
        var province = DocumentScope.ProvinceIn(organization);
        var scope = new ResolutionScope(province, null, null);
        var text = VietnameseText.Normalize(query).Trim();
        if (PartyNumber.TryParse(text, out var number))
            return g.Resolver.Resolve(new GraphMention(number.Canonical, Date: date), scope);
        if (CitationQuery.TryParse(text, out var q))
            return q.Issuer is not null && q.Code is not null
                ? g.Resolver.Resolve(new GraphMention(new PartyNumber(q.Number, q.Code, q.Issuer).Canonical, Date: date), scope)
                : ByNumberAndCode(g, q, province, date);
        if (NamedReferenceScanner.Scan(text, authority) is [{ Resolved: { } resolved } named, ..])
            return g.Resolver.Resolve(new GraphMention(resolved, Date: date, Term: named.Term), scope);
        return null;
    }

    /// <summary>"ct 28", "kế hoạch 121": the issuer is unsaid, so every document with that number and code is a candidate.</summary>
    static Resolution ByNumberAndCode(GraphSnapshot g, CitationQuery q, string? province, string? date)
    {
        var candidates = g.Nodes.Where(n => n.Type == GraphNodeTypes.Document && n.Number == q.Number
                                            && (q.Code is null || n.Code == q.Code)
                                            && (province is null || n.Province is null || n.Province == province)
                                            && (date is null || n.Date == date))
            .OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
        return candidates switch
        {
            [] => Resolution.None($"No document numbered {q.Number}{(q.Code is null ? "" : "-" + q.Code)} is known."),
            [var only] => Resolution.To(only),
            _ => Resolution.Among(candidates, $"{candidates.Count} documents are numbered {q.Number}{(q.Code is null ? "" : "-" + q.Code)}; give the issuer, the organisation or the date."),
        };
    }
}
