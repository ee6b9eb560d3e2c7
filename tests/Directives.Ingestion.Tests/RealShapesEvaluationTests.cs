using Xunit.Abstractions;

namespace Directives.Ingestion.Tests;

/// <summary>
/// tests/real-shapes: texts written for issue 12 in the shapes real files take (chrome before headers, flattened
/// or one-line headers, body-only texts, `Căn cứ` lists, dates before numbers, damaged diacritics; docs/real-texts.md),
/// scored against tests/gold/real-shapes.json. Floors are issue 12's goals; raise them, never lower them.
/// </summary>
public class RealShapesEvaluationTests(ITestOutputHelper output)
{
    // name, precision floor, recall floor
    public static TheoryData<string, double, double> Floors => new()
    {
        { "own header", 0.95, 0.95 },
        { "numbered references", 0.98, 0.98 },
        { "reference dates", 0.95, 0.95 },
        { "named references", 0.90, 0.95 },
        { "relations", 0.90, 0.90 },
    };

    static readonly Lazy<GoldSet> Set = new(() => GoldSet.Read(Path.Combine("tests", "gold", "real-shapes.json"), Path.Combine("tests", "real-shapes")));

    [Theory]
    [MemberData(nameof(Floors))]
    public void Real_shape_scores_stay_at_or_above_issue_12_goals(string name, double precision, double recall) =>
        Set.Value.AssertFloor(name, precision, recall, output);

    [Fact]
    public void Every_gold_file_is_read() => Set.Value.AssertEveryFileRead(atLeast: 60);
}
