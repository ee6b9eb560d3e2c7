using Directives.Core.Extraction;

namespace Directives.Core.Obligations;

/// <summary>References ordered by position, so a window of text finds its references by binary search.</summary>
internal sealed class ReferenceIndex
{
    readonly Reference[] byStart;
    readonly Dictionary<string, string?> subjectByKind = [];

    public ReferenceIndex(IReadOnlyList<Reference> references) =>
        byStart = references.Where(r => Key(r) is not null).OrderBy(r => r.Start).ToArray();

    /// <summary>What a source field names a reference by: citation, else resolved number, else name.</summary>
    public static string? Key(Reference r) => r.Citation ?? r.Resolved ?? r.Name;

    /// <summary>References starting in [from, to), in text order.</summary>
    public IEnumerable<Reference> StartingIn(int from, int to)
    {
        for (var i = FirstAtOrAfter(from); i < byStart.Length && byStart[i].Start < to; i++) yield return byStart[i];
    }

    /// <summary>Whether position lies inside a reference's surface.</summary>
    public bool Covers(int position)
    {
        var i = FirstAtOrAfter(position + 1) - 1;
        // Mentions do not nest deeply; a few steps back cover any that overlap.
        for (var k = 0; k < 4 && i >= 0; k++, i--)
            if (position >= byStart[i].Start && position < byStart[i].End) return true;
        return false;
    }

    /// <summary>The most cited document of the kind (folded kind name) in the text, earliest on a tie; any kind when none matches.</summary>
    public string? SubjectDocument(string foldedKind)
    {
        if (subjectByKind.TryGetValue(foldedKind, out var known)) return known;
        var ofKind = byStart.Where(r => r.Kind is not null && Text.VietnameseText.Fold(r.Kind) == foldedKind).ToList();
        var pool = ofKind.Count > 0 ? ofKind : [.. byStart];
        var subject = pool
            .GroupBy(r => Key(r)!)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(r => r.Start))
            .Select(g => g.Key)
            .FirstOrDefault();
        subjectByKind[foldedKind] = subject;
        return subject;
    }

    int FirstAtOrAfter(int position) => Positions.FirstAtOrAfter(byStart, r => r.Start, position);
}
