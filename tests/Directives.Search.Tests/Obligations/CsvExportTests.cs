using System.Text;
using Directives.Search.Obligations;
using Directives.Search.Obligations.Export;

namespace Directives.Search.Tests.Obligations;

public class CsvExportTests
{
    static Obligation Quoting(string sentence, double? value = null) => new()
    {
        Id = "kon-tum:x.txt~t|0-10", Kind = ObligationKinds.Target, Subject = sentence, Surface = sentence, Sentence = sentence,
        Start = 0, End = sentence.Length, Value = value,
        Document = new ObligationDocument { Id = "kon-tum:x.txt", Citation = "917-KH/TU", InCorpus = true },
    };

    [Theory]
    [InlineData("=HYPERLINK(\"http://x.invalid\",\"Bấm vào đây\")")]
    [InlineData("+84 đảng viên mới")]
    [InlineData("-1+1")]
    [InlineData("@SUM(A1:A9)")]
    [InlineData("\t=1+1")]
    public void A_cell_a_spreadsheet_would_run_is_written_as_text(string sentence)
    {
        var csv = Encoding.UTF8.GetString(CsvExport.Write([Quoting(sentence)]));
        var row = csv.Split("\r\n")[1];
        Assert.DoesNotContain("," + sentence, row, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"" + sentence, row, StringComparison.Ordinal);
        Assert.Contains("'" + sentence.Replace("\"", "\"\"", StringComparison.Ordinal), row, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_stay_numbers_and_plain_text_stays_as_written()
    {
        var csv = Encoding.UTF8.GetString(CsvExport.Write([Quoting("Kết nạp 500 đảng viên", -5)]));
        var row = csv.Split("\r\n")[1];
        Assert.Contains(",-5,", row, StringComparison.Ordinal);
        Assert.Contains(",Kết nạp 500 đảng viên,", row, StringComparison.Ordinal);
        Assert.DoesNotContain("'", row, StringComparison.Ordinal);
    }
}
