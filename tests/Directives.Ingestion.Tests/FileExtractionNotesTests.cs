using Directives.Ingestion.Pipeline;
using Directives.Ingestion.Readers;

namespace Directives.Ingestion.Tests;

/// <summary>Notes a reader keeps apart reach the extractor as "[n] …" lines after the body.</summary>
public class FileExtractionNotesTests
{
    [Theory]
    [InlineData("Thực hiện Kết luận số 01-KL/TW[1].", "1", "Theo Kế hoạch số 19-KH/TU, ngày 10/8/2016.", "Thực hiện Kết luận số 01-KL/TW[1].\n[1] Theo Kế hoạch số 19-KH/TU, ngày 10/8/2016.")]
    [InlineData("Theo Nghị quyết[i] đạt 90%", "i", " Văn kiện Đại hội XII. ", "Theo Nghị quyết[i] đạt 90%\n[i] Văn kiện Đại hội XII.")]
    [InlineData("Nội dung([1]).\n([1]) Số liệu của Ban Tuyên giáo.", "1", "Số liệu của Ban Tuyên giáo.", "Nội dung([1]).\n([1]) Số liệu của Ban Tuyên giáo.")]
    [InlineData("Không có chú thích.", "1", "", "Không có chú thích.")]
    public void Notes_follow_the_body(string text, string marker, string note, string expected)
    {
        var extracted = new ExtractedText { Text = text, Format = "docx", Footnotes = [new Footnote(marker, note, 0)] };
        Assert.Equal(expected, FileExtraction.WithNotes(extracted));
        Assert.Equal(expected, FileExtraction.InputFor(extracted, "a.docx").Text);
    }
}
