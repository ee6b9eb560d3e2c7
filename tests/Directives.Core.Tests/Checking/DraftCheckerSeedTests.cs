using Directives.Core.Checking;
using Directives.Core.Extraction;
using Directives.Core.Tests.Seeds;

namespace Directives.Core.Tests.Checking;

/// <summary>
/// The five seeds checked as drafts against the authority file: the findings their real mistakes deserve (the year
/// 20219 of the Trà Vinh text, the issuer given to 39-NQ/TW in the Đắk Lắk text, the spacing slips in "28 -CT/TW"
/// and "28- CT/TW", the footnote total that does not add up) and no error or warning on any correct reference.
/// </summary>
public sealed class DraftCheckerSeedTests
{
    static CheckReport Check(string text, string file)
        => DraftChecker.Check(Extractor.Extract(new ExtractionInput { Source = file, Text = text }), text, new AuthorityLookup());

    static Dictionary<string, CheckReport> Reports() => SeedCorpus.Files().ToDictionary(f => f.File, f => Check(f.Text, f.File));

    static string SeedOf(Dictionary<string, CheckReport> reports, string organization) => reports.Single(r => r.Value.Organization == organization).Key;

    [Fact]
    public void The_real_mistakes_of_the_seeds_are_found()
    {
        var reports = Reports();
        var traVinh = reports[SeedOf(reports, "Tỉnh ủy Trà Vinh")].Findings;
        var date = Assert.Single(traVinh, f => f.Code == FindingCodes.ImpossibleDate);
        Assert.Equal("21/01/20219", date.Surface);
        Assert.Equal("21/01/2019", date.Suggestion);

        var dakLak = reports[SeedOf(reports, "Tỉnh ủy Đắk Lắk")].Findings;
        var body = Assert.Single(dakLak, f => f.Code == FindingCodes.BodyMismatch);
        Assert.Contains("39-NQ/TW", body.Surface, StringComparison.Ordinal);
        Assert.Contains("Bộ Chính trị", body.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_and_warnings_on_the_seeds_are_exactly_their_mistakes()
    {
        var reports = Reports();
        var serious = reports.SelectMany(r => r.Value.Findings.Where(f => f.Severity != Severities.Info).Select(f => (r.Value.Organization, f.Code, f.Surface)))
            .OrderBy(f => f.Organization, StringComparer.Ordinal).ThenBy(f => f.Code, StringComparer.Ordinal).ThenBy(f => f.Surface, StringComparer.Ordinal).ToList();
        Assert.Equal(
        [
            ("Tỉnh ủy Trà Vinh", FindingCodes.Arithmetic, "3.826"),
            ("Tỉnh ủy Trà Vinh", FindingCodes.ImpossibleDate, "21/01/20219"),
            ("Tỉnh ủy Trà Vinh", FindingCodes.InconsistentForm, "Chỉ thị số 28 -CT/TW của Ban Bí thư"),
            ("Tỉnh ủy Trà Vinh", FindingCodes.InconsistentForm, "Chỉ thị số 28- CT/TW của Ban Bí thư"),
            ("Tỉnh ủy Đắk Lắk", FindingCodes.BodyMismatch, "Nghị quyết số 39-NQ/TW của Ban Chấp hành Trung ương"),
        ], serious.Select(f => (f.Organization!, f.Code, f.Surface.Split(" đảng viên")[0])).ToList());
    }

    [Fact]
    public void Correct_central_references_resolve_with_their_canonical_form()
    {
        foreach (var report in Reports().Values)
            foreach (var r in report.References.Where(r => r.Reference.Issuer == "TW" && r.Findings.Count == 0 && r.Reference.Category == ReferenceCategories.Party))
            {
                Assert.Equal(ResolutionKinds.Placeholder, r.Resolution.Kind);
                Assert.StartsWith($"{r.Resolution.Document!.Kind} số {r.Reference.Citation}, ngày ", r.CanonicalFull, StringComparison.Ordinal);
            }
    }
}
