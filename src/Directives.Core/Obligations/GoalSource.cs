using System.Text.RegularExpressions;
using Directives.Core.Extraction;
using Directives.Core.Text;

namespace Directives.Core.Obligations;

/// <summary>
/// Which document set a goal: the nearest reference before the goal in its sentence or the one before
/// ("Đề án số 13/ĐA/TU … Đề án đặt mục tiêu …"); failing that, when the sentence names a document only by
/// its kind ("mục tiêu Nghị quyết đề ra"), the document the whole text is about.
/// </summary>
internal static class GoalSource
{
    static readonly Regex BareKind = new(
        @"(?<![\p{L}])(?<k>nghi quyet|de an|chi thi|ke hoach|chuong trinh|ket luan|quy dinh|huong dan|quyet dinh)(?! (?:dai hoi|trung uong|hoi nghi|so|\d))(?![\p{L}])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static string? Resolve(string folded, IReadOnlyList<Reference> references, SentenceIndex sentences, GoalScope scope, int firstItem)
    {
        var contextStart = sentences.PreviousSentenceStart(scope.TriggerStart);
        var until = Math.Max(firstItem, scope.TriggerEnd);
        var kind = MentionedKind(folded, references, scope.SentenceStart, until);
        Reference? nearest = null, nearestOfKind = null;
        foreach (var r in references)
        {
            if (r.Start < contextStart || r.Start >= until || Key(r) is null) continue;
            nearest = r;
            if (kind is not null && r.Kind is not null && VietnameseText.Fold(r.Kind) == kind) nearestOfKind = r;
        }
        if (nearestOfKind is not null || nearest is not null) return Key(nearestOfKind ?? nearest!);
        return kind is null ? null : SubjectDocument(references, kind);
    }

    static string? Key(Reference r) => r.Citation ?? r.Resolved ?? r.Name;

    /// <summary>A kind word standing alone ("Nghị quyết đề ra"), not the head of a reference.</summary>
    static string? MentionedKind(string folded, IReadOnlyList<Reference> references, int from, int to)
    {
        string? kind = null;
        foreach (Match m in BareKind.Matches(folded[from..to]))
        {
            var at = from + m.Index;
            if (references.Any(r => at >= r.Start && at < r.End)) continue;
            kind = m.Groups["k"].Value;
        }
        return kind;
    }

    /// <summary>The most cited document of that kind in the text (earliest on a tie).</summary>
    static string? SubjectDocument(IReadOnlyList<Reference> references, string kind)
    {
        var ofKind = references.Where(r => Key(r) is not null && r.Kind is not null && VietnameseText.Fold(r.Kind) == kind).ToList();
        var pool = ofKind.Count > 0 ? ofKind : references.Where(r => Key(r) is not null).ToList();
        return pool
            .GroupBy(r => Key(r)!)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(r => r.Start))
            .Select(g => g.Key)
            .FirstOrDefault();
    }
}
