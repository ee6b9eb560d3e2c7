using System.Globalization;
using System.Text.Json;
using Directives.Core.Evaluation;
using Directives.Core.Extraction;
using Directives.Ingestion.Pipeline;
using Spectre.Console;

namespace Directives.Cli;

/// <summary>`eval --gold FILE --texts DIR`: extract every file the gold names and score it.</summary>
static class EvalCommand
{
    public static int Run(string goldPath, string textsDir)
    {
        if (!File.Exists(goldPath)) return Fail($"gold file {goldPath} does not exist");
        if (!Directory.Exists(textsDir)) return Fail($"texts folder {textsDir} does not exist");
        JsonElement gold;
        try
        {
            gold = JsonDocument.Parse(File.ReadAllText(goldPath)).RootElement;
            if (!gold.TryGetProperty("files", out _)) return Fail($"{goldPath} has no \"files\" object");
        }
        catch (JsonException e)
        {
            return Fail($"{goldPath} is not valid JSON: {e.Message}");
        }

        var predictions = new Dictionary<string, ExtractionResult>();
        foreach (var file in gold.GetProperty("files").EnumerateObject())
            predictions[file.Name] = FileExtraction.FromFile(Path.Combine(textsDir, file.Name), file.Name);

        var scores = ExtractionEvaluator.Evaluate(gold, predictions);
        var table = new Table().AddColumns("", "precision", "recall", "F1", "hits", "misses", "false hits");
        foreach (var s in scores)
            table.AddRow(s.Name, F(s.Precision), F(s.Recall), F(s.F1), s.TruePositives.ToString(CultureInfo.InvariantCulture),
                s.Misses.Count.ToString(CultureInfo.InvariantCulture), s.FalseHits.Count.ToString(CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
        foreach (var s in scores)
        {
            foreach (var m in s.Misses) AnsiConsole.MarkupLineInterpolated($"[red]miss[/]      {s.Name}: {m}");
            foreach (var h in s.FalseHits) AnsiConsole.MarkupLineInterpolated($"[yellow]false hit[/] {s.Name}: {h}");
        }
        foreach (var (name, p) in predictions.Where(p => p.Value.Error is not null))
            AnsiConsole.MarkupLineInterpolated($"[red]error[/]     {name}: {p.Error}");
        return 0;
    }

    static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);

    static int Fail(string message)
    {
        Console.Error.WriteLine("error: " + message);
        return 2;
    }
}
