using System.Text.RegularExpressions;
using Directives.Core.Obligations;
using Directives.Core.Tests.Seeds;

namespace Directives.Core.Tests.Obligations;

public class SeedArithmeticTests
{
    // The gold notes state a footnote's true sum as "… = 3.932 admissions, not the 3.826 the body states".
    static readonly Regex FootnoteNote = new(@"Footnote \[\d+\].*?= (?<sum>[\d.,]+)\D.*?not the (?<stated>[\d.,]+)");

    [Fact]
    public void Flags_exactly_the_mismatches_the_gold_notes_describe()
    {
        var wrong = new List<string>();
        foreach (var (file, text, gold) in SeedCorpus.Files())
        {
            var issues = ArithmeticCheck.Find(text);
            var note = gold.TryGetProperty("notes", out var n) ? n.GetString() ?? "" : "";
            var m = FootnoteNote.Match(note);
            if (!m.Success)
            {
                if (issues.Count > 0) wrong.Add($"{file}: unexpected {string.Join("; ", issues.Select(i => i.Message))}");
                continue;
            }
            Assert.True(VietnameseNumber.TryParse(m.Groups["sum"].Value, out var sum));
            Assert.True(VietnameseNumber.TryParse(m.Groups["stated"].Value, out var stated));
            if (!issues.Any(i => i.Stated == stated && i.Computed == sum))
                wrong.Add($"{file}: expected {stated} vs {sum}, found {string.Join("; ", issues.Select(i => i.Message))}");
        }
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }
}
