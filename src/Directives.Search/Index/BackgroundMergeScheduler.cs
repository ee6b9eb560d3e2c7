using Directives.Ingestion.Pipeline;
using Lucene.Net.Index;

namespace Directives.Search.Index;

/// <summary>
/// Lucene's concurrent merges, on merge threads lowered to background priority (<see cref="BackgroundThreads"/>):
/// a merge during an ingest rewrites hundreds of megabytes, and at normal priority it took the core a search was
/// waiting for. Each merge thread is the scheduler's own, so lowering it touches no thread that serves a request.
/// </summary>
sealed class BackgroundMergeScheduler : ConcurrentMergeScheduler
{
    protected override void DoMerge(MergePolicy.OneMerge merge)
    {
        BackgroundThreads.LowerCurrentThread();
        base.DoMerge(merge);
    }
}
