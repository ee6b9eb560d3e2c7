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
            ("fold", t => Directives.Core.Text.VietnameseText.Fold(t)),
            ("sentence index", t => SentenceIndex.For(t)),
            ("party refs+context", t => PartyReferences.Find(t, null)),
            ("dates", t => VietnameseDates.Find(t)),
            ("state law", t => StateReferenceScanner.Scan(t)),
            ("named", t => NamedReferenceScanner.Scan(t, AuthorityFile.Default)),
            ("short forms", t => ShortFormScanner.Scan(t, PartyReferences.Find(t, null))),
            ("relations", t => RelationRecognizer.Find(t, PartyReferences.Find(t, null), new RelationContext { IsNews = true })),
            ("organisation", t => OrganizationGuess.FromText(t)),
            ("tasks", t => TaskRecognizer.Find(t)),
            ("statute names", t => StatuteNameScanner.Scan(t)),
            ("state refs", t => StateReferences.Find(t)),
            ("targets", t => TargetRecognizer.Find(t, PartyReferences.Find(t, null))),
            ("results", t => ResultRecognizer.Find(t, PartyReferences.Find(t, null))),
            ("arithmetic", t => ArithmeticCheck.Find(t)),
            ("header read", t => HeaderRecognizer.Read(t)),
            ("body opening", t => BodyOpening.Find(t)),
            ("pin cites", t => PinCiteScanner.Attach(t, PartyReferences.Find(t, null))),
            ("relations, all references", t =>
            {
                var party = PartyReferences.Find(t, null);
                var all = party.Concat(StateReferences.Find(t)).Concat(StatuteNameScanner.Scan(t))
                    .Concat(NamedReferenceScanner.Scan(t, AuthorityFile.Default)).Concat(ShortFormScanner.Scan(t, party)).OrderBy(r => r.Start).ToList();
                RelationRecognizer.Find(t, all, new RelationContext { IsNews = true });
            }),
            ("anaphora", t => AnaphoraScanner.Scan(t, PartyReferences.Find(t, null))),
            ("all", t => Extractor.Extract(new ExtractionInput { Source = "x", Text = t })),
        };
        var bytes = texts.Sum(t => System.Text.Encoding.UTF8.GetByteCount(t));
        Console.WriteLine($"{texts.Count} texts, {bytes / 1e6:F2} MB UTF-8; load average {Report.LoadAverage()}");
        if (Environment.GetEnvironmentVariable("PROFILE_PER_TEXT") is { } which)
        {
            var stage = stages.First(s => s.Item1 == which).Item2;
            foreach (var t in texts) stage(t);
            foreach (var (t, k) in texts.Select((t, k) => (t, k)))
            {
                var w = Stopwatch.StartNew();
                for (var r = 0; r < 5; r++) stage(t);
                Console.WriteLine($"{k,3} {t.Length,8} chars {w.Elapsed.TotalMilliseconds / 5,8:F2} ms  {t[..Math.Min(60, t.Length)].ReplaceLineEndings(" ")}");
            }
            return;
        }
        if (Environment.GetEnvironmentVariable("PROFILE_PASSES") is not null)
        {
            var passes = new List<double>();
            for (var r = 0; r < 160; r++)
            {
                var w = Stopwatch.StartNew();
                foreach (var t in texts) Extractor.Extract(new ExtractionInput { Source = "x", Text = t });
                passes.Add(w.Elapsed.TotalMilliseconds);
                Console.Write($"{passes[^1]:F0} ");
            }
            var steady = passes.Skip(passes.Count - 20).Order().ToList();
            Console.WriteLine($"\nlast 20 passes: min {steady[0]:F1} ms ({bytes / 1e3 / steady[0]:F2} MB/s), median {steady[10]:F1} ms ({bytes / 1e3 / steady[10]:F2} MB/s)");
            return;
        }
        if (Environment.GetEnvironmentVariable("PROFILE_INCREMENTAL") is not null)
        {
            // Each stage timed right after a whole extraction of the same text, so that what extraction shares
            // between recognisers (the memoised citation scan, fold, sentence index, quantities) is already there,
            // as it is inside Extractor.Analyze: the figures add up to about the "all" line.
            var times = new double[stages.Length];
            for (var r = 0; r < 6; r++)
                foreach (var t in texts)
                    for (var s = 0; s < stages.Length; s++)
                    {
                        Extractor.Extract(new ExtractionInput { Source = "x", Text = t });
                        var w = Stopwatch.StartNew();
                        stages[s].Item2(t);
                        if (r > 0) times[s] += w.Elapsed.TotalMilliseconds / 5;
                    }
            for (var s = 0; s < stages.Length; s++)
                Console.WriteLine($"{stages[s].Item1,-26} {times[s],8:F2} ms per pass");
            // The same, on a copy of the text (another string, so nothing memoised for the text applies).
            double copies = 0;
            for (var r = 0; r < 6; r++)
                foreach (var t in texts)
                {
                    Extractor.Extract(new ExtractionInput { Source = "x", Text = t });
                    var copy = new string(t.AsSpan());
                    var w = Stopwatch.StartNew();
                    Extractor.Extract(new ExtractionInput { Source = "x", Text = copy });
                    if (r > 0) copies += w.Elapsed.TotalMilliseconds / 5;
                }
            Console.WriteLine($"{"all, on a copy",-26} {copies,8:F2} ms per pass");
            return;
        }
        foreach (var (name, stage) in stages)
        {
            foreach (var t in texts.Take(3)) stage(t);
            ExtractionBenchmark.WarmUp(texts, stage, 2); // every regex compiled, every path jitted and optimised
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var gcs = GC.CollectionCount(0);
            var sw = Stopwatch.StartNew();
            for (var r = 0; r < 5; r++) foreach (var t in texts) stage(t);
            var ms = sw.Elapsed.TotalMilliseconds / 5;
            var perPass = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 5;
            Console.WriteLine($"{name,-20} {ms,8:F1} ms per pass {bytes / 1e3 / ms,8:F2} MB/s  allocates {perPass / 1e6,7:F1} MB per pass ({perPass / (double)bytes,5:F0} B per input byte), {(GC.CollectionCount(0) - gcs) / 5.0:F0} gen0 GCs");
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
