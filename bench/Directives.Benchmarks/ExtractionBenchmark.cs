using System.Diagnostics;
using System.Globalization;
using System.Text;
using Directives.Core.Extraction;
using Directives.Ingestion.Pipeline;
using Directives.Ingestion.Readers;

namespace Directives.Benchmarks;

/// <summary>
/// Extraction alone on one core: MB/s over the seeds and the sample corpus, against GNU grep finding
/// just the document numbers in the same bytes; and adversarial inputs at growing sizes, to show time
/// grows linearly (no catastrophic backtracking).
/// </summary>
public static class ExtractionBenchmark
{
    /// <summary>
    /// Runs <paramref name="work"/> over the texts for a few seconds before timing: the runtime compiles each method
    /// quickly first and again, optimised, once it is hot, and extraction on the first passes ran at half its steady
    /// speed (a corpus ingest runs at the steady speed after its first hundred documents or so).
    /// </summary>
    public static void WarmUp<T>(IReadOnlyList<T> items, Action<T> work, double seconds = 8)
    {
        var sw = Stopwatch.StartNew();
        while (sw.Elapsed.TotalSeconds < seconds)
            foreach (var item in items.Take(500)) work(item);
    }

    public static string Run()
    {
        var texts = CorpusTexts();
        var totalBytes = texts.Sum(t => Encoding.UTF8.GetByteCount(t));
        WarmUp(texts, t => Extract(t));

        const int rounds = 20;
        var sw = Stopwatch.StartNew();
        for (var r = 0; r < rounds; r++) foreach (var t in texts) Extract(t);
        sw.Stop();
        var ours = rounds * totalBytes / 1e6 / sw.Elapsed.TotalSeconds;

        var grep = GrepBaseline(texts, rounds);

        var sb = new StringBuilder();
        sb.AppendLine("## Extraction (one core)");
        sb.AppendLine();
        sb.AppendLine($"Input: the {texts.Count} seed and sample-corpus texts ({totalBytes / 1024.0:F0} KB UTF-8), {rounds} rounds.");
        sb.AppendLine("Ours runs every recogniser (header, numbers with dates and bodies, state law, named references, short forms, relations,");
        sb.AppendLine("targets and results); grep only finds document numbers with one regex (`grep -oE` over the same bytes).");
        sb.AppendLine();
        sb.AppendLine("| | MB/s | ratio to grep |");
        sb.AppendLine("|---|---|---|");
        sb.AppendLine(F($"| extract (ours) | {ours:F2} | {ours / grep:F3} |"));
        sb.AppendLine(F($"| grep -oE citation regex | {grep:F2} | 1 |"));
        sb.AppendLine();
        sb.AppendLine("### Adversarial inputs (linear time)");
        sb.AppendLine();
        sb.AppendLine("| input | 256 KB | 512 KB | 1 MB | 1 MB / 256 KB time |");
        sb.AppendLine("|---|---|---|---|---|");
        foreach (var (name, unit) in Adversarial)
        {
            var times = new[] { 256, 512, 1024 }.Select(kb => Time(Repeat(unit, kb * 1024))).ToArray();
            sb.AppendLine(F($"| {name} | {times[0]:F0} ms | {times[1]:F0} ms | {times[2]:F0} ms | {times[2] / Math.Max(1, times[0]):F1}× (linear = 4×) |"));
        }
        sb.AppendLine();
        return sb.ToString();
    }

    static readonly (string Name, string Unit)[] Adversarial =
    [
        ("digits", "0123456789"),
        ("hyphens and slashes", "-/-/ -/ /- "),
        ("`số số số`", "số "),
        ("near-citations", "28 -CT/ 28- CT /TW số28-/ "),
        ("dates and numbers", "21/01/20219 4.922 98,44% ngày "),
        ("relation words", "thực hiện Chỉ thị số 28-CT/TW, "),
    ];

    static void Extract(string text) => Extractor.Extract(new ExtractionInput { Source = "bench", Text = text });

    static double Time(string text)
    {
        var sw = Stopwatch.StartNew();
        Extract(text);
        return sw.Elapsed.TotalMilliseconds;
    }

    static string Repeat(string unit, int chars)
    {
        var sb = new StringBuilder(chars + unit.Length);
        while (sb.Length < chars) sb.Append(unit);
        return sb.ToString(0, chars);
    }

    public static List<string> CorpusTexts()
    {
        var files = Directory.EnumerateFiles(Path.Combine(Workspace.Shared, "seeds"))
            .Concat(CorpusIngestor.CorpusFiles(Path.Combine(Workspace.Root, "corpus")));
        var texts = new List<string>();
        foreach (var file in files)
        {
            try { texts.Add(DocumentReaderRegistry.Default.Read(file).Text); }
            catch (DocumentReadException) { } // the corpus's deliberately broken files
        }
        return texts;
    }

    public static double GrepBaseline(List<string> texts, int rounds)
    {
        var path = Path.Combine(Path.GetTempPath(), "directives-bench-grep.txt");
        var all = string.Join('\n', texts);
        File.WriteAllText(path, string.Concat(Enumerable.Repeat(all + "\n", rounds)), new UTF8Encoding(false));
        var bytes = new FileInfo(path).Length;
        var psi = new ProcessStartInfo("grep", ["-oE", "[0-9]+ ?[-–/] ?[A-ZĐ][A-Za-zĐđ]* ?/ ?[A-ZĐ.Ư]+", path])
        { RedirectStandardOutput = true, UseShellExecute = false };
        var sw = Stopwatch.StartNew();
        using var p = Process.Start(psi)!;
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        sw.Stop();
        File.Delete(path);
        return bytes / 1e6 / sw.Elapsed.TotalSeconds;
    }

    static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
