using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Directives.Core.Text;
using Directives.Testing;

namespace Directives.Core.Tests.Text;

/// <summary>What the anchored-search tests compare and the real texts they compare it on.</summary>
static class AnchoredSearchCases
{
    /// <summary>Every match with every group's place, so that two searches compare as strings.</summary>
    public static string Describe(IEnumerable<Match> matches) =>
        string.Join("|", matches.Select(m => $"{m.Index}+{m.Length}:" + string.Join(",", m.Groups.Values.Select(g => g.Success ? g.Index + "+" + g.Length : "-"))));

    /// <summary>The seeds, the sample corpus and the real-shape texts, normalised, each also folded.</summary>
    public static IEnumerable<string> RealTexts()
    {
        foreach (var file in RepositoryPaths.RealTextFiles())
        {
            var text = VietnameseText.Normalize(File.ReadAllText(file));
            yield return text;
            yield return VietnameseText.Fold(text);
        }
    }

    /// <summary>Random texts made of <paramref name="pieces"/>, each checked for every use: the property each anchored-search test runs.</summary>
    public static Property OnRandomTexts(string[] pieces, string separator, IEnumerable<string> uses, Action<string, string> assertSame) =>
        Prop.ForAll(Gen.Elements(pieces).ListOf().Select(p => string.Join(separator, p)).ToArbitrary(), text =>
        {
            foreach (var use in uses) assertSame(use, text);
        });
}
