using System.Diagnostics;
using Directives.Benchmarks.Corpus;
using Directives.Testing;

namespace Directives.Benchmarks.Scale;

/// <summary>
/// One sized run: generate (or reuse) the corpus, then each step in turn. A step is a name and a method over the
/// shared <see cref="ScaleContext"/>; add one to <see cref="Steps"/> to add a benchmark, choose with <c>--only</c>.
/// A failing step is reported and the others still run.
/// </summary>
public static class ScaleRun
{
    public static readonly IReadOnlyList<(string Name, Action<ScaleContext> Run)> Steps =
    [
        ("answers", ctx =>
        {
            var r = AnswerCheck.Run(ctx.Work, ctx.Seed, Math.Min(ctx.Size, AnswerCheck.Documents), ctx.Quick ? 250 : 1000);
            ctx.Set("answers.queries", r.Queries);
            ctx.Set("answers.ours_wrong", r.OursWrong);
            ctx.Set("answers.fts5_wrong", r.FtsWrong);
            foreach (var c in r.Categories)
            {
                ctx.Set($"answers.{c.Category.Replace(' ', '_')}.queries", c.Queries);
                ctx.Set($"answers.{c.Category.Replace(' ', '_')}.ours_wrong", c.OursWrong);
                ctx.Set($"answers.{c.Category.Replace(' ', '_')}.fts5_wrong", c.FtsWrong);
            }
            ctx.Note("answers.fts5_examples", string.Join(" · ", r.FtsExamples));
            ctx.Note("answers.ours_examples", string.Join(" · ", r.OurExamples));
        }),
        ("ingest", IngestStep.Run),
        ("search", SearchStep.Run),
        ("graph", GraphStep.Run),
        ("extract", ExtractionStep.Run),
        ("files", FilesStep.Run),
        ("http", HttpStep.Run),
    ];

    public static SizeResult Run(int size, int seed, bool quick, string dataRoot, GeneratorOptions options, IReadOnlySet<string>? only, TimeSpan? ingestBudget = null, int? fillChars = null, int queries = 1000,
        Action<SizeResult>? afterStep = null)
    {
        var work = Path.Combine(dataRoot, $"run-{size}");
        Directory.CreateDirectory(work);
        var result = new SizeResult { Documents = size, Run = $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC" };
        var ctx = new ScaleContext
        {
            Size = size, Seed = seed, Quick = quick, Work = work, Options = options, Result = result, IngestBudget = ingestBudget, FillChars = fillChars, Queries = queries,
            Corpus = new CorpusFiles(Path.Combine(dataRoot, $"corpus-{size}-{seed}{(options.MaxChars < 20000 ? "-short" : "")}"), size, seed),
        };
        var binaryCap = quick ? 20 : 300;
        ctx.Note("load", Report.LoadAverage());
        Console.WriteLine($"generating {size:N0} documents into {ctx.Corpus.Root}");
        var sw = Stopwatch.StartNew();
        ctx.Generated = ctx.Corpus.Write(options, binaryCap, RepositoryPaths.DejaVuSans);
        ctx.Set("generate.seconds", ctx.Generated.Seconds);
        ctx.Set("generate.text_mb", ctx.Generated.TextBytes / 1e6);
        ctx.Set("generate.docx", ctx.Generated.Docx);
        ctx.Set("generate.pdf", ctx.Generated.Pdf);
        ctx.Note("corpus", options.MaxChars < 20000 ? $"short documents ({options.MinChars}–{options.MaxChars} characters)" : $"documents of {options.MinChars / 1000}–{options.MaxChars / 1000} KB");

        foreach (var (name, step) in Steps)
        {
            if (only is not null && !only.Contains(name)) continue;
            Console.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {name}");
            var stepTime = Stopwatch.StartNew();
            try { step(ctx); }
            catch (Exception e)
            {
                ctx.Note($"{name}.error", e.GetType().Name + ": " + e.Message);
                Console.WriteLine(e);
            }
            ctx.Set($"step.{name}.seconds", stepTime.Elapsed.TotalSeconds);
            afterStep?.Invoke(result); // figures survive a run stopped before its last step
        }
        ctx.Set("run.seconds", sw.Elapsed.TotalSeconds);
        return result;
    }
}
