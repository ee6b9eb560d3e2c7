using Directives.Core.Extraction;
using Directives.Core.Text;

namespace Directives.Core.Relations;

/// <summary>
/// Footnote lines ("([4]). Hướng dẫn số 03-HD/BTCTU …", "[4] …", "(4) …") by number, and the relation a marker
/// glued to a type word implies: "hướng dẫn([4])" → the footnote's guidance guides what the sentence is about.
/// </summary>
internal sealed class Footnotes
{
    // Type words a marker can hang on, folded, with the relation their footnote's document has to the sentence's document.
    static readonly (string[] Words, string Kind, string Type)[] KindWords =
    [
        (["huong", "dan"], "huong dan", RelationTypes.Guides),
        (["ke", "hoach"], "ke hoach", RelationTypes.Implements),
        (["chuong", "trinh"], "chuong trinh", RelationTypes.Implements),
        (["de", "an"], "de an", RelationTypes.Implements),
        (["quy", "dinh"], "quy dinh", RelationTypes.Implements),
        (["quyet", "dinh"], "quyet dinh", RelationTypes.Implements),
        (["nghi", "quyet"], "nghi quyet", RelationTypes.Implements),
        (["ket", "luan"], "ket luan", RelationTypes.Implements),
    ];

    const int MaxReferencesPerNote = 20;

    readonly Dictionary<int, (int Start, int End)> lines = [];

    internal Footnotes(string text)
    {
        // The last line opening with a marker wins: footnotes sit at the end of the text.
        var lineStart = 0;
        while (true)
        {
            var i = text.IndexOf('\n', lineStart);
            if (i < 0) i = text.Length;
            var s = lineStart;
            while (s < i && char.IsWhiteSpace(text[s])) s++;
            if (LeadingMarker(text, s, i) is { } n) lines[n] = (s, i);
            if (i == text.Length) break;
            lineStart = i + 1;
        }
    }

    static int? LeadingMarker(string text, int s, int end)
    {
        var j = s;
        var paren = j < end && text[j] == '(';
        if (paren) j++;
        var bracket = j < end && text[j] == '[';
        if (bracket) j++;
        if (!paren && !bracket) return null;
        var n = 0;
        var digits = 0;
        while (j < end && char.IsDigit(text[j]) && digits < 3) { n = n * 10 + (text[j] - '0'); j++; digits++; }
        if (digits == 0) return null;
        if (bracket && (j >= end || text[j++] != ']')) return null;
        if (paren && (j >= end || text[j] != ')')) return null;
        return n;
    }

    /// <summary>
    /// For a marker item at index m: the footnote document (reference index) and the relation type, when the marker
    /// hangs on a type word and its footnote line, after the marker, cites a document.
    /// </summary>
    internal (int Reference, string Type)? Resolve(List<Item> items, int m, IReadOnlyList<Reference> references)
    {
        if (m < 2 || !lines.TryGetValue(items[m].Value, out var line) || line.Start < items[m].End) return null;
        foreach (var (words, kind, type) in KindWords)
        {
            if (!items[m - 2].IsWord(words[0]) || !items[m - 1].IsWord(words[1])) continue;
            var first = -1;
            var stop = Math.Min(references.Count, FirstAtOrAfter(references, line.Start) + MaxReferencesPerNote);
            for (var r = FirstAtOrAfter(references, line.Start); r < stop && references[r].Start < line.End; r++)
            {
                if (first < 0) first = r;
                if (references[r].Kind is { } k && VietnameseText.Fold(k) == kind) return (r, type);
            }
            return first < 0 ? null : (first, type);
        }
        return null;
    }

    static int FirstAtOrAfter(IReadOnlyList<Reference> references, int offset)
    {
        int lo = 0, hi = references.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (references[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
