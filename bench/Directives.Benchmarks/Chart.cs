using Directives.Benchmarks.Scale;
using ScottPlot;

namespace Directives.Benchmarks;

/// <summary>Search p99 (ours and FTS5, left axis) and ingest documents/s (right axis) against corpus size, log scale.</summary>
public static class Chart
{
    public static void Write(string path, IReadOnlyList<SizeResult> sizes)
    {
        var rows = sizes.Where(s => s.Get("search.t1.ours.p99") is not null).OrderBy(s => s.Documents).ToList();
        if (rows.Count == 0) return;
        var x = rows.Select(r => Math.Log10(r.Documents)).ToArray();
        var plot = new Plot();
        void Line(string key, string label, Color color, bool right, LinePattern pattern)
        {
            var ys = rows.Select(r => r.Get(key) ?? double.NaN).ToArray();
            var s = plot.Add.Scatter(x, ys, color);
            s.LegendText = label;
            s.LinePattern = pattern;
            s.LineWidth = 2;
            s.MarkerSize = 8;
            if (right) s.Axes.YAxis = plot.Axes.Right;
        }
        Line("search.t1.ours.p99", "search p99 ms, ours", Colors.Blue, false, LinePattern.Solid);
        Line("search.t1.fts5.p99", "search p99 ms, FTS5", Colors.Blue, false, LinePattern.Dashed);
        Line("graph.implementations.p99_ms", "implementations p99 ms", Colors.Green, false, LinePattern.Solid);
        Line("ingest.ours.docs_s", "ingest docs/s, ours", Colors.OrangeRed, true, LinePattern.Solid);
        Line("ingest.fts5.docs_s", "ingest docs/s, FTS5", Colors.OrangeRed, true, LinePattern.Dashed);
        plot.Axes.Left.Label.Text = "latency (ms)";
        plot.Axes.Right.Label.Text = "throughput (documents/s)";
        plot.Axes.Bottom.Label.Text = "corpus size (documents)";
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            rows.Select(r => new Tick(Math.Log10(r.Documents), r.Documents.ToString("N0", System.Globalization.CultureInfo.InvariantCulture))).ToArray());
        plot.Title("Latency and throughput against corpus size (2 cores)");
        plot.ShowLegend(Alignment.UpperLeft);
        plot.SavePng(path, 900, 520);
    }
}
