using System.Buffers;
using System.Text.RegularExpressions;
using Directives.Core.Dates;
using Directives.Core.References;
using Directives.Core.Text;
using FsCheck;
using FsCheck.Xunit;

namespace Directives.Core.Tests.Text;

/// <summary>
/// Searching around digits finds exactly what the regex engine finds scanning the whole text, for each pattern that
/// uses it: on the seeds, the sample corpus, the real-shape texts and random texts made of the pieces those patterns
/// are about (and of the pieces that are not, in random places).
/// </summary>
public sealed class DigitAnchoredTests
{
    public static TheoryData<string> Patterns => [.. Uses.Keys];

    // Each use with the run filter it searches with: a filter that turned away a run a match starts at would lose it.
    static readonly Dictionary<string, (string Pattern, RegexOptions Options, SearchValues<char> Starts, int Letters, DigitAnchored.RunFilter Filter)> Uses = new()
    {
        ["spelled date"] = (VietnameseDates.SpelledPattern, RegexOptions.CultureInvariant, VietnameseDates.WordStarts, VietnameseDates.LettersBefore, VietnameseDates.MaySpell),
        ["numeric date"] = (VietnameseDates.NumericPattern, RegexOptions.CultureInvariant, VietnameseDates.WordStarts, VietnameseDates.LettersBefore, VietnameseDates.MayBeNumeric),
        ["month and year"] = (VietnameseDates.MonthYearPattern, RegexOptions.CultureInvariant, VietnameseDates.WordStarts, VietnameseDates.LettersBefore, VietnameseDates.MayBeMonth),
        ["year"] = (VietnameseDates.YearOnlyPattern, RegexOptions.CultureInvariant, VietnameseDates.WordStarts, VietnameseDates.LettersBefore, VietnameseDates.MayBeYear),
        ["short form"] = (ShortFormScanner.ShortPattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, ShortFormScanner.KindStarts, ShortFormScanner.LettersBefore, ShortFormScanner.MayFollowKind),
    };

    static readonly string[] Pieces =
    [
        "ngày", "Ngày", "NGÀY", "ngay", "tháng", "Tháng", "thang", "năm", "Năm", "nam", "số", "so", " ", "  ", "\n", ", ", ".", "/", "-", "–", ":",
        "1", "01", "21", "12", "2019", "2025", "20191", "0", "3.5", "nghi quyet", "chi thi", "ke hoach", "thong bao ket luan", "quy dinh",
        "de an", "huong dan", "quyet dinh", "chuong trinh", "quy che", "thong tri", "thong bao", "xso", "anso", "thi", "THÁNG", "NĂM", "\u00a0", "\t", "nq", "ct", "kh", "tw", "xngày", "anăm", "Đảng", "thực hiện", "٣", "１",
    ];

    static void AssertSame(string use, string text)
    {
        var (pattern, options, starts, letters, filter) = Uses[use];
        var expected = AnchoredSearchCases.Describe(new Regex(pattern, options).Matches(text));
        var anchored = new Regex(@"\G" + pattern, options);
        Assert.Equal(expected, AnchoredSearchCases.Describe(DigitAnchored.Matches(anchored, text, starts, letters)));
        Assert.Equal(expected, AnchoredSearchCases.Describe(DigitAnchored.Matches(anchored, text, starts, letters, filter)));
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Finds_what_the_whole_scan_finds_on_real_texts(string use)
    {
        var texts = AnchoredSearchCases.RealTexts().ToList();
        Assert.True(texts.Count > 40);
        var found = 0;
        foreach (var text in texts)
        {
            AssertSame(use, text);
            found += new Regex(Uses[use].Pattern, Uses[use].Options).Count(text);
        }
        Assert.True(found > 0, "the texts exercise the pattern");
    }

    [Property(MaxTest = 3000)]
    public Property Finds_what_the_whole_scan_finds_on_texts_made_of_the_patterns_pieces() =>
        AnchoredSearchCases.OnRandomTexts(Pieces, "", Uses.Keys, AssertSame);

    [Theory]
    [InlineData("ngày 5 - 12 - 2017 và 5 /12/ 2017, 05. 12 .2017, 5–12–2017")]
    [InlineData("Tháng 4 / 2022, tháng 4- 2022, THÁNG 4 NĂM 2022, tháng 4\u00a0năm 2022, 4/2022, 4 /2022")]
    [InlineData("năm2019, NĂM 2019, năm 20191, nam 2019.5, Ngày21 tháng1 năm2020, 21tháng 1 năm 2020")]
    [InlineData("chi thi so28, chi thi so 28, chi thi 28, chi thi28, nghi quyet  so   03, thong bao ket luan 159-tb, de an 06, quy che 12345")]
    public void Spaced_glued_and_cased_forms_are_found_as_the_whole_scan_finds_them(string text)
    {
        foreach (var use in Uses.Keys) AssertSame(use, text);
    }

    [Fact]
    public void A_date_right_after_an_earlier_one_and_a_short_form_after_a_long_run_of_spaces_are_found()
    {
        AssertSame("numeric date", "21/01/2019 21/01/2019,5-12-2017");
        AssertSame("short form", "theo chi thi \n\n      so   28 va nghi quyet 03");
        Assert.Equal(2, DigitAnchored.Matches(new Regex(@"\G" + ShortFormScanner.ShortPattern, RegexOptions.ExplicitCapture),
            "theo chi thi \n\n      so   28 va nghi quyet 03", ShortFormScanner.KindStarts, ShortFormScanner.LettersBefore).Count());
    }
}
