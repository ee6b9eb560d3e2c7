using System.Text.Json;

namespace Directives.Api.Tests;

public sealed class IngestStatusApiTests(SeededApi api) : IClassFixture<SeededApi>
{
    [Fact]
    public void Every_file_is_accounted_for()
    {
        var s = api.IngestStatus;
        Assert.Equal(s.GetProperty("filesSeen").GetInt32(),
            s.GetProperty("indexed").GetInt32() + s.GetProperty("skipped").GetInt32() + s.GetProperty("failed").GetInt32());
        Assert.True(s.GetProperty("indexed").GetInt32() >= 45);
    }

    [Theory]
    [InlineData(".docx", "corrupt")]
    [InlineData(".pdf", "encrypted")]
    public void Bad_sample_files_are_reported_with_a_reason(string extension, string reasonWord)
    {
        var failures = api.IngestStatus.GetProperty("failures").EnumerateArray()
            .Select(f => (Path: f.GetProperty("path").GetString()!, Reason: f.GetProperty("reason").GetString()!))
            .ToList();
        Assert.Contains(failures, f => f.Path.EndsWith(extension, StringComparison.Ordinal)
                                       && f.Reason.Contains(reasonWord, StringComparison.OrdinalIgnoreCase));
    }
}
