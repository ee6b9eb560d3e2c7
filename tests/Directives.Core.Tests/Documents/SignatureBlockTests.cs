using Directives.Core.Documents;

namespace Directives.Core.Tests.Documents;

/// <summary>Signature blocks as party documents print them (names and numbers invented).</summary>
public class SignatureBlockTests
{
    [Theory]
    [InlineData("Nơi nhận:\n- Ban Bí thư,\n- Lưu Văn phòng Tỉnh ủy.\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n(Đã ký)\nLâm Văn Tú", "Lâm Văn Tú", "PHÓ BÍ THƯ", "T/M BAN THƯỜNG VỤ")]
    [InlineData("- Lưu Văn phòng Tỉnh ủy. T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ (Đã ký) Lâm Văn Tú", "Lâm Văn Tú", "PHÓ BÍ THƯ", "T/M BAN THƯỜNG VỤ")]
    [InlineData("T/M TỈNH ỦY\nBÍ THƯ\n\nĐinh Thị Hạnh", "Đinh Thị Hạnh", "BÍ THƯ", "T/M TỈNH ỦY")]
    [InlineData("TM. BAN CHẤP HÀNH\nBÍ THƯ\n(đã ký)\nY Niê Kdăm", "Y Niê Kdăm", "BÍ THƯ", "TM. BAN CHẤP HÀNH")]
    [InlineData("K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nHoàng Minh Đức", "Hoàng Minh Đức", "PHÓ TRƯỞNG BAN", "K/T TRƯỞNG BAN")]
    [InlineData("TRƯỞNG BAN\n(Ký tên, đóng dấu)\nNguyễn Quốc Bảo", "Nguyễn Quốc Bảo", "TRƯỞNG BAN", null)]
    [InlineData("T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\nTrần Hữu Lộc", "Trần Hữu Lộc", "CHÁNH VĂN PHÒNG", "T/L BAN THƯỜNG VỤ")]
    public void The_signer_is_read_from_the_block(string text, string name, string title, string? onBehalfOf)
    {
        var signature = SignatureBlock.Read("KẾ HOẠCH\nthực hiện Chỉ thị số 12-CT/TW\n...\n" + text);
        Assert.NotNull(signature);
        Assert.Equal(name, signature.Name);
        Assert.Equal(title, signature.Title);
        Assert.Equal(onBehalfOf, signature.OnBehalfOf);
    }

    [Theory]
    [InlineData("Ban Thường vụ Tỉnh ủy giao đồng chí Bí thư chỉ đạo thực hiện kế hoạch này.")]
    [InlineData("Tin: Hồng Nhung\nẢnh: Minh Quân")]
    [InlineData("")]
    public void A_text_without_a_block_has_no_signer(string text) => Assert.Null(SignatureBlock.Read(text));
}
