using Directives.Core.Citations;

namespace Directives.Core.Tests.Citations;

public class PartyNumberTests
{
    [Theory]
    [InlineData("35-CT/TW", "35-CT/TW")]
    [InlineData("35 -CT/TW", "35-CT/TW")]
    [InlineData("35- CT/TW", "35-CT/TW")]
    [InlineData("35 - CT/TW", "35-CT/TW")]
    [InlineData("35 CT/TW", "35-CT/TW")]
    [InlineData("35\u00A0-\u00A0CT/TW", "35-CT/TW")]           // non-breaking spaces
    [InlineData("Chỉ thị  số 35-CT/TW", "35-CT/TW")]          // double space after the type word
    [InlineData("Chỉ thị\u00A0số 35-CT/TW", "35-CT/TW")]
    [InlineData("27/ĐA/TU", "27-ĐA/TU")]                     // slash for hyphen
    [InlineData("Nghị quyết 07-NQ/TU", "07-NQ/TU")]          // no "số"
    [InlineData("số 07-NQ/TU", "07-NQ/TU")]
    [InlineData("SỐ 214-KH/TU", "214-KH/TU")]                // upper-case header
    [InlineData("Số: 214-KH/TU", "214-KH/TU")]
    [InlineData("số61-QĐ/TW", "61-QĐ/TW")]                   // glued to "số"
    [InlineData("91 – HD/BTCTW", "91-HD/BTCTW")]             // en dash with spaces
    [InlineData("16 — KL/TW", "16-KL/TW")]                   // em dash
    [InlineData("16 - KL/TW", "16-KL/TW")]
    [InlineData("7-NQ/TU", "07-NQ/TU")]                      // leading zero added
    [InlineData("09-CT/T.Ư", "09-CT/TW")]                    // older issuer spellings
    [InlineData("09-CT/TƯ", "09-CT/TW")]
    [InlineData("09-CT/T.W", "09-CT/TW")]
    [InlineData("12-QĐi/TW", "12-QĐi/TW")]
    [InlineData("12-QĐI/TW", "12-QĐi/TW")]
    [InlineData("44-CTr/TU", "44-CTr/TU")]
    [InlineData("44-CTR/TU", "44-CTr/TU")]
    [InlineData("05-TTr/ĐU", "05-TTr/ĐU")]
    [InlineData("18-NQ/ThU", "18-NQ/ThU")]
    [InlineData("18-NQ/thu", "18-NQ/ThU")]
    [InlineData("230-CV/TU", "230-CV/TU")]
    [InlineData("03-HDLT/BTCTW", "03-HDLT/BTCTW")]
    [InlineData("11-KH/BCĐTW", "11-KH/BCĐTW")]               // unknown issuer code is still a number
    [InlineData("35-ct/tw", "35-CT/TW")]                     // typed in lower case
    [InlineData("1024-CV/VPTU", "1024-CV/VPTU")]
    [InlineData("Chỉ thị số 35-CT/TW.", "35-CT/TW")]          // sentence end
    public void Parses_every_written_variant(string text, string canonical)
    {
        Assert.True(PartyNumber.TryParse(text, out var number), text);
        Assert.Equal(canonical, number.Canonical);
    }

    [Theory]
    [InlineData("22/2023/QH15")]
    [InlineData("30/2020/NĐ-CP")]
    [InlineData("1234/QĐ-TTg")]
    [InlineData("45/2019/NQ-HĐND")]
    [InlineData("21/01/2019")]
    [InlineData("604/3.174")]
    [InlineData("35")]
    [InlineData("Chỉ thị số 35")]
    [InlineData("CT/TW")]
    [InlineData("")]
    [InlineData("35-CT/TWvề")]                               // glued word: Scan reads it, TryParse wants the number alone
    [InlineData("Chỉ thị số 35-CT/TW của Ban Bí thư")]   // TryParse reads one number alone; Scan finds it in prose
    public void Rejects_what_is_not_one_party_number(string text)
        => Assert.False(PartyNumber.TryParse(text, out _));

    [Fact]
    public void Parts_are_canonical()
    {
        Assert.True(PartyNumber.TryParse("số 7 – qđi/t.ư", out var n));
        Assert.Equal(new PartyNumber(7, "QĐi", "TW"), n);
        Assert.Equal("07-QĐi/TW", n.Canonical);
    }
}
