using System.Text;
using Directives.Ingestion.Readers;

namespace Directives.Ingestion.Tests;

public sealed class DocumentReaderRegistryTests
{
    [Theory]
    [InlineData("a.txt", typeof(TextFileReader))]
    [InlineData("B.TXT", typeof(TextFileReader))]
    [InlineData("c.html", typeof(HtmlReader))]
    [InlineData("c.HTM", typeof(HtmlReader))]
    [InlineData("d.Docx", typeof(DocxReader))]
    [InlineData("/x/y/e.pdf", typeof(PdfReader))]
    [InlineData("f.doc", typeof(ConvertedWordReader))]
    [InlineData("g.RTF", typeof(ConvertedWordReader))]
    [InlineData("h.odt", typeof(ConvertedWordReader))]
    public void Picks_reader_by_extension_ignoring_case(string path, Type reader) =>
        Assert.IsType(reader, DocumentReaderRegistry.Default.ForPath(path));

    [Theory]
    [InlineData("a.wpd")]
    [InlineData("a.xls")]
    [InlineData("README")]
    public void Unknown_extension_has_no_reader(string path) => Assert.Null(DocumentReaderRegistry.Default.ForPath(path));

    [Theory]
    [InlineData("random.docx", "random", "DOCX is corrupt: not a valid zip/OPC package")]
    [InlineData("truncated.docx", "truncated-zip", "DOCX is corrupt")]
    [InlineData("locked.docx", "ole-encrypted", "password-protected")]
    [InlineData("old.docx", "ole-doc", "old binary Word")]
    [InlineData("empty.pdf", "empty", "empty (0 bytes)")]
    [InlineData("empty.txt", "empty", "empty (0 bytes)")]
    [InlineData("blank.txt", "whitespace", "no text")]
    [InlineData("drawing.pdf", "rectangle-pdf", "PDF has no text layer and no scanned page images")]
    [InlineData("locked.pdf", "encrypted-pdf", "PDF is encrypted")]
    [InlineData("notes.wpd", "whitespace", "Unsupported file type '.wpd'")]
    public void Unreadable_files_fail_with_a_reason(string fileName, string content, string reason)
    {
        using var dir = new TempDirectory();
        var path = dir.Write(fileName, Bytes(content));
        var ex = Assert.Throws<DocumentReadException>(() => DocumentReaderRegistry.Default.Read(path));
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_real_file_through_the_registry()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("kh.docx", DocxFixture.Build());
        var result = DocumentReaderRegistry.Default.Read(path);
        Assert.StartsWith("ĐẢNG BỘ TỈNH TRÀ VINH\n", result.Text, StringComparison.Ordinal);
    }

    static byte[] Bytes(string content) => content switch
    {
        "random" => [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251))],
        "truncated-zip" => DocxFixture.Build()[..1500],
        "ole-encrypted" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504], .. Encoding.Unicode.GetBytes("EncryptionInfo"), .. new byte[64]],
        "ole-doc" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504], .. Encoding.Unicode.GetBytes("WordDocument"), .. new byte[64]],
        "empty" => [],
        "whitespace" => Encoding.UTF8.GetBytes(" \r\n\t \n"),
        "rectangle-pdf" => PdfFixture.RectangleOnly(),
        "encrypted-pdf" => PdfFixture.Encrypted(),
        _ => throw new ArgumentOutOfRangeException(nameof(content), content, null),
    };
}
