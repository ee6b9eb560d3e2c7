using System.Buffers;
using System.Text.RegularExpressions;
using Directives.Core.Dates;
using Directives.Core.References;
using Directives.Core.Text;
using FsCheck;
using FsCheck.Fluent;
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

    static readonly Dictionary<string, (string Pattern, RegexOptions Options, SearchValues<char> Starts, int Letters)> Uses = new()
    {
        ["spelled date"] = (VietnameseDates.SpelledPattern, RegexOptions.CultureInvariant, VietnameseDates.WordStarts, VietnameseDates.LettersBefore),
        ["numeric date"] = (VietnameseDates.NumericPattern, RegexOptions.CultureInvariant, VietnameseDates.WordStarts, VietnameseDates.LettersBefore),
        ["month and year"] = (VietnameseDates.MonthYearPattern, RegexOptions.CultureInvariant, VietnameseDates.WordStarts, VietnameseDates.LettersBefore),
        ["year"] = (VietnameseDates.YearOnlyPattern, RegexOptions.CultureInvariant, VietnameseDates.WordStarts, VietnameseDates.LettersBefore),
        ["short form"] = (ShortFormScanner.ShortPattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, ShortFormScanner.KindStarts, ShortFormScanner.LettersBefore),
    };

    static readonly string[] Pieces =
    [
        "ngày", "Ngày", "NGÀY", "ngay", "tháng", "Tháng", "thang", "năm", "Năm", "nam", "số", "so", " ", "  ", "\n", ", ", ".", "/", "-", "–", ":",
        "1", "01", "21", "12", "2019", "2025", "20191", "0", "3.5", "nghi quyet", "chi thi", "ke hoach", "thong bao ket luan", "quy dinh",
        "de an", "huong dan", "nq", "ct", "kh", "tw", "xngày", "anăm", "Đảng", "thực hiện", "٣", "１",
    ];

    static void AssertSame(string use, string text)
    {
        var (pattern, options, starts, letters) = Uses[use];
        var expected = AnchoredSearchCases.Describe(new Regex(pattern, options).Matches(text));
        Assert.Equal(expected, AnchoredSearchCases.Describe(DigitAnchored.Matches(new Regex(@"\G" + pattern, options), text, starts, letters)));
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
        Prop.ForAll(Gen.Elements(Pieces).ListOf().Select(p => string.Concat(p)).ToArbitrary(), text =>
        {
            foreach (var use in Uses.Keys) AssertSame(use, text);
        });

    [Fact]
    public void A_date_right_after_an_earlier_one_and_a_short_form_after_a_long_run_of_spaces_are_found()
    {
        AssertSame("numeric date", "21/01/2019 21/01/2019,5-12-2017");
        AssertSame("short form", "theo chi thi \n\n      so   28 va nghi quyet 03");
        Assert.Equal(2, DigitAnchored.Matches(new Regex(@"\G" + ShortFormScanner.ShortPattern, RegexOptions.ExplicitCapture),
            "theo chi thi \n\n      so   28 va nghi quyet 03", ShortFormScanner.KindStarts, ShortFormScanner.LettersBefore).Count());
    }
}
