using Directives.Core.Text;
using Directives.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Directives.Search.Tests;

/// <summary>
/// The indexing analyzer that tokenises a text once for its exact, folded and pair fields gives, field by field, exactly
/// the tokens (terms, positions, offsets, end state) of the two analyzers queries are built with, and the pairs of
/// adjacent folded tokens, whatever order the fields come in and however texts alternate between them.
/// </summary>
public sealed class SharedTextAnalyzerTests
{
    static readonly VietnameseAnalyzer Exact = new(fold: false);
    static readonly VietnameseAnalyzer Folded = new(fold: true);

    static SharedTextAnalyzer NewShared() => new(field =>
        field.EndsWith("_folded", StringComparison.Ordinal) ? TokenForm.Folded
        : field.EndsWith("_pairs", StringComparison.Ordinal) ? TokenForm.FoldedPairs
        : TokenForm.Exact);

    /// <summary>
    /// What the pair field must give, from the folded analyzer's own tokens: each token with the next one at the next
    /// position, at the first one's position and from its start to the second's end; the end state is the folded
    /// stream's (the pairs end where the text does).
    /// </summary>
    static List<string> ExpectedPairs(string text)
    {
        var (tokens, end) = Tokens(Folded, "text", text);
        var pairs = tokens.Zip(tokens.Skip(1)).Where(p => p.Second.Position == p.First.Position + 1)
            .Select(p => $"{p.First.Term} {p.Second.Term}@{p.First.Position}[{p.First.Start},{p.Second.End})").ToList();
        pairs.Add(end);
        return pairs;
    }

    /// <summary>Every token as "term@position[start,end)" and the end state, so any difference shows.</summary>
    static List<string> Stream(Analyzer analyzer, string field, string text)
    {
        var (tokens, end) = Tokens(analyzer, field, text);
        return [.. tokens.Select(t => $"{t.Term}@{t.Position}[{t.Start},{t.End})"), end];
    }

    static (List<(string Term, int Position, int Start, int End)> Tokens, string End) Tokens(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<(string Term, int Position, int Start, int End)>();
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return (tokens, $"end {offset.EndOffset} +{increment.PositionIncrement}");
    }

    static IEnumerable<string> RealTexts() =>
        RepositoryPaths.RealTextFiles().Order(StringComparer.Ordinal).Select(path => VietnameseText.Normalize(File.ReadAllText(path)));

    [Fact]
    public void Real_texts_give_the_tokens_of_the_query_analyzers_in_either_field_order()
    {
        var shared = NewShared();
        var texts = RealTexts().ToList();
        Assert.True(texts.Count >= 20, $"{texts.Count} texts");
        var checkedTokens = 0;
        foreach (var (text, k) in texts.Select((t, k) => (t, k)))
        {
            var exact = Stream(Exact, "text", text);
            var folded = Stream(Folded, "text", text);
            // Alternate which field comes first, as Lucene's field order is not ours to fix.
            var pairs = ExpectedPairs(text);
            if (k % 2 == 0)
            {
                Assert.Equal(exact, Stream(shared, "text", text));
                Assert.Equal(folded, Stream(shared, "text_folded", text));
                Assert.Equal(pairs, Stream(shared, "text_pairs", text));
            }
            else
            {
                Assert.Equal(pairs, Stream(shared, "text_pairs", text));
                Assert.Equal(folded, Stream(shared, "text_folded", text));
                Assert.Equal(exact, Stream(shared, "text", text));
            }
            Assert.Equal(Math.Max(0, folded.Count - 2), pairs.Count - 1); // the tokenizer leaves no gaps in real texts: every token but the last starts a pair
            checkedTokens += exact.Count;
        }
        Assert.True(checkedTokens > 10_000, $"{checkedTokens} tokens");
    }

    [Fact]
    public void A_text_and_its_title_in_the_order_Lucene_inverts_them_give_the_query_analyzers_tokens()
    {
        var shared = NewShared();
        var texts = RealTexts().ToList();
        foreach (var (text, k) in texts.Select((t, k) => (t, k)))
        {
            // Lucene visits a document's fields by name, each field's values in order: text; text_folded (text, title);
            // text_pairs (text, title); title; title_folded. The title here is another real text's opening line.
            var title = texts[(k + 1) % texts.Count].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
            Assert.Equal(Stream(Exact, "text", text), Stream(shared, "text", text));
            Assert.Equal(Stream(Folded, "text", text), Stream(shared, "text_folded", text));
            Assert.Equal(Stream(Folded, "text", title), Stream(shared, "text_folded", title));
            Assert.Equal(ExpectedPairs(text), Stream(shared, "text_pairs", text));
            Assert.Equal(ExpectedPairs(title), Stream(shared, "text_pairs", title));
            Assert.Equal(Stream(Exact, "text", title), Stream(shared, "title", title));
            Assert.Equal(Stream(Folded, "text", title), Stream(shared, "title_folded", title));
        }
    }

    [Fact]
    public void A_field_whose_text_differs_from_the_recorded_one_is_analysed_afresh()
    {
        var shared = NewShared();
        const string first = "Chỉ thị số 28-CT/TW ngày 21/01/2019 của Ban Bí thư về nâng cao chất lượng kết nạp đảng viên";
        const string second = "Kế hoạch 03-KH/HU; Tỉnh uỷ Hoà Bình; 007 đảng viên";
        Assert.Equal(Stream(Exact, "text", first), Stream(shared, "text", first));
        Assert.Equal(Stream(Folded, "text", second), Stream(shared, "text_folded", second));
        Assert.Equal(Stream(Exact, "text", second), Stream(shared, "title", second));
        Assert.Equal(Stream(Folded, "text", first), Stream(shared, "title_folded", first));
        // A text that only extends the recorded one is another text.
        Assert.Equal(Stream(Folded, "text", first + " mới"), Stream(shared, "text_folded", first + " mới"));
        Assert.Equal(Stream(Exact, "text", ""), Stream(shared, "text", ""));
    }

    [Fact]
    public void Random_texts_of_Vietnamese_pieces_give_the_same_tokens()
    {
        string[] pieces = ["Đảng", "đảng", "viên", "hoà", "hòa", "uỷ", "THUỶ", "0", "007", "28-CT/TW", "98,44%", "4.922", " ", "  ", "\n", ", ", "; ",
            "Chi\u0309", "x" + new string('a', 70), "khoẻ", "QĐi", "(", ")", "–", "1/2019", "đ", "Ư", "ơ", "𝒳", "日本"];
        var random = new Random(12);
        var shared = NewShared();
        for (var n = 0; n < 2_000; n++)
        {
            var text = VietnameseText.Normalize(string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => pieces[random.Next(pieces.Length)])));
            if (random.Next(5) == 0)
            {
                Assert.Equal(ExpectedPairs(text), Stream(shared, "text_pairs", text));
                continue;
            }
            var (field, analyzer) = random.Next(4) switch
            {
                0 => ("text", Exact), 1 => ("text_folded", Folded), 2 => ("title", Exact), _ => ("title_folded", Folded),
            };
            Assert.Equal(Stream(analyzer, "text", text), Stream(shared, field, text));
        }
    }
}
