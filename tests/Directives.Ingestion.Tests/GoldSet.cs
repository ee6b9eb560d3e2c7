using System.Globalization;
using System.Text.Json;
using Directives.Core.Evaluation;
using Directives.Core.Extraction;
using Directives.Ingestion.Pipeline;
using Xunit.Abstractions;

namespace Directives.Ingestion.Tests;

/// <summary>A gold file and the texts it describes, read through the readers and scored once per test class.</summary>
internal sealed class GoldSet
{
    GoldSet(JsonElement gold, Dictionary<string, ExtractionResult> predictions)
    {
        Predictions = predictions;
        Gold = gold;
        Scores = ExtractionEvaluator.Evaluate(gold, predictions);
    }

    public JsonElement Gold { get; }
    public IReadOnlyDictionary<string, ExtractionResult> Predictions { get; }
    public IReadOnlyList<Score> Scores { get; }

    /// <param name="goldPath">Gold file, relative to the repository root.</param>
    /// <param name="textsDir">Folder of the texts the gold keys name, relative to the repository root.</param>
    public static GoldSet Read(string goldPath, string textsDir)
    {
        var root = RepositoryPaths.Root;
        var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, goldPath))).RootElement;
        var texts = Path.Combine(root, textsDir);
        var predictions = new Dictionary<string, ExtractionResult>();
        foreach (var file in gold.GetProperty("files").EnumerateObject())
            predictions[file.Name] = FileExtraction.FromFile(Path.Combine(texts, file.Name), file.Name);
        return new GoldSet(gold, predictions);
    }

    public void AssertFloor(string name, double precision, double recall, ITestOutputHelper output)
    {
        var score = Scores.Single(s => s.Name == name);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: precision {score.Precision:0.000}, recall {score.Recall:0.000}, {score.TruePositives} hits"));
        foreach (var miss in score.Misses) output.WriteLine("miss      " + miss);
        foreach (var hit in score.FalseHits) output.WriteLine("false hit " + hit);
        Assert.True(score.Precision >= precision, $"{name} precision {score.Precision:0.000} < {precision}");
        Assert.True(score.Recall >= recall, $"{name} recall {score.Recall:0.000} < {recall}");
    }

    public void AssertEveryFileRead(int atLeast)
    {
        Assert.True(Gold.GetProperty("files").EnumerateObject().Count() >= atLeast);
        Assert.All(Predictions, p => Assert.Null(p.Value.Error));
    }
}
