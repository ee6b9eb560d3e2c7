using System.Buffers;
using System.Text.RegularExpressions;
using Directives.Core.Obligations;
using Directives.Core.References;
using Directives.Core.Text;
using FsCheck;
using FsCheck.Xunit;

namespace Directives.Core.Tests.Text;

/// <summary>
/// Jumping between the first words of a pattern finds exactly what the regex engine finds scanning the whole text,
/// for each pattern that uses it, on the seeds, the sample corpus and the real-shape texts (folded, as the patterns
/// read them) and on random texts made of the patterns' words.
/// </summary>
public sealed class LiteralAnchoredTests
{
    public static TheoryData<string> Patterns => [.. Uses.Keys];

    static readonly Dictionary<string, (string Pattern, RegexOptions Options, SearchValues<string> Starts)> Uses = new()
    {
        // Case-blind, on the text as written; its start words are looked for in the text's fold.
        ["pin cite part"] = (PinCiteScanner.AtomPattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, PinCiteScanner.AtomStarts),
        ["goal trigger"] = (GoalScopes.TriggerPattern, RegexOptions.CultureInvariant, GoalScopes.TriggerStarts),
        ["document after a verb"] = (AnaphoraScanner.ObjectAfterVerbPattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, AnaphoraScanner.VerbStarts),
        ["plenum name"] = (NamedGrammar.PlenumPattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, NamedGrammar.PlenumStarts),
    };

    static readonly string[] Pieces =
    [
        "phan", "dau", "muc", "tieu", "chi", "hang", "moi", "nam", "vao", "tro thanh", "thuc", "hien", "trien", "khai", "quan", "triet",
        "cu the hoa", "so ket", "tong ket", "nghi quyet", "ke hoach", "chi thi", "va", " ", "  ", "\n", ",", ".", ";", "1", "2025", "x", "aphan",
        "nq", "ket luan", "trung uong", "tw", "t.w", "tw4", "hoi nghi", "lan thu", "tu", "4", "12", "khoa", "xii", "xi", "(", ")", "-", "/",
        "ban chap hanh trung uong", "bch tw", "dang", "cua", "anq", "nghia",
        "Điều", "điều", "ĐIỀU", "ĐiỀu", "khoản", "Khoản", "\u212Ahoản", "\u212AHOẢN", "điểm", "c", "mục", "Mục", "tiểu mục", "phần thứ hai",
        "Phần", "chương", "CHƯƠNG", "II", "IV", "2.1", "tại", "xđiều",
    ];

    static void AssertSame(string use, string text)
    {
        var (pattern, options, starts) = Uses[use];
        var anchored = new Regex(@"\G" + pattern, options);
        var found = use == "pin cite part"
            ? LiteralAnchored.Matches(anchored, text, VietnameseText.Fold(text), starts)
            : LiteralAnchored.Matches(anchored, text, starts);
        Assert.Equal(AnchoredSearchCases.Describe(new Regex(pattern, options).Matches(text)), AnchoredSearchCases.Describe(found));
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Finds_what_the_whole_scan_finds_on_real_texts(string use)
    {
        // Folded, as the patterns read them; the pin cite parts are read in the text as written.
        var texts = AnchoredSearchCases.RealTexts().Where((_, i) => i % 2 == (use == "pin cite part" ? 0 : 1)).ToList();
        Assert.True(texts.Count > 20);
        var found = 0;
        foreach (var folded in texts)
        {
            AssertSame(use, folded);
            found += new Regex(Uses[use].Pattern, Uses[use].Options).Count(folded);
        }
        Assert.True(found > 0, "the texts exercise the pattern");
    }

    [Property(MaxTest = 3000)]
    public Property Finds_what_the_whole_scan_finds_on_texts_made_of_the_patterns_words() =>
        AnchoredSearchCases.OnRandomTexts(Pieces, " ", Uses.Keys, AssertSame);

    [Theory]
    [InlineData("pin cite part", "tại \u212Ahoản 2 Điều 8, điểm c KHOẢN 3 ĐIỀU 4, Tiểu mục 2.1, phần thứ Hai và Chương II, ĐiỀu 5")]
    [InlineData("plenum name", "nq tw4, Nghị quyết trung ương 4, nghi quyet hoi nghi lan thu tu bch tw (khoa xi, xii), ket luan tw 5")]
    public void Spaced_and_abbreviated_forms_are_found_as_the_whole_scan_finds_them(string use, string text)
    {
        Assert.NotEqual(0, new Regex(Uses[use].Pattern, Uses[use].Options).Count(text));
        AssertSame(use, text);
    }
}
