using System.Text.RegularExpressions;
using Directives.Core.Citations;
using Directives.Core.Extraction;
using Directives.Core.Relations;
using Directives.Core.Text;

namespace Directives.Core.References;

/// <summary>
/// A bare type word that stands for a document named before it: "… để triển khai thực hiện Nghị quyết;" after
/// "Nghị quyết số 04-NQ/ĐU", or a sentence opening "Công văn nêu rõ, …" after "Công văn số 1127-CV/HU". Only two
/// places count, where the word cannot be a new, unnamed document: right after a relation verb and closing its
/// clause, or as the subject opening a sentence. Each becomes a short reference resolved to the nearest earlier
/// document of its kind.
/// </summary>
public static partial class AnaphoraScanner
{
    public static IReadOnlyList<Reference> Scan(string text, IReadOnlyList<Reference> references)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(references);
        var named = references.Where(r => RelationRecognizer.Endpoint(r) is not null && r.Kind is not null)
            .OrderBy(r => r.Start).ToList();
        if (named.Count == 0) return [];
        var folded = VietnameseText.Fold(text);
        var found = new List<Reference>();
        foreach (var m in ObjectAfterVerb().Matches(folded).Concat(SentenceSubject().Matches(folded)))
        {
            var kindGroup = m.Groups["kind"];
            var written = text.Substring(kindGroup.Index, kindGroup.Length);
            if (!char.IsUpper(written[0]) || DocumentKinds.CanonicalName(written) is not { } kind) continue;
            var target = named.LastOrDefault(r => r.End <= kindGroup.Index && r.Kind == kind);
            if (target is null || references.Any(r => r.Start < kindGroup.Index + kindGroup.Length && kindGroup.Index < r.End)) continue;
            found.Add(new Reference
            {
                Category = ReferenceCategories.Short,
                Kind = kind,
                Number = target.Number,
                Code = target.Code,
                Issuer = target.Issuer,
                Resolved = RelationRecognizer.Endpoint(target),
                Surface = written,
                Start = kindGroup.Index,
                End = kindGroup.Index + kindGroup.Length,
            });
        }
        return found.DistinctBy(r => r.Start).OrderBy(r => r.Start).ToList();
    }

    const string Kinds = @"nghi\s+quyet|chi\s+thi|ke\s+hoach|quy\s+dinh|ket\s+luan|huong\s+dan|de\s+an|chuong\s+trinh|cong\s+van|quyet\s+dinh";

    // "… triển khai thực hiện Nghị quyết;", "Để triển khai Nghị quyết, ngày …": the verb's object ends the clause.
    [GeneratedRegex(@"(?:thuc\s+hien|trien\s+khai|quan\s+triet|cu\s+the\s+hoa|so\s+ket|tong\s+ket)\s+(?<kind>" + Kinds + @")(?=\s*(?:[,;.:]|\n|$|\s+va\s))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ObjectAfterVerb();

    // "Công văn nêu rõ, …", "Chỉ thị thay thế …" opening a sentence (not "Chỉ thị số …", "Kế hoạch này", "Nghị quyết Trung ương …").
    [GeneratedRegex(@"(?:^|\n|[.!?]\s+)(?<kind>" + Kinds + @")\s+(?!so\b|nay\b|trung\s+uong|dai\s+hoi|hoi\s+nghi|\d)(?=\p{Ll})",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Multiline)]
    private static partial Regex SentenceSubject();
}
