using System.Globalization;
using Directives.Benchmarks;
using Directives.Benchmarks.Corpus;
using Directives.Benchmarks.Scale;

// dotnet run -c Release --project bench/Directives.Benchmarks -- --size 100000 [--short] [--only ingest,search] [--seed 7]
//     [--ingest-budget MINUTES] [--fill-chars N] [--queries N]   (what the 1M run on a 2-core machine can afford)
//                                                             -- --quick          (1,000 documents, under 2 minutes)
//                                                             -- extract | graph | suggest | profile   (corpus-independent benchmarks)
//                                                             -- --report         (rewrite docs/benchmarks.md from docs/benchmarks.json)
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var options = Options.Parse(args);
// `profile --generated N`: N generated documents instead of the seeds and the sample corpus.
IReadOnlyList<string> ProfileTexts() => options.Generated is { } generated
    ? new Directives.Benchmarks.Corpus.Generator(7).Generate(generated).Select(d => Directives.Core.Text.VietnameseText.Normalize(d.Text)).ToList()
    : ExtractionBenchmark.CorpusTexts();
if (options.Commands.Contains("profile")) { StageProfile.Run(ProfileTexts()); return; }
if (options.Commands.Contains("extract-snapshot"))
{
    ExtractionSnapshot.Write(args.SkipWhile(a => a != "extract-snapshot").Skip(1).First(), options.Generated ?? 2000);
    return;
}
// Search alone in a loop over an index a scale run built, for a sampling profiler: search-loop --size 100000
if (options.Commands.Contains("search-loop"))
{
    SearchStep.Loop(Path.Combine(options.DataRoot, $"run-{options.Size ?? 100_000}", "index"), options.Seed, options.Size ?? 100_000, options.Queries, TimeSpan.FromSeconds(20));
    return;
}
// Merge a scale run's index down to N segments (for search-loop): merge-index --size 100000 --segments 2
if (options.Commands.Contains("merge-index"))
{
    var segments = int.Parse(args.SkipWhile(a => a != "--segments").Skip(1).First(), CultureInfo.InvariantCulture);
    var sw = System.Diagnostics.Stopwatch.StartNew();
    using (var directory = Lucene.Net.Store.FSDirectory.Open(Path.Combine(options.DataRoot, $"run-{options.Size ?? 100_000}", "index")))
    using (var writer = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(
        Directives.Search.Analysis.VietnameseAnalyzer.Version, new Directives.Search.Analysis.VietnameseAnalyzer(fold: false))))
        writer.ForceMerge(segments); // disposing commits
    Console.WriteLine($"merged to {segments} segments in {sw.Elapsed.TotalSeconds:F1} s");
    return;
}
// Lucene's indexing alone, on documents extracted once: index-loop --size 20000 --queries 3000
if (options.Commands.Contains("index-loop"))
{
    IndexLoop.Run(Path.Combine(options.DataRoot, $"corpus-{options.Size ?? 20_000}-{options.Seed}", "text"), options.Queries);
    return;
}
// Extraction alone in a loop, for a sampling profiler to attach to: dotnet-trace collect -- dotnet <bench>.dll extract-loop
if (options.Commands.Contains("extract-loop")) { StageProfile.Loop(ProfileTexts(), TimeSpan.FromSeconds(15)); return; }

var results = Results.Load(options.ResultsPath);
// Each section is stored right after it ran, on a fresh copy of the figures: another run may have saved meanwhile.
void SaveSection(string key, string markdown)
{
    results = Results.Load(options.ResultsPath);
    results.Sections[key] = markdown;
    results.Save(options.ResultsPath);
}
if (options.Commands.Contains("extract")) SaveSection("extract", ExtractionBenchmark.Run());
if (options.Commands.Contains("suggest")) SaveSection("suggest", SuggestBenchmark.Run());
if (options.Commands.Contains("graph"))
{
    var graphDocuments = options.GraphDocuments ?? 100_000;
    SaveSection(graphDocuments == 100_000 ? "graph" : $"graph-{graphDocuments}", GraphBenchmark.Run(graphDocuments));
}
if (options.Size is { } size)
{
    var generator = options.Short ? GeneratorOptions.Short : new GeneratorOptions();
    var key = options.Quick ? "quick" : size.ToString(CultureInfo.InvariantCulture);
    var started = Results.Load(options.ResultsPath).Sizes.GetValueOrDefault(key);
    void Save(SizeResult result)
    {
        results = Results.Load(options.ResultsPath); // another run may have written meanwhile
        // A partial run (--only) updates the figures it measured and keeps the size's others.
        if (options.Only is not null && started is not null)
        {
            var merged = new SizeResult { Documents = started.Documents, Run = started.Run + $"; {string.Join(',', options.Only)} {result.Run}",
                Metrics = new(started.Metrics), Notes = new(started.Notes) };
            foreach (var (k, v) in result.Metrics) merged.Metrics[k] = v;
            foreach (var (k, v) in result.Notes) merged.Notes[k] = v;
            results.Sizes[key] = merged;
        }
        else results.Sizes[key] = result;
        results.Save(options.ResultsPath);
        Report.Write(options.OutPath, results);
    }
    ScaleRun.Run(size, options.Seed, options.Quick, options.DataRoot, generator, options.Only, options.IngestBudget, options.FillChars, options.Queries, Save);
}
results = Results.Load(options.ResultsPath);
Report.Write(options.OutPath, results);
Console.WriteLine($"wrote {options.OutPath} and {options.ResultsPath}");

sealed record Options(int? Size, bool Quick, bool Short, int Seed, string DataRoot, string OutPath, string ResultsPath,
    IReadOnlySet<string>? Only, IReadOnlySet<string> Commands, TimeSpan? IngestBudget, int? FillChars, int Queries, int? GraphDocuments,
    int? Generated)
{
    public static Options Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var quick = args.Contains("--quick");
        var size = quick ? 1000 : Value("--size") is { } s ? int.Parse(s.Replace("_", ""), CultureInfo.InvariantCulture) : (int?)null;
        var docs = Path.Combine(Workspace.Root, "docs");
        var valued = new[] { "--size", "--seed", "--data", "--out", "--results", "--only", "--ingest-budget", "--fill-chars", "--queries", "--graph-documents", "--generated", "--segments" };
        var commands = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !valued.Contains(args[i - 1]))).ToHashSet();
        if (size is null && commands.Count == 0 && !args.Contains("--report")) commands = ["extract", "graph"];
        return new Options(size, quick, args.Contains("--short"), int.Parse(Value("--seed") ?? "7", CultureInfo.InvariantCulture),
            Value("--data") ?? Path.Combine(Path.GetDirectoryName(Workspace.Root)!, "benchdata"),
            Value("--out") ?? Path.Combine(docs, "benchmarks.md"), Value("--results") ?? Path.Combine(docs, "benchmarks.json"),
            Value("--only")?.Split(',').ToHashSet(), commands,
            Value("--ingest-budget") is { } m ? TimeSpan.FromMinutes(double.Parse(m, CultureInfo.InvariantCulture)) : null,
            Value("--fill-chars") is { } c ? int.Parse(c, CultureInfo.InvariantCulture) : null,
            int.Parse(Value("--queries") ?? "1000", CultureInfo.InvariantCulture),
            Value("--graph-documents") is { } g ? int.Parse(g, CultureInfo.InvariantCulture) : null,
            Value("--generated") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : null);
    }
}
