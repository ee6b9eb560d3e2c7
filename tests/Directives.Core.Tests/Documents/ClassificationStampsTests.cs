using Directives.Core.Documents;

namespace Directives.Core.Tests.Documents;

public class ClassificationStampsTests
{
    [Theory]
    [InlineData("MẬT", Classification.Confidential)]
    [InlineData("Mật", Classification.Confidential)]
    [InlineData("TỐI MẬT", Classification.Secret)]
    [InlineData("TUYỆT MẬT", Classification.TopSecret)]
    [InlineData("LƯU HÀNH NỘI BỘ", Classification.Internal)]
    [InlineData("Lưu hành nội bộ", Classification.Internal)]
    [InlineData("(Tài liệu lưu hành nội bộ)", Classification.Internal)]
    [InlineData("KHÔNG PHỔ BIẾN", Classification.Internal)]
    [InlineData("- MẬT -", Classification.Confidential)]
    [InlineData("[TỐI  MẬT]", Classification.Secret)]
    [InlineData("Độ mật: Tuyệt mật", Classification.TopSecret)]
    // The most letters a stamp has (segments with more are let go unread), in decomposed form too.
    [InlineData("ĐỘ MẬT: TÀI LIỆU LƯU HÀNH NỘI BỘ", Classification.Internal)]
    [InlineData("ĐỘ MẬT: TÀI LIỆU LƯU HÀNH NỘI BỘ", Classification.Internal)]
    // Decomposed (NFD) input reads as its NFC form.
    [InlineData("M\u0041\u0302\u0323T", Classification.Confidential)]
    public void A_stamp_segment_states_its_level(string segment, Classification expected)
        => Assert.Equal(expected, ClassificationStamps.Stamp(segment));

    [Theory]
    [InlineData("MẶT TRẬN")]              // the Front, not a stamp
    [InlineData("mặt")]                   // "face": folded it would read "mat"
    [InlineData("MẤT")]                   // "lost"
    [InlineData("bảo vệ bí mật nhà nước")]
    [InlineData("giữ bí mật")]
    [InlineData("Mật độ dân số")]
    [InlineData("KHÔNG PHỔ BIẾN RỘNG")]
    public void Other_words_are_no_stamp(string segment) => Assert.Null(ClassificationStamps.Stamp(segment));

    const string StampedPlan = """
        ĐẢNG BỘ TỈNH HÀ NAM                        ĐẢNG CỘNG SẢN VIỆT NAM
        TỈNH ỦY                                            TỐI MẬT
                *
        Số 417-KH/TU                           Hà Nam, ngày 09 tháng 3 năm 2021

                              KẾ HOẠCH
        về công tác bảo vệ chính trị nội bộ năm 2021
        -----
        Căn cứ Chỉ thị số 47-CT/TW ...
        """;

    [Fact]
    public void A_stamp_in_a_column_of_the_header_is_found()
        => Assert.Equal(Classification.Secret, ClassificationStamps.Recognize(StampedPlan));

    [Fact]
    public void The_strictest_of_several_stamps_wins()
        => Assert.Equal(Classification.TopSecret, ClassificationStamps.Recognize("LƯU HÀNH NỘI BỘ\nTUYỆT MẬT\nKẾ HOẠCH\nvề …"));

    [Fact]
    public void The_word_in_prose_classifies_nothing()
    {
        const string text = """
            ĐẢNG BỘ TỈNH HÀ NAM                        ĐẢNG CỘNG SẢN VIỆT NAM
            Số 418-KH/TU                           Hà Nam, ngày 10 tháng 3 năm 2021
            KẾ HOẠCH
            về tăng cường công tác bảo vệ bí mật nhà nước
            Các cơ quan phải giữ bí mật, không làm lộ tài liệu mật.
            """;
        Assert.Equal(Classification.Public, ClassificationStamps.Recognize(text));
    }

    [Fact]
    public void A_stamp_below_the_header_area_is_body_text()
    {
        var body = string.Join('\n', Enumerable.Range(1, ClassificationStamps.HeaderAreaLines).Select(i => $"Đoạn {i} của văn bản."));
        Assert.Equal(Classification.Public, ClassificationStamps.Recognize(body + "\nMẬT\n"));
    }

    [Fact]
    public void A_stamp_in_a_page_header_counts()
        => Assert.Equal(Classification.Confidential, ClassificationStamps.Recognize("KẾ HOẠCH\nvề …", ["MẬT"]));
}
