using System.Text;
using Directives.Ingestion.Readers;

namespace Directives.Ingestion.Tests;

public sealed class TextFileReaderTests
{
    const string Sentence =
        "Đảng bộ tỉnh thực hiện Nghị quyết số 03-NQ/TU và Chỉ thị số 28-CT/TW của Ban Bí thư về công tác xây dựng Đảng, " +
        "nâng cao chất lượng tổ chức cơ sở đảng; Chương trình hành động của Ban Thường vụ Tỉnh ủy được triển khai.";

    static TextFileReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    static ExtractedText Read(byte[] bytes) => new TextFileReader().Read(new MemoryStream(bytes), "a.txt");

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    public void Unicode_encodings_read_back_without_warning(string encoding)
    {
        byte[] bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(Sentence),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Sentence)],
            "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Sentence)],
            _ => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Sentence)],
        };
        var result = Read(bytes);
        Assert.Equal(Sentence, result.Text);
        Assert.Empty(result.Warnings);
        Assert.Equal("txt", result.Format);
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Utf16_without_a_byte_order_mark_is_recognised(string encoding)
    {
        var result = Read((encoding == "utf-16le" ? Encoding.Unicode : Encoding.BigEndianUnicode).GetBytes(Sentence));
        Assert.Equal(Sentence, result.Text);
        Assert.Contains(result.Warnings, w => w.Contains("UTF-16", StringComparison.Ordinal));
    }

    [Fact]
    public void Invalid_utf8_bytes_are_replaced_and_the_rest_kept_not_redecoded_as_a_legacy_encoding()
    {
        // A lead byte without its continuation (0xC3 before '('), and a byte UTF-8 never uses (0xFF).
        var result = Read([.. Encoding.UTF8.GetBytes(Sentence[..20]), 0xC3, .. Encoding.UTF8.GetBytes("(" + Sentence[20..]), 0xFF]);
        Assert.Equal(Sentence[..20] + "\uFFFD(" + Sentence[20..] + "\uFFFD", result.Text);
        Assert.Contains("Nghị quyết số 03-NQ/TU", result.Text, StringComparison.Ordinal);
        Assert.Equal(2, result.Text.Count(c => c == '\uFFFD'));
        Assert.Contains(result.Warnings, w => w.Contains("UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public void Decomposed_utf8_comes_back_nfc_with_lf_line_ends()
    {
        var result = Read(Encoding.UTF8.GetBytes(Sentence.Normalize(NormalizationForm.FormD) + "\r\nDòng hai\u00A0cuối"));
        Assert.Equal(Sentence + "\nDòng hai cuối", result.Text);
    }

    [Theory]
    [InlineData("windows-1258", "Windows-1258")]
    [InlineData("tcvn3", "TCVN3 (ABC)")]
    [InlineData("vni", "VNI-Windows")]
    public void Legacy_8bit_bytes_are_detected_and_converted(string encoding, string expectedName)
    {
        var cp1252 = Encoding.GetEncoding(1252);
        var bytes = encoding switch
        {
            "windows-1258" => Encoding.GetEncoding(1258).GetBytes(Cp1258Form(Sentence)),
            "tcvn3" => cp1252.GetBytes(VietnameseLegacyEncoding.Tcvn3.Encode(Sentence)),
            _ => cp1252.GetBytes(VietnameseLegacyEncoding.Vni.Encode(Sentence)),
        };
        var result = Read(bytes);
        Assert.Equal(Sentence, result.Text);
        Assert.Contains(result.Warnings, w => w.Contains(expectedName, StringComparison.Ordinal) && w.Contains("converted", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ch¬ng tr×nh hµnh ®éng", "Chương trình hành động")]          // TCVN3 shown as Windows-1252, soft hyphen (ư) lost
    [InlineData("Ch\u00AD¬ng tr×nh cña Ban Th\u00ADêng vô", "Chương trình của Ban Thường vụ")]
    [InlineData("Ñaûng boä tænh thöïc hieän Nghò quyeát", "Đảng bộ tỉnh thực hiện Nghị quyết")] // VNI shown as Windows-1252
    public void Utf8_text_that_is_legacy_garbage_is_repaired(string garbage, string expected)
    {
        var result = Read(Encoding.UTF8.GetBytes(garbage));
        Assert.Equal(expected, result.Text);
        Assert.Single(result.Warnings);
    }

    [Theory]
    [InlineData("tcvn3")]
    [InlineData("vni")]
    public void Legacy_text_saved_as_utf8_is_repaired(string encoding)
    {
        var legacy = encoding == "tcvn3" ? VietnameseLegacyEncoding.Tcvn3 : VietnameseLegacyEncoding.Vni;
        var result = Read(Encoding.UTF8.GetBytes(legacy.Encode(Sentence)));
        Assert.Equal(Sentence, result.Text);
        Assert.Contains(legacy.Name, result.Warnings.Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Thực hiện Chỉ thị 28-CT/TW")]
    [InlineData("Café résumé naïve")]
    [InlineData("Số 121-KH/TU, ngày 08/4/2019")]
    public void Real_unicode_text_is_left_alone(string text)
    {
        var result = Read(Encoding.UTF8.GetBytes(text));
        Assert.Equal(text, result.Text);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Encoders_round_trip_every_vietnamese_lower_case_letter()
    {
        const string letters = "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ";
        foreach (var legacy in new[] { VietnameseLegacyEncoding.Tcvn3, VietnameseLegacyEncoding.Vni })
            Assert.Equal(letters, legacy.Decode(legacy.Encode(letters)));
        Assert.Equal(letters.ToUpperInvariant(), VietnameseLegacyEncoding.Vni.Decode(VietnameseLegacyEncoding.Vni.Encode(letters.ToUpperInvariant())));
    }

    /// <summary>Windows-1258 has ă â ê ô ơ ư đ precomposed but writes tones as combining marks after them.</summary>
    static string Cp1258Form(string text)
    {
        var sb = new StringBuilder();
        var lastBase = -1;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (c is '\u0302' or '\u0306' or '\u031B' && lastBase >= 0)
                sb[lastBase] = (sb[lastBase] + c.ToString()).Normalize(NormalizationForm.FormC)[0];
            else
            {
                if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
                    lastBase = sb.Length;
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}
