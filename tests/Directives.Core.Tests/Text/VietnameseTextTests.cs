using Directives.Core.Text;

namespace Directives.Core.Tests.Text;

public class VietnameseTextTests
{
    [Theory]
    [InlineData("Đảng", "dang")]
    [InlineData("Chỉ thị", "chi thi")]
    [InlineData("hoà", "hoa")]
    [InlineData("hòa", "hoa")]
    [InlineData("Ủy ban", "uy ban")]
    [InlineData("thuỷ", "thuy")]
    [InlineData("NGHỊ QUYẾT", "nghi quyet")]
    [InlineData("28-CT/TW", "28-ct/tw")]
    [InlineData("Quy định 08-QĐi/TW", "quy dinh 08-qdi/tw")]
    public void Fold_removes_every_diacritic_and_d_bar(string input, string expected)
        => Assert.Equal(expected, VietnameseText.Fold(VietnameseText.Normalize(input)));

    [Fact]
    public void Fold_keeps_length_so_offsets_map_back()
    {
        var text = VietnameseText.Normalize("Thực hiện Chỉ thị số 28-CT/TW của Ban Bí thư");
        Assert.Equal(text.Length, VietnameseText.Fold(text).Length);
    }

    [Theory]
    [InlineData("Chi\u0309 thi\u0323", "Chỉ thị")]            // decomposed marks from PDF extraction
    [InlineData("số\u00A028-CT/TW", "số 28-CT/TW")]          // non-breaking space inside a number
    [InlineData("a\r\nb\rc", "a\nb\nc")]
    [InlineData("Đả\u200Bng", "Đảng")]
    public void Normalize_gives_nfc_with_plain_spaces(string input, string expected)
        => Assert.Equal(expected, VietnameseText.Normalize(input));

    /// <summary>The NFC the runtime gives, then the same space, line-end and invisible-character rules; what Normalize did before its table fast path.</summary>
    static string SlowNormalize(string text)
    {
        var nfc = text.Normalize(System.Text.NormalizationForm.FormC);
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < nfc.Length; i++)
        {
            var c = nfc[i];
            if (c == '\r') { sb.Append('\n'); if (i + 1 < nfc.Length && nfc[i + 1] == '\n') i++; }
            else if (c is '\u00A0' or '\u2007' or '\u202F' or '\u2002' or '\u2003' or '\u2009' or '\u3000') sb.Append(' ');
            else if (c is not ('\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD')) sb.Append(c);
        }
        return sb.ToString();
    }

    [Fact]
    public void Normalize_fast_path_agrees_with_the_runtime_for_every_character_and_every_pair()
    {
        // Every character alone, and each followed by a combining tone mark, an ASCII letter and a Vietnamese letter.
        for (var c = 1; c < 0x2100; c++)
        {
            if (char.IsSurrogate((char)c)) continue;
            foreach (var s in new[] { $"{(char)c}", $"a{(char)c}", $"{(char)c}\u0301", $"{(char)c}x", $"ơ{(char)c}", $"{(char)c}\u1161" })
                Assert.Equal(SlowNormalize(s), VietnameseText.Normalize(s));
        }
    }

    [Fact]
    public void Normalize_of_already_canonical_text_returns_it_unchanged()
    {
        const string text = "Căn cứ Chỉ thị số 28-CT/TW ngày 21/01/2019 của Ban Bí thư; Tỉnh ủy ban hành Kế hoạch.\n";
        Assert.Same(text, VietnameseText.Normalize(text));
        Assert.Equal("Chỉ thị", VietnameseText.Normalize("Chi\u0309 thi\u0323"));
    }

    [FsCheck.Xunit.Property(MaxTest = 2000)]
    public bool Normalize_agrees_with_the_runtime_on_any_text(string? text)
        => text is null || text.Any(char.IsSurrogate) || SlowNormalize(text) == VietnameseText.Normalize(text);

    [FsCheck.Xunit.Property(MaxTest = 2000)]
    public bool Lower_agrees_with_ToLowerInvariant_on_any_text(string? text)
        => text is null || (VietnameseText.Lower(text) == text.ToLowerInvariant() && VietnameseText.Lower(text.AsSpan()) == text.ToLowerInvariant());

    [Fact]
    public void Fold_leaves_punctuation_and_symbols_past_the_latin_letters_as_the_runtime_lowers_them()
    {
        // Quotes, dashes and "…" fold from the table now, as they did through the runtime before; past the table
        // (U+212B Å, the first character there that decomposes to a letter and a mark) folding is lower-casing.
        for (var c = '\u2000'; c < '\u212B'; c++)
            Assert.Equal(char.ToLowerInvariant(c), VietnameseText.FoldChar(c));
        Assert.Equal("“å” – …", VietnameseText.Fold("“\u212B” – …"));
    }

    [FsCheck.Xunit.Property(MaxTest = 2000)]
    public bool Upper_agrees_with_ToUpperInvariant_on_any_text(string? text)
        => text is null || (VietnameseText.Upper(text) == text.ToUpperInvariant() && VietnameseText.Upper(text.AsSpan()) == text.ToUpperInvariant());

    [Fact]
    public void Upper_agrees_with_ToUpperInvariant_for_every_character()
    {
        var all = new string(Enumerable.Range(1, 0xFFFE).Select(i => (char)i).Where(c => !char.IsSurrogate(c)).ToArray());
        Assert.Equal(all.ToUpperInvariant(), VietnameseText.Upper(all));
        Assert.Equal("QĐ TƯ ĐẢNG 𝐚", VietnameseText.Upper("qđ Tư đảng 𝐚"));
        const string upper = "QĐI/TƯ";
        Assert.Same(upper, VietnameseText.Upper(upper));
    }

    [Fact]
    public void Lower_agrees_with_ToLowerInvariant_for_every_character()
    {
        var all = new string(Enumerable.Range(1, 0xFFFE).Select(i => (char)i).Where(c => !char.IsSurrogate(c)).ToArray());
        Assert.Equal(all.ToLowerInvariant(), VietnameseText.Lower(all));
        Assert.Equal("đảng ủy hòa 𝐀", VietnameseText.Lower("ĐẢNG Ủy HÒA 𝐀"));
    }
}

public class VietnameseTextSpacesTests
{
    [FsCheck.Xunit.Property(MaxTest = 3000)]
    public bool CollapseSpaces_agrees_with_the_regex(string? text)
        => text is null || (VietnameseText.CollapseSpaces(text) == System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ")
            && VietnameseText.CollapseSpaces(text.AsSpan()) == System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " "));

    [Theory]
    [InlineData("Ban  Thường vụ\n Tỉnh ủy", "Ban Thường vụ Tỉnh ủy")]
    [InlineData("\u00A0các\tsở, ngành\r\n", " các sở, ngành ")]
    public void CollapseSpaces_makes_each_run_one_space(string input, string expected)
        => Assert.Equal(expected, VietnameseText.CollapseSpaces(input));

    [Fact]
    public void Fold_of_the_same_long_text_twice_is_remembered_and_right()
    {
        var text = string.Concat(Enumerable.Repeat("Chỉ thị số 28-CT/TW của Ban Bí thư về Đảng viên. ", 40));
        var first = VietnameseText.Fold(text);
        Assert.Same(first, VietnameseText.Fold(text));
        Assert.StartsWith("chi thi so 28-ct/tw cua ban bi thu ve dang vien.", first);
        var other = text.Replace("Đảng", "Đoàn");
        Assert.Contains("doan vien", VietnameseText.Fold(other));
    }
}
