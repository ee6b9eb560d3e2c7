using Directives.Core.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Directives.Search.Analysis;

/// <summary>
/// Vietnamese analysis: Unicode word segmentation into syllables, lower case, unified tone
/// placement; the folded variant also strips every diacritic so "dang vien" matches "Đảng viên".
/// Input must already be NFC (<see cref="VietnameseText.Normalize"/>).
/// </summary>
public sealed class VietnameseAnalyzer(bool fold) : Analyzer
{
    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    public bool Folds { get; } = fold;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader) { MaxTokenLength = 64 };
        TokenStream stream = new VietnameseWordFilter(tokenizer, Folds); // lower-cases too
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>Runs the analyzer over a text and returns its tokens, for queries and snippets.</summary>
    public IReadOnlyList<string> Tokens(string text)
    {
        var tokens = new List<string>();
        using var stream = GetTokenStream("text", new StringReader(text));
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add(term.ToString());
        stream.End();
        return tokens;
    }
}
