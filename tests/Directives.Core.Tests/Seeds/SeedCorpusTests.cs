using System.Globalization;
using System.Text.Json;
using Directives.Core.Citations;
using Directives.Core.Documents;

namespace Directives.Core.Tests.Seeds;

public class SeedCorpusTests
{
    [Fact]
    public void Scanner_finds_every_numbered_reference_in_the_gold()
    {
        var missing = new List<string>();
        var checkedCount = 0;
        foreach (var (file, text, gold) in SeedCorpus.Files())
        {
            var found = CitationScanner.Scan(text);
            foreach (var reference in gold.GetProperty("references").EnumerateArray())
            {
                if (reference.GetProperty("citation").GetString() is not { } citation) continue;
                checkedCount++;
                var kind = reference.TryGetProperty("kind", out var k) ? k.GetString() : null;
                var hits = found.Where(f => f.Number.Canonical == citation).ToList();
                if (hits.Count == 0) missing.Add($"{file}: {citation} not found");
                else if (kind is not null && hits.All(h => h.Kind != kind))
                    missing.Add($"{file}: {citation} found, but as {string.Join(", ", hits.Select(h => h.Kind).Distinct())}, not {kind}");
            }
        }
        Assert.True(checkedCount > 0, "The gold file lists no numbered references.");
        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void News_head_gives_the_gold_publication_date()
    {
        var wrong = new List<string>();
        foreach (var (file, text, gold) in SeedCorpus.Files())
        {
            var expected = gold.GetProperty("published") is { ValueKind: JsonValueKind.String } p
                ? DateOnly.ParseExact(p.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : (DateOnly?)null;
            var actual = NewsHeadRecognizer.Recognize(text).Published;
            if (actual != expected) wrong.Add($"{file}: expected {expected?.ToString("O") ?? "null"}, got {actual?.ToString("O") ?? "null"}");
        }
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public void Seed_news_articles_have_no_document_header()
    {
        foreach (var (file, text, _) in SeedCorpus.Files())
            Assert.True(HeaderRecognizer.Recognize(text) is null, $"{file} is a news article, yet a header was recognised.");
    }
}
