using Directives.Core.Extraction;
using Directives.Core.Relations;
using Directives.Core.Text;
using static Directives.Core.Tests.Relations.RelationTestText;

namespace Directives.Core.Tests.Relations;

public class RelationRecognizerTests
{
    // A document being described, a relation phrase, the document it points to.
    [Theory]
    [InlineData("Ban Thường vụ Huyện ủy ban hành Kế hoạch số 45-KH/HU ngày 12/3/2021 thực hiện Nghị quyết số 07-NQ/TU của Tỉnh ủy về phát triển du lịch.", "implements 45-KH/HU 07-NQ/TU")]
    [InlineData("Tỉnh ủy có Kế hoạch số 214-KH/TU nhằm thực hiện Chỉ thị số 35-CT/TW về đại hội đảng bộ các cấp.", "implements 214-KH/TU 35-CT/TW")]
    [InlineData("Chương trình hành động số 44-CTr/TU cụ thể hóa Nghị quyết số 18-NQ/TW.", "implements 44-CTr/TU 18-NQ/TW")]
    [InlineData("Chương trình hành động số 44-CTr/TU cụ thể hoá Nghị quyết số 18-NQ/TW.", "implements 44-CTr/TU 18-NQ/TW")]
    [InlineData("Tỉnh ủy ban hành Đề án số 27/ĐA/TU, ngày 03/9/2021 để triển khai Kết luận số 14-KL/TW của Bộ Chính trị.", "implements 27-ĐA/TU 14-KL/TW")]
    [InlineData("Đảng ủy ban hành Kế hoạch số 09-KH/ĐU về quán triệt, triển khai Nghị quyết số 21-NQ/TW.", "implements 09-KH/ĐU 21-NQ/TW")]
    [InlineData("Kế hoạch số 121-KH/TU “triển khai thực hiện Chỉ thị số 35-CT/TW của Ban Bí thư”.", "implements 121-KH/TU 35-CT/TW")]
    [InlineData("Kế hoạch số 56 -KH/HU thực hiện có hiệu quả Nghị quyết số 03 - NQ/TU.", "implements 56-KH/HU 03-NQ/TU")]
    [InlineData("Kế hoạch số 121-KH/TU thực hiện Chỉ thị số 35-CT/TW của Ban Bí thư và Kết luận số 14-KL/TW của Bộ Chính trị.", "implements 121-KH/TU 35-CT/TW|implements 121-KH/TU 14-KL/TW")]
    [InlineData("Kết luận số 16 - KL/TW, ngày 12/5/2022 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 09-NQ/TW.", "continues 16-KL/TW 09-NQ/TW")]
    [InlineData("Chỉ thị số 12-CT/TU tiếp tục triển khai thực hiện Chỉ thị số 03-CT/TU của Tỉnh ủy.", "continues 12-CT/TU 03-CT/TU")]
    [InlineData("Hướng dẫn số 91 – HD/BTCTW của Ban Tổ chức Trung ương hướng dẫn thực hiện Quy định số 130-QĐ/TW.", "guides 91-HD/BTCTW 130-QĐ/TW")]
    [InlineData("Hướng dẫn số 05-HD/BTCTU, ngày 02/6/2020 về thực hiện Kế hoạch số 214-KH/TU.", "guides 05-HD/BTCTU 214-KH/TU")]
    [InlineData("Hướng dẫn số 12-HD/VPTW hướng dẫn thi hành Quy định số 66-QĐ/TW.", "guides 12-HD/VPTW 66-QĐ/TW")]
    [InlineData("Báo cáo số 58-BC/ThU sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW.", "reviews 58-BC/ThU 05-CT/TW")]
    [InlineData("Báo cáo số 120-BC/TU đánh giá kết quả thực hiện Nghị quyết số 04-NQ/TW.", "reviews 120-BC/TU 04-NQ/TW")]
    [InlineData("Báo cáo số 77-BC/HU tổng kết 10 năm thực hiện Nghị quyết số 20-NQ/TU.", "reviews 77-BC/HU 20-NQ/TU")]
    [InlineData("Quy định số 25-QĐi/TU ngày 10/3/2023 của Ban Thường vụ Tỉnh ủy thay thế Quy định số 07-QĐi/TU.", "replaces 25-QĐi/TU 07-QĐi/TU")]
    [InlineData("Quy định số 08-QĐi/TU sửa đổi, bổ sung một số điều của Quy định số 31-QĐi/TU.", "amends 08-QĐi/TU 31-QĐi/TU")]
    [InlineData("Quyết định số 99-QĐ/TW bãi bỏ Quyết định số 48-QĐ/TW.", "repeals 99-QĐ/TW 48-QĐ/TW")]
    [InlineData("Quy định số 07-QĐi/TU được thay thế bởi Quy định số 25-QĐi/TU.", "replaces 25-QĐi/TU 07-QĐi/TU")]
    public void Third_party_relation_in_a_news_body(string sentence, string expected) =>
        Assert.Equal(expected, Describe(Find(NewsLead + sentence, news: true)));

    // A clause opening with the phrase, then the document issued for it.
    [Theory]
    [InlineData("Thực hiện Chỉ thị số 35-CT/TW, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 214-KH/TU để lãnh đạo, chỉ đạo.", "implements 214-KH/TU 35-CT/TW")]
    [InlineData("Căn cứ Quy định số 130-QĐ/TW, Ban Thường vụ Thành ủy ban hành Quy chế số 12-QC/ThU về giám sát.", "based_on 12-QC/ThU 130-QĐ/TW")]
    [InlineData("Để tiếp tục thực hiện Nghị quyết số 07-NQ/TU, Huyện ủy kịp thời ban hành Chương trình số 33-CTr/HU.", "continues 33-CTr/HU 07-NQ/TU")]
    [InlineData("Thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 14-KH/TU, ngày 20/7/2021.", "implements 14-KH/TU 01-KL/TW|continues 01-KL/TW 05-CT/TW")]
    public void Clause_opening_phrase_then_issued_document(string sentence, string expected) =>
        Assert.Equal(expected, Describe(Find(NewsLead + sentence, news: true)));

    // News texts: the article reviews a document when its headline or its own framing says so.
    [Theory]
    [InlineData("Kết quả 5 năm thực hiện Nghị quyết số 07-NQ/TU về phát triển du lịch\n\n08:30, 12/4/2021\nNội dung bài.", "reviews self 07-NQ/TU")]
    [InlineData("Kết quả thực hiện Chỉ thị 35-CT/TW ở Đảng bộ huyện\nNội dung bài.", "reviews self 35-CT/TW")]
    [InlineData(NewsLead + "Sau 5 năm triển khai thực hiện Chỉ thị 35-CT/TW, chất lượng sinh hoạt chi bộ được nâng lên.", "reviews self 35-CT/TW")]
    [InlineData(NewsLead + "Qua sơ kết 3 năm thực hiện Kết luận 14-KL/TW, các cấp ủy đã rút ra bài học.", "reviews self 14-KL/TW")]
    [InlineData(NewsLead + "Kết quả qua ba năm triển khai Nghị quyết 09-NQ/TU cho thấy nhiều chuyển biến.", "reviews self 09-NQ/TU")]
    [InlineData(NewsLead + "Sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW cho thấy phong trào lan tỏa.", "reviews self 05-CT/TW")]
    [InlineData(NewsLead + "Theo đánh giá của Ban Thường vụ, qua 4 năm lãnh đạo thực hiện Nghị quyết số 10-NQ/HU, kinh tế tăng trưởng khá.", "reviews self 10-NQ/HU")]
    [InlineData(NewsLead + "Qua gần 3 năm thực hiện Nghị quyết số 39-NQ/TW của Bộ Chính trị, toàn tỉnh đã giảm hơn 1.500 biên chế.", "reviews self 39-NQ/TW")]
    [InlineData(NewsLead + "Sau hơn nửa năm triển khai Kế hoạch số 121-KH/TU của Ban Thường vụ Tỉnh ủy, nhiều cấp ủy đã kiện toàn chi bộ.", "reviews self 121-KH/TU")]
    [InlineData(NewsLead + "Hơn một năm thực hiện Kế hoạch số 45-KH/HU của Ban Thường vụ Huyện ủy, công tác phát triển đảng viên có chuyển biến.", "reviews self 45-KH/HU")]
    [InlineData(NewsLead + "Kỷ niệm Ngày sinh của Bác, nhìn lại 2 năm thực hiện Kết luận số 01-KL/TW của Bộ Chính trị, phong trào có nhiều chuyển biến.", "reviews self 01-KL/TW")]
    public void News_text_reviews_what_it_says_it_reviews(string text, string expected) =>
        Assert.Equal(expected, Describe(Find(text, news: true)));

    // Party documents: the title and opening state the document's own relations.
    [Theory]
    [InlineData("TỈNH ỦY BẮC GIANG\nSố 214-KH/TU\nBắc Giang, ngày 12 tháng 5 năm 2021\nKẾ HOẠCH\nthực hiện Chỉ thị số 35-CT/TW của Ban Bí thư\n", "214-KH/TU", "implements self 35-CT/TW")]
    [InlineData("BAN TỔ CHỨC TỈNH ỦY\nSố 05-HD/BTCTU\nHƯỚNG DẪN\nthực hiện Quy định số 130-QĐ/TW\n", "05-HD/BTCTU", "guides self 130-QĐ/TW")]
    [InlineData("BAN TỔ CHỨC HUYỆN ỦY\nHƯỚNG DẪN\nthực hiện Quy định số 130-QĐ/TW\n", null, "guides self 130-QĐ/TW")]
    [InlineData("TỈNH ỦY\nSố 30-QĐi/TU\nQUY ĐỊNH\nvề công tác cán bộ\n- Căn cứ Điều lệ Đảng;\n- Căn cứ Quy định số 66-QĐ/TW ngày 06/02/2017 của Ban Chấp hành Trung ương,\n", "30-QĐi/TU", "based_on self 66-QĐ/TW")]
    [InlineData("HUYỆN ỦY\nKẾ HOẠCH\nTrên cơ sở Nghị quyết số 21-NQ/TW, Ban Thường vụ Huyện ủy xây dựng kế hoạch như sau\n", null, "based_on self 21-NQ/TW")]
    [InlineData("TỈNH ỦY\nSố 30-QĐi/TU\nQUY ĐỊNH\nQuy định này thay thế Quy định số 07-QĐi/TU ngày 12/5/2016.\n", "30-QĐi/TU", "replaces self 07-QĐi/TU")]
    [InlineData("TỈNH ỦY\nSố 214-KH/TU\nKẾ HOẠCH\nĐể cụ thể hóa Nghị quyết số 18-NQ/TW, Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch như sau:\n", "214-KH/TU", "implements self 18-NQ/TW")]
    [InlineData("TỈNH ỦY\nSố 45-BC/TU\nBÁO CÁO\nvề công tác cán bộ\nNội dung.\nNội dung.\nNội dung.\nNội dung.\nNội dung.\nNội dung.\nQua 5 năm triển khai thực hiện Chỉ thị số 12-CT/TU, tình hình có chuyển biến.\n", "45-BC/TU", "reviews self 12-CT/TU")]
    [InlineData("TỈNH ỦY\nSố 214-KH/TU\nKẾ HOẠCH\nKế hoạch số 214-KH/TU thực hiện Chỉ thị số 35-CT/TW được quán triệt đến chi bộ.\n", "214-KH/TU", "implements self 35-CT/TW")]
    [InlineData("HUYỆN ỦY\nSố 45-KH/HU\nKẾ HOẠCH\nthực hiện Kế hoạch số 121-KH/TU, ngày 08/4/2019 của Ban Thường vụ Tỉnh ủy về thực hiện Chỉ thị số 28-CT/TW của Ban Bí thư\n", "45-KH/HU", "implements self 121-KH/TU|implements 121-KH/TU 28-CT/TW")]
    [InlineData("TỈNH ỦY\nSố 14-KH/TU\nKẾ HOẠCH\nthực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW\n", "14-KH/TU", "implements self 01-KL/TW|continues 01-KL/TW 05-CT/TW")]
    [InlineData("BAN TỔ CHỨC TỈNH ỦY\nSố 08-HD/BTCTU\nHƯỚNG DẪN\nthực hiện Kế hoạch số 121-KH/TU, ngày 14/3/2019 của Ban Thường vụ Tỉnh ủy triển khai thực hiện Chỉ thị số 28-CT/TW\n", "08-HD/BTCTU", "guides self 121-KH/TU|implements 121-KH/TU 28-CT/TW")]
    [InlineData("TỈNH ỦY\nSố 214-KH/TU\nKẾ HOẠCH\nThực hiện Chỉ thị số 35-CT/TW của Ban Bí thư, triển khai Kết luận số 14-KL/TW của Bộ Chính trị, Ban Thường vụ Tỉnh ủy xây dựng kế hoạch\n", "214-KH/TU", "implements self 35-CT/TW|implements self 14-KL/TW")]
    [InlineData("TỈNH ỦY\nSố 38-KH/TU\nKẾ HOẠCH\nthực hiện Chỉ thị số 05-CT/TW\n-----\n1. Tạo chuyển biến; gắn với thực hiện Nghị quyết số 12-NQ/TW và nhiệm vụ chính trị.\n", "38-KH/TU", "implements self 05-CT/TW")]
    [InlineData("TỈNH ỦY\nSố 38-KH/TU\nKẾ HOẠCH\nthực hiện Chỉ thị số 05-CT/TW\n-----\n1. Học tập và làm theo Bác gắn chặt\nvới thực hiện Nghị quyết số 12-NQ/TW.\n", "38-KH/TU", "implements self 05-CT/TW")]
    [InlineData("TỈNH ỦY\nSố 512-BC/TU\nBÁO CÁO\nvề công tác cán bộ\n-----\nBan Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện Nghị quyết số 03-NQ/TU.\n", "512-BC/TU", "")]
    [InlineData("TỈNH ỦY\nSố 512-BC/TU\nBÁO CÁO\nvề công tác cán bộ\n-----\nViệc thực hiện Nghị quyết được kết hợp với Kế hoạch số 152-KH/TU,\nngày 10/7/2015 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số\n39-NQ/TW.\n", "512-BC/TU", "implements 152-KH/TU 39-NQ/TW")]
    [InlineData("TỈNH ỦY\nSố 276-BC/TU\nBÁO CÁO\nsơ kết 3 năm thực hiện Chỉ thị số 28-CT/TW\n-----\nThực hiện Kế hoạch số 121-KH/TU của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Tỉnh ủy báo cáo như sau:\n", "276-BC/TU", "reviews self 28-CT/TW")]
    [InlineData("TỈNH ỦY\nSố 03-NQ/TU\nNGHỊ QUYẾT\nvề phát triển đảng viên\n-----\nCăn cứ Nghị quyết số 39-NQ/TW, ngày 17/4/2015 của Bộ Chính trị về tinh giản biên chế; Chỉ thị số 28-CT/TW, ngày 21/01/2019 của Ban Bí thư; Hướng dẫn của Ban Tổ chức Trung ương; Kết luận số 21-KL/TW của Ban Chấp hành Trung ương, Tỉnh ủy ban hành Nghị quyết như sau:\nNội dung; Chỉ thị số 35-CT/TW được quán triệt.\n", "03-NQ/TU", "based_on self 39-NQ/TW|based_on self 28-CT/TW|based_on self 21-KL/TW")]
    [InlineData("TỈNH ỦY\nSố 121-KH/TU\nKẾ HOẠCH\nvề kết nạp đảng viên\n-----\nTrên cơ sở kết quả thực hiện Nghị quyết số 03-NQ/TU của Tỉnh ủy, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:\n", "121-KH/TU", "based_on self 03-NQ/TU")]
    public void Party_document_states_its_own_relations_in_its_opening(string text, string? self, string expected) =>
        Assert.Equal(expected, Describe(Find(text, news: false, self)));

    // Party documents: the closing article names the document itself.
    [Theory]
    [InlineData("Quy định này có hiệu lực kể từ ngày ký, thay thế Quy định số 07-QĐi/TU.", "replaces self 07-QĐi/TU")]
    [InlineData("Quy định số 07-QĐi/TU ngày 12/5/2016 hết hiệu lực kể từ ngày Quy định này có hiệu lực.", "repeals self 07-QĐi/TU")]
    [InlineData("Quyết định này bãi bỏ Quyết định số 48-QĐ/TU.", "repeals self 48-QĐ/TU")]
    [InlineData("Nghị quyết này sửa đổi, bổ sung Điều 3 Nghị quyết số 05-NQ/TU.", "amends self 05-NQ/TU")]
    [InlineData("Sau 5 năm thực hiện Chỉ thị số 12-CT/TU, tình hình có chuyển biến.", "")]
    public void Party_document_names_itself_in_its_closing(string sentence, string expected) =>
        Assert.Equal(expected, Describe(Find(PartyBody + sentence, news: false, "30-QĐi/TU")));

    const string PartyBody = "TỈNH ỦY\nSố 30-QĐi/TU\nQUY ĐỊNH\nvề công tác cán bộ\nChương I\nĐiều 1. Phạm vi\nNội dung.\nĐiều 2. Đối tượng\nNội dung.\n"
        + "Điều 3. Nguyên tắc\nNội dung.\nĐiều 4. Trách nhiệm\nNội dung.\nĐiều 5. Hiệu lực\n";
}
