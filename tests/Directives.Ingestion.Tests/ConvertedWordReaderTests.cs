using Directives.Core.Extraction;
using Directives.Ingestion.External;
using Directives.Ingestion.Pipeline;
using Directives.Ingestion.Readers;

namespace Directives.Ingestion.Tests;

/// <summary>Word 97–2003, RTF and OpenDocument files the tests make from their own DOCX with LibreOffice (installed by test.sh).</summary>
public sealed class ConvertedWordReaderTests
{
    [Theory]
    [InlineData("doc", true)]
    [InlineData("rtf", false)]
    [InlineData("odt", false)]
    public void An_older_word_file_reads_as_the_docx_it_was_saved_from(string format, bool legacyFonts)
    {
        var source = LegacyFontFixture.Build(legacyFonts);
        // What an officer's older copy would be: the DOCX saved by LibreOffice as .doc, .rtf or .odt.
        var converted = LibreOfficeConverter.Convert(source, "plan.docx", format, CancellationToken.None);

        var original = Read(new DocxReader(), source, "plan.docx");
        var read = Read(new ConvertedWordReader(), converted, "plan." + format);

        Assert.Equal(format, read.Format);
        Assert.Equal(original.HeaderBlock, read.HeaderBlock);
        Assert.Equal(original.Footnotes.Select(f => f.Text), read.Footnotes.Select(f => f.Text));
        var want = Extractor.Extract(FileExtraction.InputFor(original, "plan.docx"));
        var got = Extractor.Extract(FileExtraction.InputFor(read, "plan." + format));
        Assert.True(want.References.Count >= 5);
        Assert.Equal(want.References.Select(r => (r.Citation, r.Date)), got.References.Select(r => (r.Citation, r.Date)));
        Assert.Equal((want.Document?.Citation, want.Document?.Date), (got.Document?.Citation, got.Document?.Date));
    }

    [Fact]
    public void Without_libreoffice_a_doc_fails_with_a_vietnamese_message_naming_the_package()
    {
        using var temp = new TempDirectory();
        var ex = Assert.Throws<DocumentReadException>(() => Read(new ConvertedWordReader(toolSearchPath: temp.Path), [0xD0, 0xCF, 0x11, 0xE0], "cu.doc"));
        Assert.Contains("libreoffice-writer-nogui", ex.Message, StringComparison.Ordinal);
        Assert.Contains("cần LibreOffice", ex.Message, StringComparison.Ordinal);
    }

    static ExtractedText Read(IDocumentReader reader, byte[] bytes, string name)
    {
        using var stream = new MemoryStream(bytes);
        return reader.Read(stream, name);
    }
}
