using System.Text;
using System.Text.RegularExpressions;
using Directives.Ingestion.Readers;

namespace Directives.Ingestion.Tests;

/// <summary>The shared seed texts (real scraped documents) read through the registry.</summary>
public sealed partial class SeedTextTests
{
    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_reads_as_nfc_with_document_numbers(string fileName)
    {
        var result = DocumentReaderRegistry.Default.Read(Path.Combine(RepositoryPaths.Seeds, fileName));
        Assert.True(result.Text.IsNormalized(NormalizationForm.FormC));
        Assert.DoesNotContain('\r', result.Text);
        Assert.Matches(DocumentNumber(), result.Text);
        Assert.Equal("txt", result.Format);
        Assert.Empty(result.Warnings); // real Unicode text must never be "repaired"
    }

    [Fact]
    public void There_are_seeds() => Assert.NotEmpty(Seeds());

    [GeneratedRegex(@"\d+\s*[-–]\s*(?:CT|NQ|KH|KL|HD|QĐ|TB|QĐi|CTr)\s*/")]
    private static partial Regex DocumentNumber();
}
