using System.Diagnostics;
using Directives.Core.Authority;
using Directives.Core.Citations;
using Directives.Core.Dates;
using Directives.Core.Documents;
using Directives.Core.Extraction;
using Directives.Core.Obligations;
using Directives.Core.Organizations;
using Directives.Core.References;
using Directives.Core.Relations;
using Directives.Core.StateLaw;

namespace Directives.Benchmarks;

/// <summary>Time per recogniser over the same texts, to see where extraction spends its time.</summary>
static class StageProfile
{
    public static void Run(IReadOnlyList<string> texts)
    {
        var stages = new (string, Action<string>)[]
        {
            ("header", t => HeaderRecognizer.Recognize(t)),
            ("news head", t => NewsHeadRecognizer.Recognize(t)),
            ("citations", t => CitationScanner.Scan(t)),
            ("party refs+context", t => PartyReferences.Find(t, null)),
            ("dates", t => VietnameseDates.Find(t)),
            ("state law", t => StateReferenceScanner.Scan(t)),
            ("named", t => NamedReferenceScanner.Scan(t, AuthorityFile.Default)),
            ("short forms", t => ShortFormScanner.Scan(t, PartyReferences.Find(t, null))),
            ("relations", t => RelationRecognizer.Find(t, PartyReferences.Find(t, null), new RelationContext { IsNews = true })),
            ("organisation", t => OrganizationGuess.FromText(t)),
            ("tasks", t => TaskRecognizer.Find(t)),
            ("all", t => Extractor.Extract(new ExtractionInput { Source = "x", Text = t })),
        };
        var bytes = texts.Sum(t => System.Text.Encoding.UTF8.GetByteCount(t));
        Console.WriteLine($"{texts.Count} texts, {bytes / 1e6:F2} MB UTF-8; load average {Report.LoadAverage()}");
        foreach (var (name, stage) in stages)
        {
            foreach (var t in texts.Take(3)) stage(t);
            var sw = Stopwatch.StartNew();
            for (var r = 0; r < 5; r++) foreach (var t in texts) stage(t);
            var ms = sw.Elapsed.TotalMilliseconds / 5;
            Console.WriteLine($"{name,-20} {ms,8:F1} ms per pass {bytes / 1e3 / ms,8:F2} MB/s");
        }
    }

    public static void Loop(IReadOnlyList<string> texts, TimeSpan duration)
    {
        var sw = Stopwatch.StartNew();
        var passes = 0;
        while (sw.Elapsed < duration)
        {
            foreach (var t in texts) Extractor.Extract(new ExtractionInput { Source = "x", Text = t });
            passes++;
        }
        Console.WriteLine($"{passes} passes in {sw.Elapsed.TotalSeconds:F1} s");
    }
}
