using Directives.Core.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Directives.Search.Analysis;

/// <summary>The token form a field of <see cref="SharedTextAnalyzer"/> gets.</summary>
public enum TokenForm
{
    /// <summary>The tokens as <c>VietnameseAnalyzer(fold: false)</c> gives them.</summary>
    Exact,
    /// <summary>Every diacritic removed, as <c>VietnameseAnalyzer(fold: true)</c> gives them.</summary>
    Folded,
    /// <summary>
    /// Each two adjacent folded tokens as one ("ket nap", "nap dang", "dang vien"), at the position of the first:
    /// a phrase of common words is a phrase of these, far rarer (<see cref="SharedTextAnalyzer.Pair"/>).
    /// </summary>
    FoldedPairs,
}

/// <summary>
/// The indexing analyzer of a text indexed in several forms, exact, folded and folded pairs ("text", "text_folded",
/// "text_pairs"; "title" and "title_folded"): the text is segmented and lower-cased once per document, by
/// <see cref="VietnameseAnalyzer"/>, and every field replays the recorded tokens in its form (<see cref="TokenForm"/>). The tokens are exactly those
/// of <c>VietnameseAnalyzer(fold: false)</c> and <c>VietnameseAnalyzer(fold: true)</c> (the folded form of a token is
/// the fold of its exact form), so queries built with those analyzers match as before; only the second tokenisation
/// is gone, which was a tenth of the CPU of an ingest (StandardTokenizer's scanner dominates it).
/// Pairs are made only of tokens that follow each other (position increment one), so a phrase of pairs matches where
/// the phrase of its tokens does, and nowhere else.
/// </summary>
/// <remarks>
/// Whichever of the fields Lucene inverts first records (per thread; a document is inverted on one thread), the
/// others replay when their text is one of the last two recorded, character for character (a text and its title); a
/// different text is analysed afresh, so the
/// order in which Lucene visits the fields, or a field indexed alone, never changes a token.
/// </remarks>
public sealed class SharedTextAnalyzer(Func<string, TokenForm> forms) : Analyzer(PER_FIELD_REUSE_STRATEGY)
{
    static readonly VietnameseAnalyzer Exact = new(fold: false);

    /// <summary>The term of the pair field for two adjacent folded tokens.</summary>
    public static string Pair(string first, string second) => first + PairSeparator + second;

    /// <summary>Between the two tokens of a pair: a space, which no token contains.</summary>
    const char PairSeparator = ' ';

    /// <summary>
    /// The last two texts analysed on this thread, the latest first: a document's text and its title, whose values
    /// Lucene inverts field by field (the text, then the text and title of the folded and pair fields, then the title's).
    /// </summary>
    [ThreadStatic] static Recording? recording, previous;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        => new(new ReplayTokenizer(reader, forms(fieldName)));

    /// <summary>
    /// Between two values of one field (a text and its title in the folded and pair fields): a gap, so that no phrase
    /// matches across the end of one and the start of the next.
    /// </summary>
    public override int GetPositionIncrementGap(string fieldName) => ValueGap;

    const int ValueGap = 100;

    /// <summary>The last text analysed on this thread and its exact tokens.</summary>
    sealed class Recording
    {
        /// <summary>Texts longer than this are not kept between documents (the buffers are let go after the next).</summary>
        public const int KeepChars = 1 << 20;

        public char[] Text = [];
        public int TextLength = -1;
        public char[] Terms = new char[4096];
        public int[] TermStart = new int[512], TermLength = new int[512], StartOffset = new int[512], EndOffset = new int[512], PositionIncrement = new int[512];
        public int Count, FinalOffset, FinalPositionIncrement;
        readonly ArrayReader reader = new();

        public bool Holds(ReadOnlySpan<char> text) => TextLength == text.Length && text.SequenceEqual(Text.AsSpan(0, TextLength));

        /// <summary>Analyses <see cref="Text"/>[0..length) with the exact analyzer and records its tokens.</summary>
        public void Analyse(int length)
        {
            TextLength = -1; // not valid until recorded in full
            Count = 0;
            var used = 0;
            reader.Reset(Text, length);
            using (var stream = Exact.GetTokenStream("text", reader))
            {
                var term = stream.AddAttribute<ICharTermAttribute>();
                var offset = stream.AddAttribute<IOffsetAttribute>();
                var increment = stream.AddAttribute<IPositionIncrementAttribute>();
                stream.Reset();
                while (stream.IncrementToken())
                {
                    if (Count == TermStart.Length) Grow();
                    if (used + term.Length > Terms.Length) Array.Resize(ref Terms, Math.Max(Terms.Length * 2, used + term.Length));
                    term.Buffer.AsSpan(0, term.Length).CopyTo(Terms.AsSpan(used));
                    TermStart[Count] = used;
                    TermLength[Count] = term.Length;
                    StartOffset[Count] = offset.StartOffset;
                    EndOffset[Count] = offset.EndOffset;
                    PositionIncrement[Count] = increment.PositionIncrement;
                    used += term.Length;
                    Count++;
                }
                stream.End();
                FinalOffset = offset.EndOffset;
                FinalPositionIncrement = increment.PositionIncrement;
            }
            TextLength = length;
        }

        void Grow()
        {
            var size = TermStart.Length * 2;
            Array.Resize(ref TermStart, size);
            Array.Resize(ref TermLength, size);
            Array.Resize(ref StartOffset, size);
            Array.Resize(ref EndOffset, size);
            Array.Resize(ref PositionIncrement, size);
        }

        /// <summary>After a very long text, the thread's token buffers go back to their first size for a short one.</summary>
        public static Recording Trimmed(Recording r, int length) => r.Terms.Length > KeepChars && length < KeepChars / 4 ? new Recording() : r;
    }

    sealed class ReplayTokenizer : Tokenizer
    {
        readonly TokenForm form;
        readonly ICharTermAttribute term;
        readonly IOffsetAttribute offset;
        readonly IPositionIncrementAttribute increment;
        Recording? tokens;
        int next;

        public ReplayTokenizer(TextReader input, TokenForm form) : base(input)
        {
            this.form = form;
            term = AddAttribute<ICharTermAttribute>();
            offset = AddAttribute<IOffsetAttribute>();
            increment = AddAttribute<IPositionIncrementAttribute>();
        }

        public override void Reset()
        {
            base.Reset();
            var r = recording ??= new Recording();
            var text = scratch is { Length: > 0 and <= Recording.KeepChars } kept ? kept : new char[4096];
            var length = ReadAll(m_input, ref text);
            if (!r.Holds(text.AsSpan(0, length)))
            {
                if (previous is { } p && p.Holds(text.AsSpan(0, length)))
                    (recording, previous, r) = (p, r, p);
                else
                {
                    // Another text: it takes the older recording's place (the buffers swap, nothing is copied), then is analysed.
                    var older = Recording.Trimmed(previous ?? new Recording(), length);
                    (recording, previous, r) = (older, r, older);
                    (r.Text, text) = (text, r.Text);
                    r.Analyse(length);
                }
            }
            scratch = text;
            tokens = r;
            next = form == TokenForm.FoldedPairs ? 1 : 0; // a pair is emitted at its second token
            pendingIncrement = 0;
        }

        /// <summary>Pairs: the position increments of first tokens whose pair was not emitted (not adjacent).</summary>
        int pendingIncrement;

        /// <summary>Where this thread reads a field's value before comparing it with the recording.</summary>
        [ThreadStatic] static char[]? scratch;

        static int ReadAll(TextReader input, ref char[] buffer)
        {
            var length = 0;
            while (true)
            {
                if (length == buffer.Length) Array.Resize(ref buffer, Math.Max(4096, buffer.Length * 2));
                var read = input.Read(buffer, length, buffer.Length - length);
                if (read <= 0) return length;
                length += read;
            }
        }

        public override bool IncrementToken()
        {
            var r = tokens!;
            if (form == TokenForm.FoldedPairs) return NextPair(r);
            if (next >= r.Count) return false;
            ClearAttributes();
            var length = r.TermLength[next];
            var buffer = term.ResizeBuffer(length);
            var source = r.Terms.AsSpan(r.TermStart[next], length);
            if (form == TokenForm.Folded) VietnameseText.Fold(source, buffer);
            else source.CopyTo(buffer);
            term.Length = length;
            offset.SetOffset(CorrectOffset(r.StartOffset[next]), CorrectOffset(r.EndOffset[next]));
            increment.PositionIncrement = r.PositionIncrement[next];
            next++;
            return true;
        }

        /// <summary>The pair of the token before <c>next</c> and <c>next</c>, at the first one's position, skipping tokens not adjacent.</summary>
        bool NextPair(Recording r)
        {
            for (; next < r.Count; next++)
            {
                pendingIncrement += r.PositionIncrement[next - 1];
                if (r.PositionIncrement[next] != 1) continue;
                ClearAttributes();
                var (first, second) = (r.TermLength[next - 1], r.TermLength[next]);
                var buffer = term.ResizeBuffer(first + 1 + second);
                VietnameseText.Fold(r.Terms.AsSpan(r.TermStart[next - 1], first), buffer);
                buffer[first] = PairSeparator;
                VietnameseText.Fold(r.Terms.AsSpan(r.TermStart[next], second), buffer.AsSpan(first + 1));
                term.Length = first + 1 + second;
                offset.SetOffset(CorrectOffset(r.StartOffset[next - 1]), CorrectOffset(r.EndOffset[next]));
                increment.PositionIncrement = pendingIncrement;
                pendingIncrement = 0;
                next++;
                return true;
            }
            return false;
        }

        public override void End()
        {
            base.End();
            var r = tokens!;
            var final = CorrectOffset(r.FinalOffset);
            offset.SetOffset(final, final);
            increment.PositionIncrement = r.FinalPositionIncrement;
        }

        protected override void Dispose(bool disposing)
        {
            tokens = null;
            base.Dispose(disposing);
        }
    }

    /// <summary>A reader over the first characters of an array, reused for every text a thread analyses.</summary>
    sealed class ArrayReader : TextReader
    {
        char[] chars = [];
        int position, length;

        public void Reset(char[] source, int count) => (chars, position, length) = (source, 0, count);

        public override int Read(char[] buffer, int index, int count)
        {
            var n = Math.Min(count, length - position);
            if (n <= 0) return 0;
            chars.AsSpan(position, n).CopyTo(buffer.AsSpan(index));
            position += n;
            return n;
        }

        public override int Read() => position < length ? chars[position++] : -1;

        public override int Peek() => position < length ? chars[position] : -1;
    }
}
