using System.Text.RegularExpressions;
using Directives.Core.Citations;
using Directives.Core.Obligations;
using FsCheck;
using FsCheck.Xunit;

namespace Directives.Core.Tests.Text;

/// <summary>
/// Searching the runs around slashes finds exactly what the regex engine finds scanning the whole text, for each party
/// number pattern the citation scanner searches that way: on the seeds, the sample corpus, the real-shape texts and
/// random texts made of number pieces and the prose around them.
/// </summary>
public sealed class RunBoundedTests
{
    static readonly Dictionary<string, Regex> Uses = new()
    {
        ["party number"] = new(PartyNumberGrammar.NumberPattern, RegexOptions.CultureInvariant),
        ["misread number"] = OcrNumberReading.Misread,
        ["state-style party number"] = new(PartyNumberGrammar.StateStylePattern, RegexOptions.CultureInvariant),
        ["stated fraction"] = ArithmeticCheck.Fraction,
    };

    public static TheoryData<string> Patterns => [.. Uses.Keys];

    static readonly string[] Pieces =
    [
        "28", "1", "2019", "12345", "A5", "O3", "l2", "2O8", "BIS5", "-", " - ", "–", "‑", "/", " / ", " ", "\t", "\n", ".", ",", "|",
        "CT", "NQ", "QĐ", "QĐi", "KH", "CTr", "TW", "TƯ", "T.Ư", "T.W", "TU", "HU", "ThU", "ĐU", "BTCTW", "-CP", "-UBND", "NĐ",
        "Chỉ thị", "số", "Nghị quyết", "của", "về", "ngày", "Ban", "a", "ố", "x", "TWvề", "h", "s", "o", "i", "r",
        "2.364", "3.174", "74,48", "=", " = ", "%", " %", "  ", "đạt",
    ];

    static void AssertSame(string use, string text)
    {
        var regex = Uses[use];
        var bounded = use == "stated fraction" ? ArithmeticCheck.Fractions(text) : CitationScanner.Slashed(regex, text);
        Assert.Equal(AnchoredSearchCases.Describe(regex.Matches(text)), AnchoredSearchCases.Describe(bounded));
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Finds_what_the_whole_scan_finds_on_real_texts(string use)
    {
        var found = 0;
        foreach (var text in AnchoredSearchCases.RealTexts())
        {
            AssertSame(use, text);
            found += Uses[use].Count(text);
        }
        // No real text here has a misread number or a stated fraction; the pieces and the cases below do.
        Assert.True(found > 0 || use is "misread number" or "stated fraction", "the texts exercise the pattern");
    }

    [Property(MaxTest = 3000)]
    public Property Finds_what_the_whole_scan_finds_on_texts_made_of_number_pieces() =>
        AnchoredSearchCases.OnRandomTexts(Pieces, "", Uses.Keys, AssertSame);

    [Theory]
    [InlineData("Chỉ thị số 28-CT/TW, 22/CT-TW và A5-QĐ/HU; 99- -QĐ/TW, 13/ĐA/TU, 28 CT/TW, 05-CT/T.Ư, 37/TW")]
    [InlineData("x28-CT/TW 28-CT/TWvề .28-CT/TW /28-CT/TW 3-NQ/TW-BCS 3-NQ/TW-BCSx 22/CT-TW-a 12345-CT/TW a5-QĐ/HU")]
    [InlineData("số 121-KH/TU\nngày 2/3/2020, 30/2020/NĐ-CP, 01/2019/TT-BNV, 17-CT/TU  \t /  TU")]
    [InlineData("đạt 2.364/3.174 = 74,48%, 1/2=50 %, 3 / 4  =  75%,.5/10=50%, 12/1.000 = 1,2% x1/2=50%")]
    public void Numbers_at_run_edges_are_found_as_the_whole_scan_finds_them(string text)
    {
        foreach (var use in Uses.Keys) AssertSame(use, text);
    }
}
