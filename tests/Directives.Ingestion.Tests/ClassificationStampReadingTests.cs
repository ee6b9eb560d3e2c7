using Directives.Core.Documents;
using Directives.Ingestion.Readers;

namespace Directives.Ingestion.Tests;

/// <summary>A stamp repeated at the top of every PDF page is page furniture for the text, but still the document's stamp.</summary>
public sealed class ClassificationStampReadingTests
{
    [Fact]
    public void A_stamp_on_every_pdf_page_survives_furniture_removal_as_a_page_header()
    {
        string[][] pages =
        [
            ["TỐI MẬT", "KẾ HOẠCH", "về phương án bảo vệ khu vực biên giới năm 2022"],
            ["TỐI MẬT", "Ban Thường vụ Tỉnh ủy yêu cầu thực hiện nghiêm túc."],
            ["TỐI MẬT", "Nơi nhận: các huyện ủy."],
        ];
        var read = new PdfReader().Read(new MemoryStream(PdfFixture.TextPages(pages, furniture: false)), "a.pdf");
        Assert.Contains("TỐI MẬT", read.PageHeaders);
        Assert.Equal(Classification.Secret, ClassificationStamps.Recognize(read.Text, read.PageHeaders));
    }
}
