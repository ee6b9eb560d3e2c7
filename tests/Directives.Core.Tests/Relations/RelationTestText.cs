using Directives.Core.Citations;
using Directives.Core.Extraction;
using Directives.Core.Relations;
using Directives.Core.Text;

namespace Directives.Core.Tests.Relations;

/// <summary>Runs the recogniser over a test sentence with numbered references from the citation scanner.</summary>
internal static class RelationTestText
{
    // Four plain sentences that push a row out of a news text's opening region.
    internal const string NewsLead =
        "Tin từ cơ sở\nNgày 05/3/2024 hội nghị diễn ra tại hội trường.\nĐại biểu dự hội nghị đông đủ.\nCác ý kiến thảo luận sôi nổi.\n";

    internal static IReadOnlyList<Relation> Find(string text, bool news, string? self = null, IEnumerable<Reference>? extra = null)
    {
        var normal = VietnameseText.Normalize(text);
        var references = Scan(normal).Concat(extra ?? []).OrderBy(r => r.Start).ToList();
        return RelationRecognizer.Find(normal, references, new RelationContext { IsNews = news, SelfCitation = self });
    }

    internal static List<Reference> Scan(string normal) =>
        CitationScanner.Scan(normal)
            .Select(m => new Reference
            {
                Citation = m.Number.Canonical, Kind = m.Kind, Surface = normal[m.Start..m.End],
                Start = m.Start, End = m.End, Category = ReferenceCategories.Party,
            })
            .ToList();

    /// <summary>"type from to" per relation, '|'-joined in output order; "" for none.</summary>
    internal static string Describe(IEnumerable<Relation> relations) =>
        string.Join("|", relations.Select(r => $"{r.Type} {r.From} {r.To}"));
}
