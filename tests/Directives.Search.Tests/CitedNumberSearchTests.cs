using Directives.Ingestion.Pipeline;
using Directives.Ingestion.Readers;
using Directives.Search.Index;
using Directives.Search.Querying;

namespace Directives.Search.Tests;

/// <summary>A number written with another spelling of its issuer is found by its canonical form, through what the extractor read.</summary>
public sealed class CitedNumberSearchTests
{
    [Theory]
    [InlineData("Nội dung này đã được nêu tại Quyết định số 14 -QĐ/T.Ư ngày 05/3/2022 của Ban Bí thư.")]
    [InlineData("Thực hiện Quyết định số 14-QĐ/TƯ của Ban Bí thư, Ban Thường vụ Tỉnh ủy xây dựng kế hoạch.")]
    public void A_text_writing_the_issuer_as_T_U_is_found_by_the_number_with_TW(string sentence)
    {
        var dir = Path.Combine(Path.GetTempPath(), "directives-cited-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var file = Path.Combine(dir, "bao-cao.txt");
            File.WriteAllText(file, "Các cấp ủy tiếp tục quán triệt sâu sắc công tác cán bộ.\n\n" + sentence + "\n");
            var document = new DocumentProcessor(DocumentReaderRegistry.Default).Process(file, "tinh:bao-cao.txt", "h");
            Assert.Contains("14-QĐ/TW", document.Cites);
            using var index = new DocumentIndex(Path.Combine(dir, "index"));
            index.Upsert(document);
            index.Commit();
            foreach (var q in new[] { "14-QĐ/TW", "14 -QĐ/TW" })
                Assert.Equal(["tinh:bao-cao.txt"], index.Search(new SearchRequest { Query = q }).Hits.Select(h => h.Id));
            Assert.Empty(index.Search(new SearchRequest { Query = "15-QĐ/TW" }).Hits);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
