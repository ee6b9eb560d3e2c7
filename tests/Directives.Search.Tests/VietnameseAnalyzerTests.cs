using Directives.Core.Text;
using Directives.Search.Analysis;

namespace Directives.Search.Tests;

public class VietnameseAnalyzerTests
{
    static readonly VietnameseAnalyzer Exact = new(fold: false);
    static readonly VietnameseAnalyzer Folded = new(fold: true);

    static string Tokens(VietnameseAnalyzer a, string text) => string.Join(" ", a.Tokens(VietnameseText.Normalize(text)));

    [Theory]
    [InlineData("Đảng viên", "đảng viên", "dang vien")]
    [InlineData("Chỉ thị số 28-CT/TW", "chỉ thị số 28 ct tw", "chi thi so 28 ct tw")]
    [InlineData("Nghị quyết 03-NQ/TU", "nghị quyết 3 nq tu", "nghi quyet 3 nq tu")]
    [InlineData("Tỉnh uỷ Hoà Bình", "tỉnh ủy hòa bình", "tinh uy hoa binh")]
    [InlineData("Tỉnh ủy Hòa Bình", "tỉnh ủy hòa bình", "tinh uy hoa binh")]
    [InlineData("THUỶ LỢI", "thủy lợi", "thuy loi")]
    [InlineData("Chi\u0309 thi\u0323", "chỉ thị", "chi thi")]
    [InlineData("kết nạp 4.922 đảng viên, đạt 98,44%", "kết nạp 4.922 đảng viên đạt 98,44", "ket nap 4.922 dang vien dat 98,44")]
    [InlineData("Quy định 08-QĐi/TW", "quy định 8 qđi tw", "quy dinh 8 qdi tw")]
    public void Tokens_in_exact_and_folded_form(string input, string exact, string folded)
    {
        Assert.Equal(exact, Tokens(Exact, input));
        Assert.Equal(folded, Tokens(Folded, input));
    }

    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("uỷ ban", "ủy ban")]
    [InlineData("khoẻ mạnh", "khỏe mạnh")]
    public void Both_tone_placements_give_the_same_exact_tokens(string oldStyle, string newStyle)
        => Assert.Equal(Tokens(Exact, newStyle), Tokens(Exact, oldStyle));

    [Theory]
    [InlineData("18", "19")]
    [InlineData("đăng", "Đảng")]
    public void Different_words_stay_different_in_exact_form(string a, string b)
        => Assert.NotEqual(Tokens(Exact, a), Tokens(Exact, b));
}

/// <summary>
/// The analyzer lower-cases from a table instead of Lucene's <c>LowerCaseFilter</c>; the tokens must be exactly
/// the ones the <c>LowerCaseFilter</c> chain gives, on real texts and on characters from every script.
/// </summary>
public class VietnameseAnalyzerEquivalenceTests
{
    sealed class ReferenceAnalyzer(bool fold) : Lucene.Net.Analysis.Analyzer
    {
        protected override Lucene.Net.Analysis.TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new Lucene.Net.Analysis.Standard.StandardTokenizer(VietnameseAnalyzer.Version, reader) { MaxTokenLength = 64 };
            var lower = new Lucene.Net.Analysis.Core.LowerCaseFilter(VietnameseAnalyzer.Version, tokenizer);
            return new Lucene.Net.Analysis.TokenStreamComponents(tokenizer, new RewriteFilter(lower, fold));
        }
    }

    /// <summary>The rewrite as it was, one string per token.</summary>
    sealed class RewriteFilter(Lucene.Net.Analysis.TokenStream input, bool fold) : Lucene.Net.Analysis.TokenFilter(input)
    {
        readonly Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute term = input.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken()) return false;
            var word = term.ToString();
            term.SetEmpty().Append(VietnameseWordFilter.Rewrite(word, fold));
            return true;
        }
    }

    static List<string> Tokens(Lucene.Net.Analysis.Analyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream("text", new StringReader(text));
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var offsets = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add($"{term}@{offsets.StartOffset}-{offsets.EndOffset}");
        stream.End();
        return tokens;
    }

    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(Directives.Testing.RepositoryPaths.Seeds).Order()) data.Add(f);
        foreach (var f in Directory.EnumerateFiles(Directives.Testing.RepositoryPaths.SampleCorpus, "*.txt", SearchOption.AllDirectories).Where(f => new FileInfo(f).Length > 0).Order().Take(12)) data.Add(f);
        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Same_tokens_as_the_LowerCaseFilter_chain_on_real_texts(string path)
    {
        var text = VietnameseText.Normalize(File.ReadAllText(path));
        foreach (var fold in new[] { false, true })
        {
            var expected = Tokens(new ReferenceAnalyzer(fold), text);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, Tokens(new VietnameseAnalyzer(fold), text));
        }
    }

    [Fact]
    public void Same_tokens_as_the_LowerCaseFilter_chain_for_every_letter_of_the_basic_plane()
    {
        var words = new List<string>();
        for (var c = 0x41; c < 0xFFFF; c++)
            if (!char.IsSurrogate((char)c) && char.IsLetter((char)c)) words.Add($"x{(char)c}{(char)c}o{(char)c}");
        words.Add("ĐẢNG Ủy HOÀ THUỶ 007 000 𝐀𝐁 Σίσυφος İstanbul ǅemal");
        var text = string.Join(' ', words);
        foreach (var fold in new[] { false, true })
            Assert.Equal(Tokens(new ReferenceAnalyzer(fold), text), Tokens(new VietnameseAnalyzer(fold), text));
    }
}
