using System.Buffers;
using Directives.Core.Extraction;

namespace Directives.Core.Relations;

/// <summary>
/// Splits text on . ; ! ? … and line ends, one pass. A full stop between digits (4.922) or glued to the next
/// letter (TP.HCM), and anything inside a reference's span (05-CT/T.Ư), does not end a sentence.
/// </summary>
internal static class SentenceSplitter
{
    internal static List<Sentence> Split(string text, IReadOnlyList<Reference> references)
    {
        var sentences = new List<Sentence>();
        var segmentStart = 0;
        var next = 0; // index of the next reference by start (references are sorted, non-overlapping)
        var i = 0;
        while (i < text.Length)
        {
            while (next < references.Count && references[next].End <= i) next++;
            if (next < references.Count && references[next].Start <= i)
            {
                i = references[next].End; // nothing inside a reference ends a sentence
                continue;
            }
            // Only the marks that may end a sentence are looked at, up to the next reference.
            var stop = next < references.Count ? references[next].Start : text.Length;
            var mark = text.AsSpan(i, stop - i).IndexOfAny(Marks);
            if (mark < 0)
            {
                i = stop;
                continue;
            }
            i += mark;
            if (EndsSentence(text, i))
            {
                Add(text, segmentStart, i, sentences);
                segmentStart = i + 1;
            }
            i++;
        }
        Add(text, segmentStart, text.Length, sentences);
        return sentences;
    }

    static readonly SearchValues<char> Marks = SearchValues.Create("\n;!?….");

    static bool EndsSentence(string text, int i)
    {
        switch (text[i])
        {
            case '\n':
                return !IsWrapped(text, i);
            case ';' or '!' or '?' or '…':
                return true;
            case '.':
                var before = i > 0 ? text[i - 1] : ' ';
                var after = i + 1 < text.Length ? text[i + 1] : ' ';
                if (char.IsDigit(before) && char.IsDigit(after)) return false;
                return !char.IsLetter(after);
            default:
                return false;
        }
    }

    const int WrapLookBack = 200;

    /// <summary>
    /// A line break inside a wrapped paragraph (PDF text, hard-wrapped TXT): the line ends on a letter, digit or comma,
    /// is not an upper-case heading ("KẾ HOẠCH"), and the next line goes on in lower case or with a number.
    /// </summary>
    static bool IsWrapped(string text, int i)
    {
        var after = i + 1;
        while (after < text.Length && text[after] is ' ' or '\t') after++;
        if (after >= text.Length || !(char.IsLower(text[after]) || char.IsDigit(text[after]))) return false;
        var last = i - 1;
        while (last >= 0 && text[last] is ' ' or '\t' or '\r') last--;
        if (last < 0 || !(char.IsLetterOrDigit(text[last]) || text[last] is ',' or '/' or '-')) return false;
        var lineStart = text.LastIndexOf('\n', last, Math.Min(last + 1, WrapLookBack)) + 1;
        for (var k = lineStart; k <= last; k++)
            if (char.IsLower(text[k])) return true;
        return false;
    }

    static void Add(string text, int start, int end, List<Sentence> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end <= start) return;
        var hasLetter = false;
        for (var i = start; i < end && !hasLetter; i++) hasLetter = char.IsLetter(text[i]);
        if (!hasLetter) return;
        sentences.Add(new Sentence(start, end, sentences.Count));
    }
}
