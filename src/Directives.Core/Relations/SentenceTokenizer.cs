using Directives.Core.Extraction;
using Directives.Core.Text;

namespace Directives.Core.Relations;

/// <summary>Turns one sentence into <see cref="Item"/>s; a reference's span becomes a single item.</summary>
internal static class SentenceTokenizer
{
    /// <param name="firstReference">Index of the first reference that may lie in the sentence; advanced past it.</param>
    internal static List<Item> Tokenize(string text, Sentence sentence, IReadOnlyList<Reference> references, ref int firstReference)
    {
        var items = new List<Item>((sentence.End - sentence.Start) / 6 + 4); // about one item per word
        var r = firstReference;
        while (r < references.Count && references[r].End <= sentence.Start) r++;
        // Where the next reference starts, read once per reference rather than once per character.
        var nextStart = r < references.Count ? references[r].Start : int.MaxValue;
        var i = sentence.Start;
        while (i < sentence.End)
        {
            if (nextStart <= i)
            {
                var end = Math.Min(references[r].End, sentence.End);
                items.Add(new Item(ItemKind.Reference, i, end, "", false, r));
                i = end;
                r++;
                nextStart = r < references.Count ? references[r].Start : int.MaxValue;
                continue;
            }
            var limit = Math.Min(sentence.End, nextStart);
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (TryMarker(text, i, limit, out var markerEnd, out var number))
            {
                items.Add(new Item(ItemKind.Marker, i, markerEnd, "", false, number));
                i = markerEnd;
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                var end = WordEnd(text, i, limit);
                var kind = char.IsDigit(c) ? ItemKind.Number : ItemKind.Word;
                items.Add(new Item(kind, i, end, Fold(text, i, end), char.IsUpper(c), 0));
                i = end;
                continue;
            }
            items.Add(new Item(ItemKind.Punctuation, i, i + 1, c < Ascii.Length ? Ascii[c] : c.ToString(), false, 0));
            i++;
        }
        firstReference = r;
        return items;
    }

    /// <summary>Each ASCII character as a string, so a punctuation mark allocates nothing.</summary>
    static readonly string[] Ascii = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    /// <summary>
    /// VietnameseText.Fold of text[start..end], without the intermediate substring and, for the words a thread has
    /// folded before, without a new string: a text's words repeat, and one string per word was most of what the
    /// relation recogniser allocated.
    /// </summary>
    static string Fold(string text, int start, int end)
    {
        var length = end - start;
        if (length > 32) return FoldNew(text, start, end);
        Span<char> folded = stackalloc char[length];
        VietnameseText.Fold(text.AsSpan(start, length), folded);
        var words = (FoldedWords ??= new Dictionary<string, string>(StringComparer.Ordinal)).GetAlternateLookup<ReadOnlySpan<char>>();
        if (words.TryGetValue(folded, out var known)) return known;
        if (FoldedWords.Count >= MaxFoldedWords) FoldedWords.Clear();
        var word = new string(folded);
        FoldedWords[word] = word;
        return word;
    }

    const int MaxFoldedWords = 50_000;

    [ThreadStatic] static Dictionary<string, string>? FoldedWords;

    static string FoldNew(string text, int start, int end) =>
        string.Create(end - start, (text, start), static (span, state) => VietnameseText.Fold(state.text.AsSpan(state.start, span.Length), span));

    /// <summary>Letters and digits, plus . , / - between digits (4.922, 98,44, 21/01/2019, 5-12-2017).</summary>
    static int WordEnd(string text, int i, int limit)
    {
        var end = i;
        while (end < limit)
        {
            var c = text[end];
            if (char.IsLetterOrDigit(c) || IsCombining(c)) { end++; continue; }
            if (c is '.' or ',' or '/' or '-' && end > i && char.IsDigit(text[end - 1]) && end + 1 < limit && char.IsDigit(text[end + 1]))
            {
                end++;
                continue;
            }
            break;
        }
        return end;
    }

    static bool IsCombining(char c) => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    /// <summary>"([4])", "[4]", or "(4)" glued to the word before it ("hướng dẫn([4])").</summary>
    static bool TryMarker(string text, int i, int limit, out int end, out int number)
    {
        end = i;
        number = 0;
        var glued = i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] is '”' or '"' or '’' or ')' or ']');
        if (!glued) return false;
        var j = i;
        var paren = j < limit && text[j] == '(';
        if (paren) j++;
        var bracket = j < limit && text[j] == '[';
        if (bracket) j++;
        if (!paren && !bracket) return false;
        var digits = 0;
        while (j < limit && char.IsDigit(text[j]) && digits < 3) { number = number * 10 + (text[j] - '0'); j++; digits++; }
        if (digits == 0) return false;
        if (bracket) { if (j >= limit || text[j] != ']') return false; j++; }
        if (paren) { if (j >= limit || text[j] != ')') return false; j++; }
        if (paren && !bracket && !char.IsLetter(text[i - 1])) return false;
        end = j;
        return true;
    }
}
