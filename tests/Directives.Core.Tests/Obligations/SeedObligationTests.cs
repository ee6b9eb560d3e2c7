using System.Globalization;
using System.Text.Json;
using Directives.Core.Citations;
using Directives.Core.Extraction;
using Directives.Core.Obligations;
using Directives.Core.Tests.Seeds;

namespace Directives.Core.Tests.Obligations;

public class SeedObligationTests
{
    internal static IReadOnlyList<Reference> References(string text) =>
        CitationScanner.Scan(text).Select(m => new Reference
        {
            Category = ReferenceCategories.Party,
            Citation = m.Number.Canonical,
            Kind = m.Kind,
            Number = m.Number.Number,
            Code = m.Number.Code,
            Issuer = m.Number.Issuer,
            Surface = text.Substring(m.Start, m.Length),
            Start = m.Start,
            End = m.End,
        }).ToList();

    [Fact]
    public void Every_gold_target_is_found()
    {
        var missing = new List<string>();
        var checkedCount = 0;
        foreach (var (file, text, gold) in SeedCorpus.Files())
        {
            var found = TargetRecognizer.Find(text, References(text));
            foreach (var target in found) Assert.Equal(target.Surface, text[target.Start..target.End]);
            foreach (var expected in gold.GetProperty("targets").EnumerateArray())
            {
                checkedCount++;
                if (!found.Any(t => Matches(t, expected)))
                    missing.Add($"{file}: no target {expected}; found: {string.Join(" | ", found.Select(Describe))}");
            }
        }
        Assert.True(checkedCount > 0, "The gold file lists no targets.");
        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void Every_gold_result_is_found()
    {
        var missing = new List<string>();
        var checkedCount = 0;
        foreach (var (file, text, gold) in SeedCorpus.Files())
        {
            var found = ResultRecognizer.Find(text, References(text));
            foreach (var result in found) Assert.Equal(result.Surface, text[result.Start..result.End]);
            foreach (var expected in gold.GetProperty("results").EnumerateArray())
            {
                checkedCount++;
                if (!found.Any(r => Matches(r, expected)))
                    missing.Add($"{file}: no result {expected}; found: {string.Join(" | ", found.Select(Describe))}");
            }
        }
        Assert.True(checkedCount > 0, "The gold file lists no results.");
        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    static bool Matches(Target t, JsonElement e) =>
        t.Comparator == e.GetProperty("comparator").GetString()
        && Near(t.Value, e.GetProperty("value").GetDouble())
        && (!Has(e, "value_max") || (t.ValueMax is { } max && Near(max, e.GetProperty("value_max").GetDouble())))
        && (!Has(e, "unit") || t.Unit == e.GetProperty("unit").GetString())
        && (!Has(e, "deadline") || t.Deadline == e.GetProperty("deadline").GetInt32())
        && (!Has(e, "recurring") || t.Recurring == e.GetProperty("recurring").GetString())
        && (!Has(e, "source") || t.Source == e.GetProperty("source").GetString())
        && SubjectHas(t.Subject, e);

    static bool Matches(Result r, JsonElement e) =>
        Near(r.Value, e.GetProperty("value").GetDouble())
        && (!Has(e, "unit") || r.Unit == e.GetProperty("unit").GetString())
        && (!Has(e, "percent_of_target") || (r.PercentOfTarget is { } p && Near(p, e.GetProperty("percent_of_target").GetDouble())))
        && (!Has(e, "achieved") || r.Achieved == e.GetProperty("achieved").GetBoolean())
        && SubjectHas(r.Subject, e);

    static bool Has(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null;

    static bool Near(double a, double b) => Math.Abs(a - b) < 1e-6;

    static bool SubjectHas(string subject, JsonElement e) =>
        !e.TryGetProperty("subject_words", out var words)
        || words.EnumerateArray().All(w => subject.Contains(w.GetString()!, StringComparison.OrdinalIgnoreCase));

    static string Describe(Target t) => string.Create(CultureInfo.InvariantCulture,
        $"[{t.Comparator} {t.Value}{(t.ValueMax is null ? "" : "-" + t.ValueMax)} {t.Unit} by {t.Deadline} {t.Recurring} src={t.Source} '{t.Subject}']");

    static string Describe(Result r) => string.Create(CultureInfo.InvariantCulture,
        $"[{r.Value} {r.Unit} pot={r.PercentOfTarget} ach={r.Achieved} src={r.TargetSource} '{r.Subject}']");
}
