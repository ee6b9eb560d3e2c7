using Directives.Ingestion.Readers;

namespace Directives.Ingestion.Tests;

public sealed class DocxReaderTests
{
    static readonly ExtractedText Result = new DocxReader().Read(new MemoryStream(DocxFixture.Build()), "kh.docx");

    [Fact]
    public void Body_and_tables_come_in_reading_order() =>
        Assert.Equal(DocxFixture.ExpectedText.ReplaceLineEndings("\n"), Result.Text);

    [Fact]
    public void Header_table_lines_left_column_first()
    {
        Assert.Equal(
            ["ĐẢNG BỘ TỈNH TRÀ VINH", "TỈNH ỦY", "*", "Số 121-KH/TU", "ĐẢNG CỘNG SẢN VIỆT NAM", "Trà Vinh, ngày 08 tháng 4 năm 2019"],
            Result.HeaderBlock);
    }

    [Fact]
    public void Footnote_is_kept_and_linked_to_its_marker()
    {
        var note = Assert.Single(Result.Footnotes);
        Assert.Equal("1", note.Marker);
        Assert.Equal(DocxFixture.FootnoteText, note.Text);
        Assert.NotNull(note.Offset);
        Assert.Equal("28-CT/TW[1],", Result.Text.Substring(note.Offset!.Value - 8, 12));
    }

    [Theory]
    [InlineData("đến năm 2018")]   // tracked deletion
    [InlineData("chuyển đi")]      // move source
    [InlineData("PAGE")]           // field instruction
    [InlineData("HYPERLINK")]
    [InlineData("https://")]
    public void Deleted_moved_and_field_code_text_is_absent(string text) =>
        Assert.DoesNotContain(text, Result.Text, StringComparison.Ordinal);

    [Fact]
    public void Title_comes_from_core_properties()
    {
        Assert.Equal("Kế hoạch thực hiện Chỉ thị 28-CT/TW", Result.Title);
        Assert.Equal("docx", Result.Format);
    }

    [Fact]
    public void Endnotes_symbols_and_plain_tables()
    {
        var bytes = DocxFixture.WithEndnote(
            "Văn kiện Đại hội XII.",
            DocxFixture.DataTable(["Chỉ tiêu", "Kết quả"], ["Kết nạp đảng viên", "120"]),
            new DocumentFormat.OpenXml.Wordprocessing.Paragraph(
                new DocumentFormat.OpenXml.Wordprocessing.Run(DocxFixture.T("Theo Nghị quyết")),
                new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.EndnoteReference { Id = 1 }),
                new DocumentFormat.OpenXml.Wordprocessing.Run(DocxFixture.T(" đạt "), new DocumentFormat.OpenXml.Wordprocessing.SymbolChar { Font = "Symbol", Char = "F0B3" }, DocxFixture.T(" 90%"))));
        var result = new DocxReader().Read(new MemoryStream(bytes), "b.docx");
        Assert.Equal("Chỉ tiêu\nKết quả\nKết nạp đảng viên\n120\nTheo Nghị quyết[i] đạt ≥ 90%", result.Text);
        Assert.Empty(result.HeaderBlock);
        var note = Assert.Single(result.Footnotes);
        Assert.Equal(("i", "Văn kiện Đại hội XII."), (note.Marker, note.Text));
        Assert.Equal("[i]", result.Text.Substring(note.Offset!.Value, 3));
    }
}
