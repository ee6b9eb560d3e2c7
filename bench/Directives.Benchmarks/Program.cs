using Directives.Benchmarks;

// dotnet run -c Release --project bench/Directives.Benchmarks -- [extract] [graph] [--out docs/benchmarks.md]
if (args.Contains("suggest")) { Console.WriteLine(SuggestBenchmark.Run()); return; }
if (args.Contains("profile")) { StageProfile.Run(ExtractionBenchmark.CorpusTexts()); return; }
var outPath = args.SkipWhile(a => a != "--out").Skip(1).FirstOrDefault() ?? Path.Combine(Workspace.Root, "docs", "benchmarks.md");
var sections = new List<string>();
var all = !args.Any(a => !a.StartsWith("--", StringComparison.Ordinal) && a != outPath);
if (all || args.Contains("extract")) sections.Add(ExtractionBenchmark.Run());
if (all || args.Contains("graph")) sections.Add(GraphBenchmark.Run());
Report.Write(outPath, sections);
Console.WriteLine($"wrote {outPath}");
