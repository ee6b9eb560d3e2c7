using System.Text.Json;
using Directives.Core.References;
using Directives.Core.Tests.Seeds;
using Directives.Core.Text;

namespace Directives.Core.Tests.References;

/// <summary>The gold named references and short forms of the shared seeds (read at run time, never copied).</summary>
public class NamedSeedTests
{
    static string Key(string? s) => s is null ? "" :
        string.Join(' ', VietnameseText.Fold(VietnameseText.Normalize(s)).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    static string? Text(JsonElement e, string property) =>
        e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    [Fact]
    public void Every_gold_named_reference_is_found()
    {
        var missing = new List<string>();
        var checkedCount = 0;
        foreach (var (file, text, gold) in SeedCorpus.Files())
        {
            if (!gold.TryGetProperty("named", out var named) || named.ValueKind != JsonValueKind.Array) continue;
            var found = NamedReferenceScanner.Scan(text);
            foreach (var item in named.EnumerateArray())
            {
                checkedCount++;
                var (kind, name, term, resolved) = (Text(item, "kind"), Text(item, "name"), Text(item, "term"), Text(item, "resolved"));
                if (!found.Any(r => r.Kind == kind && Key(r.Name) == Key(name) && r.Term == term && r.Resolved == resolved))
                    missing.Add($"{file}: {kind} / {name} / {term} / {resolved} not found; found: " +
                                string.Join("; ", found.Select(r => $"{r.Kind} / {r.Name} / {r.Term} / {r.Resolved}")));
            }
        }
        Assert.True(checkedCount > 0, "The gold file lists no named references.");
        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void Every_gold_short_form_is_found()
    {
        var missing = new List<string>();
        var checkedCount = 0;
        foreach (var (file, text, gold) in SeedCorpus.Files())
        {
            if (!gold.TryGetProperty("short_forms", out var shorts) || shorts.ValueKind != JsonValueKind.Array) continue;
            var found = ShortFormScanner.Scan(text, ShortFormScannerTests.FullMentions(text));
            foreach (var item in shorts.EnumerateArray())
            {
                checkedCount++;
                var surface = item.ValueKind == JsonValueKind.String ? item.GetString() : Text(item, "surface");
                if (!found.Any(r => Key(r.Surface) == Key(surface)))
                    missing.Add($"{file}: short form {surface} not found; found: {string.Join(", ", found.Select(r => r.Surface))}");
            }
        }
        Assert.True(checkedCount > 0, "The gold file lists no short forms.");
        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void Seed_offsets_are_valid()
    {
        foreach (var (_, text, _) in SeedCorpus.Files())
            foreach (var r in NamedReferenceScanner.Scan(text).Concat(ShortFormScanner.Scan(text, ShortFormScannerTests.FullMentions(text))))
                Assert.Equal(text[r.Start..r.End], r.Surface);
    }
}
