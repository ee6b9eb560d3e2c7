using Directives.Core.Extraction;
using Directives.Core.Tests.Seeds;
using Directives.Core.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Directives.Core.Tests.Extraction;

/// <summary>
/// Whatever the input, extract never throws and every offset it reports points at its surface.
/// Inputs: arbitrary strings, strings built from the grammar's own pieces, and seeds damaged at random.
/// </summary>
public class ExtractorPropertyTests
{
    static readonly string[] Pieces =
    [
        "Chỉ thị", "số", " ", "  ", "\u00A0", "28", "-", " -", "- ", "/", "CT", "TW", "T.Ư", "TƯ", "NQ", "QĐi", "ngày", "21/01/20219",
        "5-12-2017", "của Ban Bí thư", "khóa XII", "Nghị quyết Trung ương 4", "(khóa XI, XII)", "Đại hội XIII của Đảng", "Điều lệ Đảng",
        "thực hiện", "tiếp tục thực hiện", "sơ kết 3 năm", "thay thế", "Căn cứ", "phấn đấu đến năm 2025", "trên 90%", "đạt 98,44%",
        "4.922", ",", ".", "\n", "([1])", "[1]", "“", "”", "Nghị quyết 03", "gọi tắt là", "Luật số 22/2023/QH15", "số số số", "----", "////",
    ];

    static void AssertWellFormed(string raw)
    {
        var text = VietnameseText.Normalize(raw);
        var result = Extractor.Extract(new ExtractionInput { Source = "x", Text = text });
        foreach (var r in result.References)
        {
            Assert.InRange(r.Start, 0, text.Length);
            Assert.InRange(r.End, r.Start, text.Length);
            Assert.Equal(r.Surface, text[r.Start..r.End]);
        }
        foreach (var r in result.Relations)
        {
            Assert.InRange(r.Start, 0, text.Length);
            Assert.InRange(r.End, r.Start, text.Length);
            Assert.Equal(r.Evidence, text[r.Start..r.End]);
        }
        foreach (var t in result.Targets) Assert.Equal(t.Surface, text[t.Start..t.End]);
        foreach (var t in result.Results) Assert.Equal(t.Surface, text[t.Start..t.End]);
    }

    [Property(MaxTest = 300)]
    public void Any_string(string? input) => AssertWellFormed(input ?? "");

    [Property(MaxTest = 300)]
    public Property Strings_made_of_the_grammars_pieces()
        => Prop.ForAll(Gen.ArrayOf(Gen.Elements(Pieces)).Select(parts => string.Concat(parts)).ToArbitrary(), AssertWellFormed);

    [Property(MaxTest = 60)]
    public Property Seeds_with_random_damage()
    {
        var seeds = SeedCorpus.Files().Select(f => f.Text).ToArray();
        var damage = from seed in Gen.Elements(seeds)
                     from edits in Gen.ArrayOf(Gen.Choose(0, int.MaxValue - 1).Zip(Gen.Choose(0, 3)))
                     select Mutate(seed, edits);
        return Prop.ForAll(damage.ToArbitrary(), AssertWellFormed);
    }

    // Deletes a character, inserts a space, flips case or doubles a character at pseudo-random places.
    static string Mutate(string text, (int Position, int Edit)[] edits)
    {
        var chars = text.ToList();
        foreach (var (position, edit) in edits)
        {
            if (chars.Count == 0) break;
            var i = position % chars.Count;
            switch (edit)
            {
                case 0: chars.RemoveAt(i); break;
                case 1: chars.Insert(i, ' '); break;
                case 2: chars[i] = char.IsUpper(chars[i]) ? char.ToLowerInvariant(chars[i]) : char.ToUpperInvariant(chars[i]); break;
                default: chars.Insert(i, chars[i]); break;
            }
        }
        return new string([.. chars]);
    }
}
