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
    [InlineData("random.docx", "random", "docx_corrupt", "DOCX hỏng: không phải gói zip/OPC hợp lệ")]
    [InlineData("truncated.docx", "truncated-zip", "docx_corrupt", "DOCX hỏng")]
    [InlineData("locked.docx", "ole-encrypted", "docx_encrypted", "mật khẩu")]
    [InlineData("old.docx", "ole-doc", "docx_legacy_doc", "Word cũ (.doc)")]
    [InlineData("empty.pdf", "empty", "file_empty", "rỗng (0 byte)")]
    [InlineData("empty.txt", "empty", "file_empty", "rỗng (0 byte)")]
    [InlineData("blank.txt", "whitespace", "no_text", "không có chữ")]
    [InlineData("scan.pdf", "rectangle-pdf", "pdf_no_text_layer", "PDF không có lớp chữ (bản quét chỉ có ảnh)")]
    [InlineData("locked.pdf", "encrypted-pdf", "pdf_encrypted", "PDF có mật khẩu")]
    [InlineData("notes.wpd", "whitespace", "unsupported_type", "Không hỗ trợ định dạng '.wpd'")]
    public void Unreadable_files_fail_with_a_code_and_a_reason(string fileName, string content, string code, string reason)
    {
        using var dir = new TempDirectory();
        var path = dir.Write(fileName, Bytes(content));
        var ex = Assert.Throws<DocumentReadException>(() => DocumentReaderRegistry.Default.Read(path));
        Assert.Equal(code, ex.Code);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(dir.Path, ex.Message, StringComparison.Ordinal);
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
