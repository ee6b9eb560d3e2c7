using System.Buffers;
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
        var spans = references.Select(r => (r.Start, r.End)).OrderBy(r => r.Start).ToArray();
        // The last document of each kind ending before a position: one pass over the matches in text order.
        var folded = VietnameseText.Fold(text);
        var matches = LiteralAnchored.Matches(ObjectAfterVerb(), folded, VerbStarts).Concat(SentenceSubject().Matches(folded))
            .Select(m => m.Groups["kind"]).OrderBy(g => g.Index);
        var lastOfKind = new Dictionary<string, Reference>(StringComparer.Ordinal);
        var next = 0;
        var found = new List<Reference>();
        foreach (var kindGroup in matches)
        {
            while (next < named.Count && named[next].End <= kindGroup.Index) { lastOfKind[named[next].Kind!] = named[next]; next++; }
            var written = text.Substring(kindGroup.Index, kindGroup.Length);
            if (!char.IsUpper(written[0]) || DocumentKinds.CanonicalName(written) is not { } kind) continue;
            if (!lastOfKind.TryGetValue(kind, out var target) || Overlaps(spans, kindGroup.Index, kindGroup.Index + kindGroup.Length)) continue;
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

    // Spans sorted by start; references do not nest deeply, so the few starting before the word are checked.
    static bool Overlaps((int Start, int End)[] spans, int start, int end)
    {
        int lo = 0, hi = spans.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (spans[mid].Start < end) lo = mid + 1; else hi = mid - 1;
        }
        for (var i = hi; i >= 0 && i >= hi - 8; i--)
            if (spans[i].End > start) return true;
        return false;
    }

    internal const string Kinds = @"nghi\s+quyet|chi\s+thi|ke\s+hoach|quy\s+dinh|ket\s+luan|huong\s+dan|de\s+an|chuong\s+trinh|cong\s+van|quyet\s+dinh";

    // "… triển khai thực hiện Nghị quyết;", "Để triển khai Nghị quyết, ngày …": the verb's object ends the clause.
    internal const string ObjectAfterVerbPattern =
        @"(?:thuc\s+hien|trien\s+khai|quan\s+triet|cu\s+the\s+hoa|so\s+ket|tong\s+ket)\s+(?<kind>" + Kinds + @")(?=\s*(?:[,;.:]|\n|$|\s+va\s))";

    // Anchored, and tried only where one of the verbs' first words stands (see LiteralAnchored).
    [GeneratedRegex(@"\G" + ObjectAfterVerbPattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ObjectAfterVerb();

    internal static readonly SearchValues<string> VerbStarts = SearchValues.Create(["thuc", "trien", "quan", "cu", "so", "tong"], StringComparison.Ordinal);

    // "Công văn nêu rõ, …", "Chỉ thị thay thế …" opening a sentence (not "Chỉ thị số …", "Kế hoạch này", "Nghị quyết Trung ương …").
    [GeneratedRegex(@"(?:^|\n|[.!?]\s+)(?<kind>" + Kinds + @")\s+(?!so\b|nay\b|trung\s+uong|dai\s+hoi|hoi\s+nghi|\d)(?=\p{Ll})",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Multiline)]
    private static partial Regex SentenceSubject();
}
