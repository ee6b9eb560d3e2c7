using System.Diagnostics;

namespace Directives.Benchmarks.Scale;

/// <summary>Per-call latencies and the throughput of running them on one or more threads.</summary>
public sealed record Latency(double P50, double P95, double P99, double Qps, double[] Times)
{
    public static Latency Measure<T>(IReadOnlyList<T> items, int threads, Func<int, Action<T>> worker)
    {
        var times = new double[items.Count];
        var next = -1;
        var total = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, threads).Select(t => Task.Factory.StartNew(() =>
        {
            var run = worker(t);
            int i;
            while ((i = Interlocked.Increment(ref next)) < items.Count)
            {
                var start = Stopwatch.GetTimestamp();
                run(items[i]);
                times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        }, TaskCreationOptions.LongRunning)).ToArray();
        Task.WaitAll(tasks);
        var qps = items.Count / total.Elapsed.TotalSeconds;
        var sorted = times.Order().ToArray();
        return new Latency(Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99), qps, times);
    }

    public static double Percentile(double[] sorted, double p)
        => sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
