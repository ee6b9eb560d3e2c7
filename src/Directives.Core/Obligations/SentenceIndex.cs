namespace Directives.Core.Obligations;

/// <summary>
/// Sentence and paragraph starts of one text, computed once so that every lookup is a binary search
/// (a long text with many numbers must not be rescanned per number).
/// </summary>
public sealed class SentenceIndex
{
    readonly string text;
    readonly List<int> sentenceStarts;
    readonly List<int> paragraphStarts;

    /// <summary>The index of a text, built once for all the recognisers of one extraction that ask for it.</summary>
    public static SentenceIndex For(string text) => Last.Get(text);

    static readonly Text.LastTextMemo<SentenceIndex> Last = new(t => new SentenceIndex(t));

    public SentenceIndex(string text)
    {
        this.text = text;
        sentenceStarts = new List<int>(text.Length / 64 + 1) { 0 };
        paragraphStarts = new List<int>(text.Length / 128 + 1) { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            // Only line ends and closing marks start a sentence: the characters between them are skipped over at once.
            var next = text.AsSpan(i).IndexOfAny(Marks);
            if (next < 0) break;
            i += next;
            var c = text[i];
            if (c == '\n')
            {
                sentenceStarts.Add(i + 1);
                paragraphStarts.Add(i + 1);
            }
            else if (c is '.' or '!' or '?' or '…' && i + 1 < text.Length && text[i + 1] == ' ' && StartsSentence(i + 1))
            {
                sentenceStarts.Add(i + 1);
            }
        }
    }

    static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create("\n.!?…");

    /// <summary>A full stop ends a sentence when a capital, a digit or an opening bracket follows.</summary>
    bool StartsSentence(int i)
    {
        while (i < text.Length && text[i] == ' ') i++;
        return i < text.Length && (char.IsUpper(text[i]) || char.IsDigit(text[i]) || text[i] is '(' or '"' or '“');
    }

    public int SentenceStart(int position) => Floor(sentenceStarts, position);

    /// <summary>Index just past the sentence holding position (its full stop included).</summary>
    public int SentenceEnd(int position)
    {
        var k = sentenceStarts.BinarySearch(position + 1);
        if (k < 0) k = ~k;
        return k < sentenceStarts.Count ? sentenceStarts[k] : text.Length;
    }

    /// <summary>The start of the sentence before, when it is in the same paragraph; else this sentence's start.</summary>
    public int PreviousSentenceStart(int position)
    {
        var own = SentenceStart(position);
        if (own == 0) return 0;
        var previous = SentenceStart(own - 1);
        return previous >= ParagraphStart(position) ? previous : own;
    }

    public int ParagraphStart(int position) => Floor(paragraphStarts, position);

    static int Floor(List<int> starts, int position)
    {
        var k = starts.BinarySearch(position);
        if (k >= 0) return starts[k];
        k = ~k - 1;
        return k >= 0 ? starts[k] : 0;
    }
}
