using System.Text.RegularExpressions;
using Directives.Core.Authority;
using Directives.Core.Citations;
using Directives.Core.Extraction;
using Directives.Core.Text;

namespace Directives.Core.References;

/// <summary>
/// Finds documents cited by name, without a number: plenum resolutions ("Nghị quyết Trung ương 4 khóa XII"),
/// congress resolutions ("Nghị quyết Đại hội XIII của Đảng", "… Đại hội XV Đảng bộ tỉnh"), "Điều lệ Đảng", "Cương lĩnh".
/// </summary>
public static class NamedReferenceScanner
{
    const int AttachmentReach = 60;

    /// <summary>
    /// Named references in text order (Category "named"); offsets are UTF-16 offsets in <paramref name="text"/>,
    /// which should be NFC (<see cref="VietnameseText.Normalize"/>). Plenum names are resolved against
    /// <paramref name="authority"/> (the embedded file when null).
    /// </summary>
    public static IReadOnlyList<Reference> Scan(string text, AuthorityFile? authority = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        authority ??= AuthorityFile.Default;
        var folded = VietnameseText.Fold(text);
        var citations = CitationScanner.Scan(text);
        var found = new List<Reference>();

        foreach (var m in LiteralAnchored.Matches(NamedGrammar.Plenum(), folded, NamedGrammar.PlenumStarts))
            if (!DescribesCitation(folded, citations, m.Index))
                found.AddRange(PlenumReferences(text, folded, m, authority));
        foreach (Match m in NamedGrammar.Congress().Matches(folded))
            if (CongressReference(text, folded, m) is { } r) found.Add(r);
        foreach (Match m in NamedGrammar.Charter().Matches(folded))
            found.Add(Named(text, m.Index, m.Index + m.Length, "Điều lệ", "Điều lệ Đảng"));
        foreach (Match m in NamedGrammar.Platform().Matches(folded))
            found.Add(Named(text, m.Index, m.Index + m.Length, "Cương lĩnh", PlatformName(m)));

        return found
            .Where(r => !OverlapsCitation(citations, r))
            .OrderBy(r => r.Start)
            .ToList();
    }

    static IEnumerable<Reference> PlenumReferences(string text, string folded, Match m, AuthorityFile authority)
    {
        var plenum = NamedGrammar.OrdinalValue((m.Groups["n"].Success ? m.Groups["n"] : m.Groups["o"]).Value);
        if (plenum is not (>= 1 and <= 30)) yield break;
        var kind = m.Groups["kind"].Value.StartsWith('k') ? "Kết luận" : "Nghị quyết";

        var terms = new List<string>();
        var end = m.Index + m.Length;
        var lastGood = m.Groups["termpart"].Success ? m.Groups["termpart"].Index : end;
        foreach (Capture t in m.Groups["t"].Captures)
        {
            var roman = RomanNumerals.Canonical(t.Value);
            // A second term must be a neighbour of the first ("khóa XI, XII"), not a stray letter.
            var fits = roman is not null && (terms.Count == 0 ||
                (!terms.Contains(roman) && Math.Abs(RomanNumerals.Parse(roman)!.Value - RomanNumerals.Parse(terms[0])!.Value) <= 3));
            if (!fits) break;
            terms.Add(roman!);
            lastGood = t.Index + t.Length;
        }
        if (m.Groups["termpart"].Success && terms.Count < m.Groups["t"].Captures.Count) end = lastGood;
        else if (m.Groups["termpart"].Success && terms.Count == 0) end = m.Groups["termpart"].Index;
        else if (m.Groups["termpart"].Success && folded[end - 1] == ')' && !HasOpening(folded, m.Groups["termpart"])) end--;

        if (terms.Count == 0)
        {
            yield return Named(text, m.Index, end, kind, $"Trung ương {plenum}");
            yield break;
        }
        foreach (var term in terms)
            yield return Named(text, m.Index, end, kind, $"Trung ương {plenum} khóa {term}") with
            {
                Term = term,
                Resolved = Resolve(authority, plenum.Value, term, kind, folded, end)?.Citation,
            };
    }

    static bool HasOpening(string folded, Group termpart) =>
        folded.AsSpan(termpart.Index, termpart.Length).Contains('(');

    /// <summary>The plenum's one document of the kind; when it adopted several, the one the words after the name ("về …") describe.</summary>
    static AuthorityEntry? Resolve(AuthorityFile authority, int plenum, string term, string kind, string folded, int end)
    {
        var candidates = authority.PlenumCandidates(plenum, term, kind);
        if (candidates.Count <= 1) return candidates.FirstOrDefault();
        var subject = NamedGrammar.Subject().Match(folded, end);
        if (subject.Success)
        {
            var words = Bigrams(subject.Groups["s"].Value);
            var scored = candidates.Select(c => (Entry: c, Score: Bigrams(VietnameseText.Fold(c.Title ?? "")).Count(words.Contains)))
                .OrderByDescending(x => x.Score).ToList();
            if (scored[0].Score >= 2 && scored[0].Score > scored[1].Score) return scored[0].Entry;
        }
        return authority.ByPlenum(plenum, term, kind);
    }

    static HashSet<string> Bigrams(string folded)
    {
        var words = folded.Split([' ', ',', ';', '(', ')', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return Enumerable.Range(0, Math.Max(0, words.Length - 1)).Select(i => words[i] + " " + words[i + 1]).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>True when the name only describes a numbered citation just before it: "Nghị quyết số 04-NQ/TW (Nghị quyết Trung ương 4 khóa XII)".</summary>
    static bool DescribesCitation(string folded, IReadOnlyList<CitationMatch> citations, int start)
    {
        var c = LastEndingBefore(citations, start);
        return c is not null && start - c.End <= AttachmentReach
               && NamedGrammar.Attachment().IsMatch(folded.AsSpan(c.End, start - c.End));
    }

    /// <summary>The citation ending last at or before <paramref name="start"/> (citations come in text order).</summary>
    static CitationMatch? LastEndingBefore(IReadOnlyList<CitationMatch> citations, int start)
    {
        int lo = 0, hi = citations.Count - 1, hit = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (citations[mid].Start < start) { hit = mid; lo = mid + 1; } else hi = mid - 1;
        }
        for (var i = hit; i >= 0 && i >= hit - 2; i--)
            if (citations[i].End <= start) return citations[i];
        return null;
    }

    static bool OverlapsCitation(IReadOnlyList<CitationMatch> citations, Reference r)
    {
        int lo = 0, hi = citations.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (citations[mid].Start < r.End) lo = mid + 1; else hi = mid - 1;
        }
        // citations[hi] is the last one starting before r ends; matches do not overlap one another.
        return hi >= 0 && citations[hi].End > r.Start;
    }

    static Reference? CongressReference(string text, string folded, Match m)
    {
        var r = m.Groups["r"];
        // Roman numerals of congresses are written in capitals; "đại hội vì …" is no congress.
        if (r.Success && (RomanNumerals.Canonical(r.Value) is null || text.AsSpan(r.Index, r.Length).ToString() != r.Value.ToUpperInvariant()))
            return null;
        var roman = r.Success ? RomanNumerals.Canonical(r.Value) : null;
        var end = m.Index + m.Length;
        if (m.Groups["national"].Success)
            return Named(text, m.Index, end, "Nghị quyết", $"Đại hội {roman} của Đảng") with { Term = roman };
        if (m.Groups["bare"].Success)
            return Named(text, m.Index, end, "Nghị quyết", $"Đại hội {roman}");

        var level = m.Groups["level"].Success ? " " + LevelName(m.Groups["level"].Value) : "";
        var place = "";
        if (m.Groups["level"].Success)
        {
            var placeEnd = PlaceEnd(text, end);
            if (placeEnd > end)
            {
                place = " " + string.Join(' ', text[end..placeEnd].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                end = placeEnd;
            }
        }
        string? ordinal = null;
        var after = NamedGrammar.CongressOrdinal().Match(folded, end);
        if (after.Success && RomanNumerals.Canonical(after.Groups["r"].Value) is { } n
                          && text.Substring(after.Groups["r"].Index, after.Groups["r"].Length) == n)
        {
            ordinal = n;
            end = after.Index + after.Length;
        }
        if (roman is null && ordinal is null && level.Length == 0) return null;
        var name = roman is not null ? $"Đại hội {roman} Đảng bộ{level}{place}" : $"Đại hội Đảng bộ{level}{place}";
        if (ordinal is not null) name += $" lần thứ {ordinal}";
        return Named(text, m.Index, end, "Nghị quyết", name);
    }

    /// <summary>End of a place name of capitalised words ("Kon Tum", "Bà Rịa - Vũng Tàu") right after the level, at most four words.</summary>
    static int PlaceEnd(string text, int start)
    {
        var end = start;
        var i = start;
        for (var words = 0; words < 4; words++)
        {
            var j = i;
            while (j < text.Length && text[j] == ' ') j++;
            if (j < text.Length - 1 && (text[j] is '-' or '–') && text[j + 1] == ' ')
                for (j++; j < text.Length && text[j] == ' '; j++) { }
            if (j >= text.Length || !char.IsUpper(text[j]) || j - i > 3) break;
            var k = j;
            while (k < text.Length && char.IsLetter(text[k])) k++;
            var word = text[j..k];
            if (word.Length > 1 && word.All(char.IsUpper) && RomanNumerals.Canonical(word) is not null) break; // "… tỉnh XV"
            i = end = k;
        }
        return end;
    }

    static string LevelName(string folded) => string.Join(' ', folded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) switch
    {
        "tinh" => "tỉnh", "thanh pho" => "thành phố", "huyen" => "huyện", "quan" => "quận",
        "thi xa" => "thị xã", "thi tran" => "thị trấn", "xa" => "xã", "phuong" => "phường", var other => other,
    };

    static string PlatformName(Match m) =>
        m.Groups["transition"].Success ? "Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội"
        : m.Groups["political"].Success ? "Cương lĩnh chính trị"
        : m.Groups["year"].Success ? $"Cương lĩnh năm {m.Groups["year"].Value}"
        : "Cương lĩnh";

    /// <summary>A reference by name covering text[start..end].</summary>
    internal static Reference Named(string text, int start, int end, string kind, string name) => new()
    {
        Category = ReferenceCategories.Named,
        Kind = kind,
        Name = name,
        Surface = text[start..end],
        Start = start,
        End = end,
    };
}
