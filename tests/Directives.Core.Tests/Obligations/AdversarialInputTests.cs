using System.Diagnostics;
using System.Text;
using Directives.Core.Extraction;
using Directives.Core.Obligations;

namespace Directives.Core.Tests.Obligations;

/// <summary>A megabyte of hostile text must not take the recognisers quadratic or exponential.</summary>
public class AdversarialInputTests
{
    public static TheoryData<string> Inputs() => new()
    {
        Repeat("1.", 500_000),
        Repeat("phấn đấu đến năm 2025: 90% ", 40_000),
        Repeat("mục tiêu ", 110_000),
        Repeat("đạt 98,44% chỉ tiêu Nghị quyết ", 30_000),
        Repeat("1/2 = 3% ", 110_000),
        Repeat("kết nạp 1 đảng viên([1]) ", 40_000) + "\n([1]). " + Repeat("kết nạp 1 đảng viên; ", 40_000),
        Repeat("3 - 4 - 5 - 6 % ", 60_000),
        Repeat("a ", 500_000) + "trên 60%",
        Repeat("(", 1_000_000),
        "kết quả " + Repeat("hằng năm ", 110_000),
        Repeat("đạt chỉ tiêu ", 80_000),
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_megabyte_of_hostile_text_gives_only_well_formed_findings(string text)
    {
        IReadOnlyList<Reference> none = [];
        Assert.All(TargetRecognizer.Find(text, none), t => Assert.Equal(t.Surface, text[t.Start..t.End]));
        Assert.All(ResultRecognizer.Find(text, none), r => Assert.Equal(r.Surface, text[r.Start..r.End]));
        Assert.All(ArithmeticCheck.Find(text), a => Assert.InRange(a.End, a.Start, text.Length));
    }

    [Fact]
    public void A_reference_in_every_sentence_gives_only_well_formed_findings()
    {
        var text = Repeat("Nghị quyết số 01-NQ/TU đề ra chỉ tiêu 90% chi bộ, Nghị quyết đề ra; kết nạp 5 đảng viên, đạt 98% chỉ tiêu Nghị quyết số 02-NQ/TU ", 8_000);
        var references = SeedObligationTests.References(text);
        Assert.All(TargetRecognizer.Find(text, references), t => Assert.Equal(t.Surface, text[t.Start..t.End]));
        Assert.All(ResultRecognizer.Find(text, references), r => Assert.Equal(r.Surface, text[r.Start..r.End]));
    }

    static string Repeat(string s, int times) => new StringBuilder(s.Length * times).Insert(0, s, times).ToString();
}
