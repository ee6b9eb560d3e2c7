using System.Text;
using Directives.Ingestion.Pipeline;
using Directives.Ingestion.Readers;
using Directives.Testing.Hostile;

namespace Directives.Ingestion.Tests;

/// <summary>The limits at their defaults stop the probe's own files; time limits stop a reader that never ends.</summary>
public sealed class ReadLimitsTests
{
    sealed class StuckReader(bool honoursCancellation) : IDocumentReader
    {
        public IReadOnlyCollection<string> Extensions { get; } = [".txt"];

        public ExtractedText Read(Stream stream, string fileName, CancellationToken cancellationToken = default)
        {
            using var never = new ManualResetEventSlim();
            if (honoursCancellation) never.Wait(cancellationToken);
            else never.Wait(TimeSpan.FromSeconds(30), CancellationToken.None);
            return new ExtractedText { Text = "không bao giờ tới", Format = "txt" };
        }
    }

    static byte[] DeepDivs(int depth) => Encoding.UTF8.GetBytes("<html><body>" + RawDocx.Nested("<div>", "</div>", depth, "Tin bài") + "</body></html>");

    [Fact]
    public void The_probes_100000_nested_divs_are_refused_by_default_before_parsing()
    {
        var ex = Assert.Throws<DocumentReadException>(() => DocumentReaderRegistry.Default.Read(new MemoryStream(DeepDivs(100_000)), "div.html"));
        Assert.Equal("html_nesting_too_deep", ex.Code);
        Assert.Contains("Directives:Limits:MaxHtmlDepth", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_that_passes_the_depth_limit_still_has_a_parse_time_budget()
    {
        var readers = DocumentReaderRegistry.WithLimits(ReadLimits.Default with { MaxHtmlDepth = 1_000_000, HtmlParseBudget = TimeSpan.FromMilliseconds(50) });
        var ex = Assert.Throws<DocumentReadException>(() => readers.Read(new MemoryStream(DeepDivs(100_000)), "div.html"));
        Assert.Equal("html_parse_timeout", ex.Code);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_reader_that_never_ends_times_out_and_the_caller_goes_on(bool honoursCancellation)
    {
        var limits = ReadLimits.Default with { FileTimeout = TimeSpan.FromMilliseconds(200) };
        var readers = new DocumentReaderRegistry([new StuckReader(honoursCancellation)], limits);
        var ex = Assert.Throws<DocumentReadException>(() => readers.Read(new MemoryStream("văn bản"u8.ToArray()), "a.txt"));
        Assert.Equal("read_timeout", ex.Code);
    }

    [Fact]
    public void Text_past_the_limit_is_cut_at_a_line_end_with_a_warning()
    {
        var good = HostileCatalogue.Good.Single(g => g.Name == "good-long.txt");
        var text = DocumentReaderRegistry.WithLimits(HostileCatalogue.Limits).Read(new MemoryStream(good.Bytes), good.Name);
        Assert.InRange(text.Text.Length, HostileCatalogue.Limits.MaxTextChars / 2, HostileCatalogue.Limits.MaxTextChars);
        Assert.EndsWith("kế hoạch này.", text.Text, StringComparison.Ordinal);
        Assert.Contains(text.Warnings, w => w.Contains("Directives:Limits:MaxTextChars", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_opened()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "lon.txt");
        using (var sparse = File.Create(path)) sparse.SetLength(ReadLimits.Default.MaxFileBytes + 1);
        var ex = Assert.Throws<DocumentReadException>(() => DocumentReaderRegistry.Default.Read(path));
        Assert.Equal("file_too_large", ex.Code);
    }

    [Theory]
    [InlineData("a:b.txt", "a%3Ab.txt")]
    [InlineData("a/b.txt", "a:b.txt")]
    [InlineData("x/50%:y.docx", "x:50%25%3Ay.docx")]
    public void Ids_keep_every_path_apart(string relative, string id) =>
        Assert.Equal(id, DocumentIds.FromPath("/kho", Path.Combine("/kho", relative)));
}
