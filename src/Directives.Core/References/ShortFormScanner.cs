using System.Globalization;
using System.Text.RegularExpressions;
using Directives.Core.Citations;
using Directives.Core.Extraction;
using Directives.Core.Text;

namespace Directives.Core.References;

/// <summary>
/// Short forms that point back to a full mention: "Nghị quyết 03", "Chỉ thị 28", "Kế hoạch số 121", and
/// footnote aliases "(sau đây gọi tắt là Chỉ thị 28)".
/// </summary>
public static class ShortFormScanner
{
    const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture;

    // Folded text; a number followed by a code, a slash or a hyphen is a full number or a date, not a short form.
    static readonly Regex Short = new(
        @"(?<![\p{L}\p{N}])(?<kind>nghi\s+quyet|chi\s+thi|ke\s+hoach|quy\s+dinh|qui\s+dinh|ket\s+luan|huong\s+dan|quyet\s+dinh" +
        @"|de\s+an|chuong\s+trinh|thong\s+bao|quy\s+che|thong\s+tri)\s+(?:so\s*)?(?<n>\d{1,4})" +
        @"(?![\p{L}\p{N}]|\s?[-–/]|[.,]\d|\s+(?:nq|ct|kh|qdi?|kl|hd|da|ctr|tb|qc|tt)\s?[-–/])",
        Options);

    static readonly Regex AliasLead = new(@"(?:goi\s+tat|viet\s+tat)(?:\s+la)?\s*:?\s*[""“(]?\s*$", Options);

    const int AliasReach = 40;
    const int AliasTargetReach = 400;

    /// <summary>
    /// Short forms in text order (Category "short"). <paramref name="fullMentions"/> are the numbered references
    /// of the same text; a short form resolves to the nearest preceding one of its kind and number (else any
    /// one in the text; else none), and an alias to the full mention it follows.
    /// </summary>
    public static IReadOnlyList<Reference> Scan(string text, IReadOnlyList<Reference> fullMentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fullMentions);
        var folded = VietnameseText.Fold(text);
        var numbered = fullMentions.Where(f => f.Citation is not null).OrderBy(f => f.Start).ToList();
        var found = new List<Reference>();
        foreach (Match m in Short.Matches(folded))
        {
            if (fullMentions.Any(f => f.Start < m.Index + m.Length && m.Index < f.End)) continue;
            if (!int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                || n == 0 || (m.Groups["n"].Length == 4 && n is >= 1900 and <= 2100)) continue;
            var kindGroup = m.Groups["kind"];
            var kind = DocumentKinds.CanonicalName(text.Substring(kindGroup.Index, kindGroup.Length));
            if (kind is null) continue;

            var lead = Math.Max(0, m.Index - AliasReach);
            var target = AliasLead.IsMatch(folded.AsSpan(lead, m.Index - lead))
                ? AliasTarget(numbered, m.Index, n)
                : Target(numbered, m.Index, kind, n);
            found.Add(new Reference
            {
                Category = ReferenceCategories.Short,
                Kind = kind,
                Number = n,
                Code = target?.Code,
                Issuer = target?.Issuer,
                Resolved = target?.Citation,
                Surface = text.Substring(m.Index, m.Length),
                Start = m.Index,
                End = m.Index + m.Length,
            });
        }
        return found;
    }

    static Reference? Target(List<Reference> numbered, int start, string kind, int n)
    {
        var same = numbered.Where(f => f.Number == n && SameKind(f, kind)).ToList();
        return same.LastOrDefault(f => f.End <= start) ?? same.FirstOrDefault();
    }

    // "(sau đây gọi tắt là Chỉ thị 28)": the full mention just before, by number first.
    static Reference? AliasTarget(List<Reference> numbered, int start, int n)
    {
        var before = numbered.Where(f => f.End <= start && start - f.End <= AliasTargetReach).ToList();
        return before.LastOrDefault(f => f.Number == n) ?? before.LastOrDefault();
    }

    static bool SameKind(Reference full, string kind) =>
        full.Kind == kind
        || (full.Code is { } code && (DocumentKinds.CodeForName(kind) == code || (kind == "Quy định" && code == "QĐ")));
}
