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
    [InlineData(".docx", "docx_corrupt", "hỏng")]
    [InlineData(".pdf", "pdf_encrypted", "mật khẩu")]
    public void Bad_sample_files_are_reported_with_a_code_and_a_reason(string extension, string code, string reasonWord)
    {
        var failures = api.IngestStatus.GetProperty("failures").EnumerateArray()
            .Select(f => (Path: f.GetProperty("path").GetString()!, Code: f.GetProperty("code").GetString()!, Reason: f.GetProperty("reason").GetString()!))
            .ToList();
        Assert.Contains(failures, f => f.Path.EndsWith(extension, StringComparison.Ordinal) && f.Code == code
                                       && f.Reason.Contains(reasonWord, StringComparison.Ordinal));
    }
}
