using System.Text.Json;
using Directives.Core.Evaluation;
using Directives.Core.Extraction;
using Directives.Core.Tests.Seeds;
using Xunit.Abstractions;

namespace Directives.Core.Tests.Extraction;

/// <summary>The extractor scored against ../shared/gold/seeds.json, as `eval` does.</summary>
public class SeedEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Seeds_score_perfectly_on_numbered_references_and_find_every_named_reference_and_relation()
    {
        var predictions = SeedCorpus.Files().ToDictionary(f => f.File, f => Extractor.Extract(new ExtractionInput { Source = f.File, Text = f.Text }));
        var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(SeedCorpus.SharedDirectory(), "gold", "seeds.json"))).RootElement;

        var scores = ExtractionEvaluator.Evaluate(gold, predictions).ToDictionary(s => s.Name);
        foreach (var s in scores.Values)
        {
            output.WriteLine($"{s.Name}: P {s.Precision:0.000} R {s.Recall:0.000}");
            foreach (var m in s.Misses) output.WriteLine("  miss " + m);
            foreach (var h in s.FalseHits) output.WriteLine("  false hit " + h);
        }

        Assert.Equal((1.0, 1.0), (scores["numbered references"].Precision, scores["numbered references"].Recall));
        Assert.Equal(1.0, scores["reference dates"].Recall);
        Assert.Equal(1.0, scores["named references"].Recall);
        Assert.Equal(1.0, scores["relations"].Recall);
        Assert.Equal(1.0, scores["published dates"].Recall);
    }

    [Fact]
    public void The_mistyped_year_is_read_and_warned_about_never_dropped()
    {
        var seed = SeedCorpus.Files().Single(f => f.Text.Contains("20219", StringComparison.Ordinal));
        var result = Extractor.Extract(new ExtractionInput { Source = seed.File, Text = seed.Text });
        var typo = result.References.First(r => r.Surface.Contains("20219", StringComparison.Ordinal));
        Assert.Equal("2019-01-21", typo.Date);
        Assert.Contains(typo.Warnings, w => w.Contains("20219", StringComparison.Ordinal));
    }
}
