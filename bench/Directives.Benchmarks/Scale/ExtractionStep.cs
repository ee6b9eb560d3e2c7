using System.Diagnostics;
using System.Text;
using Directives.Benchmarks.Corpus;
using Directives.Core.Extraction;

namespace Directives.Benchmarks.Scale;

/// <summary>
/// Extraction alone on one core over generated texts (MB/s, against grep finding just the numbers), and its accuracy
/// against the generator's ground truth: party references (precision/recall on canonical numbers, the document's own
/// number excluded) and the planted edges (type and target).
/// </summary>
public static class ExtractionStep
{
    public sealed record Accuracy(int Documents, long Bytes, double Seconds, int Planted, int Found, int Correct, int Edges, int EdgesFound, int EdgesExtracted, int EdgesCorrect)
    {
        public double Precision => Found == 0 ? 1 : Correct / (double)Found;
        public double Recall => Planted == 0 ? 1 : Correct / (double)Planted;
        public double EdgePrecision => EdgesExtracted == 0 ? 1 : EdgesCorrect / (double)EdgesExtracted;
        public double EdgeRecall => Edges == 0 ? 1 : EdgesFound / (double)Edges;
        public double MbPerSecond => Bytes / 1e6 / Seconds;
    }

    public static void Run(ScaleContext ctx)
    {
        var a = Measure(ctx.Seed, Math.Min(ctx.Size, ctx.Quick ? 300 : 2000), ctx.Options);
        ctx.Set("extract.ours.mb_s", a.MbPerSecond);
        ctx.Set("extract.refs.precision", a.Precision);
        ctx.Set("extract.refs.recall", a.Recall);
        ctx.Set("extract.edges.precision", a.EdgePrecision);
        ctx.Set("extract.edges.recall", a.EdgeRecall);
        ctx.Set("extract.documents", a.Documents);
        var texts = new Generator(ctx.Seed, ctx.Options).Generate(a.Documents).Select(d => d.Text).ToList();
        ctx.Set("extract.grep.mb_s", ExtractionBenchmark.GrepBaseline(texts, 3));
    }

    /// <summary>Generates <paramref name="documents"/> texts, extracts each on this thread, compares with the truth.</summary>
    public static Accuracy Measure(int seed, int documents, GeneratorOptions? options = null)
    {
        var docs = new Generator(seed, options).Generate(documents).ToList();
        ExtractionBenchmark.WarmUp(docs, d => Extract(d.Text));
        int planted = 0, found = 0, correct = 0, edges = 0, edgesFound = 0, edgesExtracted = 0, edgesCorrect = 0;
        long bytes = 0;
        var seconds = 0.0;
        foreach (var d in docs)
        {
            bytes += Encoding.UTF8.GetByteCount(d.Text);
            var start = Stopwatch.GetTimestamp();
            var result = Extract(d.Text);
            seconds += Stopwatch.GetElapsedTime(start).TotalSeconds;

            var expected = d.References.Select(r => r.Citation).Where(c => c != d.Citation).ToHashSet(StringComparer.Ordinal);
            var got = result.References.Where(r => r.Category == ReferenceCategories.Party && r.Citation is not null && r.Citation != d.Citation)
                .Select(r => r.Citation!).ToHashSet(StringComparer.Ordinal);
            planted += expected.Count;
            found += got.Count;
            correct += got.Count(expected.Contains);

            var relations = result.Relations.Where(r => r.From == RelationTypes.Self && r.Type != RelationTypes.Cites)
                .Select(r => (r.Type, r.To)).ToHashSet();
            var wanted = d.Edges.Select(e => (e.Type, e.To)).ToHashSet();
            edges += wanted.Count;
            edgesFound += wanted.Count(relations.Contains);
            edgesExtracted += relations.Count;
            edgesCorrect += relations.Count(wanted.Contains);
        }
        return new Accuracy(docs.Count, bytes, seconds, planted, found, correct, edges, edgesFound, edgesExtracted, edgesCorrect);
    }

    static ExtractionResult Extract(string text) => Extractor.Extract(new ExtractionInput { Source = "bench.txt", Text = text });
}
