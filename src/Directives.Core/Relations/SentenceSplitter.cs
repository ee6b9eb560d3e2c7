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
        for (var i = 0; i < text.Length; i++)
        {
            while (next < references.Count && references[next].End <= i) next++;
            if (next < references.Count && references[next].Start <= i)
            {
                i = references[next].End - 1;
                continue;
            }
            if (!EndsSentence(text, i)) continue;
            Add(text, segmentStart, i, sentences);
            segmentStart = i + 1;
        }
        Add(text, segmentStart, text.Length, sentences);
        return sentences;
    }

    static bool EndsSentence(string text, int i)
    {
        switch (text[i])
        {
            case '\n' or ';' or '!' or '?' or '…':
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
