using Directives.Core.Text;
using Directives.Search.Analysis;
using Directives.Search.Querying;
using Lucene.Net.Analysis.TokenAttributes;

namespace Directives.Search.Tests;

/// <summary>
/// A quoted phrase is searched as a phrase of the text's folded pairs ("text_pairs"); it must find exactly the texts in
/// which its folded words stand next to each other, as a phrase of the folded words themselves does.
/// </summary>
public sealed class PhraseSearchTests : IDisposable
{
    readonly TestIndex t = new();
    readonly List<(string Id, string Text)> texts;

    public PhraseSearchTests()
    {
        texts = RepositoryPaths.RealTextFiles().Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(Path.GetDirectoryName(path)) + "/" + Path.GetFileName(path), VietnameseText.Normalize(File.ReadAllText(path))))
            .ToList();
        foreach (var (id, text) in texts) t.Add(id, text);
        t.Commit();
    }

    /// <summary>Spans of two to seven adjacent tokens of a text, as written there (from the first one's start to the last one's end).</summary>
    static IEnumerable<string> Spans(string text, Random random, int count)
    {
        var tokens = new List<(int Start, int End)>();
        using (var stream = new VietnameseAnalyzer(fold: true).GetTokenStream("text", new StringReader(text)))
        {
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken()) tokens.Add((offset.StartOffset, offset.EndOffset));
            stream.End();
        }
        for (var n = 0; n < count && tokens.Count > 8; n++)
        {
            var length = random.Next(2, 8);
            var first = random.Next(tokens.Count - length);
            var span = text[tokens[first].Start..tokens[first + length - 1].End];
            if (!span.Contains('"')) yield return span;
        }
    }

    [Fact]
    public void A_phrase_finds_exactly_the_texts_where_its_folded_words_stand_together()
    {
        var folded = new VietnameseAnalyzer(fold: true);
        // Each text as its folded tokens between separators, so a phrase is a run of whole tokens in it.
        const char Sep = '\u0001';
        string Joined(string text) => Sep + string.Join(Sep, folded.Tokens(text)) + Sep;
        var joined = texts.Select(x => (x.Id, Tokens: Joined(x.Text))).ToList();
        var random = new Random(28);
        var phrases = texts.SelectMany(x => Spans(x.Text, random, 6)).ToList();
        Assert.True(phrases.Count > 200, $"{phrases.Count} phrases");
        var foundElsewhere = 0;
        foreach (var phrase in phrases)
        {
            var run = Joined(phrase);
            var expected = joined.Where(x => x.Tokens.Contains(run, StringComparison.Ordinal)).Select(x => x.Id).Order(StringComparer.Ordinal).ToList();

            var r = t.Index.Search(new SearchRequest { Query = $"\"{phrase}\"", Size = SearchRequest.MaxSize });
            Assert.True(expected.Count > 0, phrase);
            Assert.Equal(expected.Count, r.Total);
            Assert.Equal(expected.Take(SearchRequest.MaxSize), r.Hits.Select(h => h.Id).Order(StringComparer.Ordinal).Take(SearchRequest.MaxSize));
            if (expected.Count > 1) foundElsewhere++;
        }
        Assert.True(foundElsewhere > 20, $"{foundElsewhere} phrases found in more than the text they were taken from");
    }

    [Theory]
    [InlineData("kết nạp đảng viên", "ket nap dang vien")]
    [InlineData("Ban Thường vụ Tỉnh ủy", "ban thuong vu tinh uy")]
    public void A_phrase_typed_without_diacritics_finds_the_same_texts(string withDiacritics, string without)
    {
        var a = t.Index.Search(new SearchRequest { Query = $"\"{withDiacritics}\"", Size = SearchRequest.MaxSize });
        var b = t.Index.Search(new SearchRequest { Query = $"\"{without}\"", Size = SearchRequest.MaxSize });
        Assert.True(a.Total > 0);
        Assert.Equal(a.Total, b.Total);
        Assert.Equal(a.Hits.Select(h => h.Id).Order(), b.Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public void Words_that_stand_apart_are_not_a_phrase()
    {
        var a = t.Index.Search(new SearchRequest { Query = "\"viên đảng\"", Size = SearchRequest.MaxSize });
        var b = t.Index.Search(new SearchRequest { Query = "\"đảng viên\"", Size = SearchRequest.MaxSize });
        Assert.True(b.Total > a.Total, $"{a.Total} / {b.Total}");
    }

    public void Dispose() => t.Dispose();
}
