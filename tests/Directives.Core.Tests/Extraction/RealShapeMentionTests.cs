using Directives.Core.Extraction;

namespace Directives.Core.Tests.Extraction;

/// <summary>
/// Mentions in the shapes real texts write them (domain.md §8): dates before the number and after the body, damaged
/// day words, party numbers written the state way, numbers without an issuer code, bare type words that point back.
/// </summary>
public class RealShapeMentionTests
{
    static ExtractionResult Extract(string text) => Extractor.Extract(new ExtractionInput { Source = "t.txt", Text = text });

    static Reference Mention(string text, string citation) =>
        Extract(text).References.First(r => r.Citation == citation || r.Name == citation);

    [Theory]
    [InlineData("Ngày 14-6-2021, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 30-KH/TU về thực hiện Nghị quyết.", "30-KH/TU", "2021-06-14")]
    [InlineData("Ngày 27 tháng 5 năm 2022, đồng chí Phó Bí thư Thường trực đã ký ban hành Công văn số 1127-CV/HU về đại hội.", "1127-CV/HU", "2022-05-27")]
    [InlineData("theo Chỉ thị số 05-CT/TW của Bộ Chính trị ngày 15/5/2016 về học tập", "05-CT/TW", "2016-05-15")]
    [InlineData("Nghị quyết số 04-NQ/TU, ngàỵ 11/5/2017 của Ban Chấp hành Đảng bộ tỉnh", "04-NQ/TU", "2017-05-11")]
    [InlineData("Quy định số 22-QĐi/TU ngày14 tháng 3 năm 2019 của Ban Thường vụ", "22-QĐi/TU", "2019-03-14")]
    [InlineData("Quy dinh so 08-QDi/TW ngay 25/10/2018 cua Ban Chap hanh Trung uong", "08-QĐi/TW", "2018-10-25")]
    [InlineData("Chỉ thị số 17-CT/TU của Ban Thường vụ Thành ủy về phòng, chống dịch, vừa được đồng chí Bí thư ký ban hành ngày 01/9/2021.", "17-CT/TU", "2021-09-01")]
    [InlineData("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;", "30/2020/NĐ-CP", "2020-03-05")]
    public void Reads_the_mentions_date(string text, string citation, string date) => Assert.Equal(date, Mention(text, citation).Date);

    [Theory]
    [InlineData("Tháng 3/2019, Huyện ủy đã ban hành Chỉ thị số 17-CT/HU về dân vận.", "17-CT/HU")]          // a month is no day
    [InlineData("Ngày 12/9/2020, Tỉnh ủy tổ chức hội nghị tổng kết Chỉ thị số 35-CT/TW.", "35-CT/TW")]        // the day of a meeting
    [InlineData("Kết luận số 93-KL/TW của Ban Bí thư\nNgày 04/5/2021, Huyện ủy có Công văn số 418-CV/HU.", "93-KL/TW")] // the next line's day
    public void Leaves_a_mention_undated(string text, string citation) => Assert.Null(Mention(text, citation).Date);

    [Theory]
    [InlineData("Thực hiện Chỉ thị số 22/CT-TW ngày 23/01/2018 của Ban Bí thư", "22-CT/TW")]
    [InlineData("Quyết định số 217/QĐ-TW ngày 12/12/2013 của Bộ Chính trị", "217-QĐ/TW")]
    [InlineData("theo Chỉ thị số 37/TW của Bộ Chính trị", "37-CT/TW")]
    public void Reads_a_party_number_written_the_state_way(string text, string citation)
    {
        var result = Extract(text);
        var r = Assert.Single(result.References, x => x.Citation == citation);
        Assert.Equal("party", r.Category);
        Assert.Contains(r.Warnings, w => w.Contains("read as", StringComparison.Ordinal));
        Assert.DoesNotContain(result.References, x => x.Category == "state");
    }

    [Theory]
    [InlineData("Thực hiện Kế hoạch số 174 của Tỉnh ủy về tổng kết công tác dân vận,", "Kế hoạch", 174, "Tỉnh ủy")]
    [InlineData("theo Chỉ thị 17 của Ban Thường vụ Tỉnh ủy Yên Bái về dư luận xã hội", "Chỉ thị", 17, "Ban Thường vụ Tỉnh ủy")]
    [InlineData("giãn cách theo Chỉ thị 16 của Thủ tướng từ ngày 24/7/2021", "Chỉ thị", 16, "Thủ tướng")]
    [InlineData("Thông báo Kết luận số 159-TB của Bộ Chính trị về văn kiện", "Thông báo", 159, "Bộ Chính trị")]
    public void A_number_without_issuer_code_is_a_reference_of_its_own(string text, string kind, int number, string body)
    {
        var r = Assert.Single(Extract(text).References, x => x.Number == number);
        Assert.Equal(("named", kind, body, $"{kind} số {number}"), (r.Category, r.Kind, r.Body, r.Name));
        Assert.Null(r.Citation);
    }

    [Fact]
    public void A_bare_type_word_after_a_verb_points_back_to_the_document_of_its_kind()
    {
        var result = Extract("BÁO CÁO sơ kết Nghị quyết số 04-NQ/ĐU.\nBan Thường vụ Đảng ủy đã xây dựng Kế hoạch số 19-KH/ĐU, ngày 03/5/2021 để triển khai thực hiện Nghị quyết; các chi bộ xây dựng chương trình.");
        Assert.Contains(result.References, r => r is { Category: "short", Surface: "Nghị quyết", Resolved: "04-NQ/ĐU" });
        Assert.Contains(result.Relations, r => (r.From, r.Type, r.To) == ("19-KH/ĐU", "implements", "04-NQ/ĐU"));
    }
}
