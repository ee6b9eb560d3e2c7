using Directives.Core.Citations;
using Directives.Core.Extraction;
using Directives.Core.Relations;
using Directives.Core.Tests.Seeds;
using Xunit.Abstractions;

namespace Directives.Core.Tests.Relations;

public class RelationSeedTests(ITestOutputHelper output)
{
    const int MaxExtrasPerSeed = 2;

    [Fact]
    public void Every_gold_relation_is_found_with_few_extras()
    {
        var problems = new List<string>();
        var expectedCount = 0;
        foreach (var (file, text, gold) in SeedCorpus.Files())
        {
            var references = CitationScanner.Scan(text)
                .Select(m => new Reference
                {
                    Citation = m.Number.Canonical, Kind = m.Kind, Surface = text[m.Start..m.End],
                    Start = m.Start, End = m.End, Category = ReferenceCategories.Party,
                })
                .ToList();
            var found = RelationRecognizer.Find(text, references, new RelationContext { IsNews = true });
            var matched = new HashSet<Relation>();
            foreach (var expected in gold.GetProperty("relations").EnumerateArray())
            {
                expectedCount++;
                var from = expected.GetProperty("from").GetString();
                var type = expected.GetProperty("type").GetString();
                var targets = new List<string?> { expected.GetProperty("to").GetString() };
                if (expected.TryGetProperty("alt_to", out var alt)) targets.AddRange(alt.EnumerateArray().Select(a => a.GetString()));
                var hit = found.FirstOrDefault(r => r.From == from && r.Type == type && targets.Contains(r.To));
                if (hit is null) problems.Add($"{file}: missing {from} {type} {string.Join(" or ", targets)}");
                else
                {
                    matched.Add(hit);
                    output.WriteLine($"{file}: found {hit.From} {hit.Type} {hit.To}");
                }
            }
            var extras = found.Where(r => !matched.Contains(r)).ToList();
            foreach (var extra in extras)
                output.WriteLine($"{file}: extra {extra.From} {extra.Type} {extra.To} — {extra.Evidence}");
            if (extras.Count > MaxExtrasPerSeed) problems.Add($"{file}: {extras.Count} extra relations (at most {MaxExtrasPerSeed})");
            foreach (var r in found)
                Assert.Equal(r.Evidence, text[r.Start..r.End]);
        }
        Assert.True(expectedCount > 0, "The gold file lists no relations.");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
