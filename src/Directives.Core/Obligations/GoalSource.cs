using System.Text.RegularExpressions;
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

    public static string? Resolve(string folded, ReferenceIndex references, SentenceIndex sentences, GoalScope scope, int firstItem)
    {
        var contextStart = sentences.PreviousSentenceStart(scope.TriggerStart);
        var until = Math.Max(firstItem, scope.TriggerEnd);
        var kind = MentionedKind(folded, references, scope.SentenceStart, until);
        Extraction.Reference? nearest = null, nearestOfKind = null;
        foreach (var r in references.StartingIn(contextStart, until))
        {
            nearest = r;
            if (kind is not null && r.Kind is not null && VietnameseText.Fold(r.Kind) == kind) nearestOfKind = r;
        }
        if (nearestOfKind is not null || nearest is not null) return ReferenceIndex.Key(nearestOfKind ?? nearest!);
        return kind is null ? null : references.SubjectDocument(kind);
    }

    /// <summary>A kind word standing alone ("Nghị quyết đề ra"), not the head of a reference.</summary>
    static string? MentionedKind(string folded, ReferenceIndex references, int from, int to)
    {
        string? kind = null;
        foreach (Match m in BareKind.Matches(folded[from..to]))
            if (!references.Covers(from + m.Index)) kind = m.Groups["k"].Value;
        return kind;
    }
}
