using Directives.Core.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Directives.Search.Analysis;

/// <summary>
/// Rewrites each lower-cased token to the form search compares: tone placement unified
/// ("hoà" = "hòa"), leading zeros of plain numbers dropped ("03" = "3"), and, when
/// <c>fold</c> is set, every diacritic removed and đ→d ("Đảng" = "dang").
/// </summary>
public sealed class VietnameseWordFilter : TokenFilter
{
    readonly ICharTermAttribute term;
    readonly bool fold;

    public VietnameseWordFilter(TokenStream input, bool fold) : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        this.fold = fold;
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var word = term.ToString();
        var rewritten = Rewrite(word, fold);
        if (!ReferenceEquals(rewritten, word)) term.SetEmpty().Append(rewritten);
        return true;
    }

    /// <summary>The same rewrite applied to query words, so queries and index agree.</summary>
    public static string Rewrite(string lowerWord, bool fold)
    {
        if (lowerWord.Length > 1 && lowerWord[0] == '0' && IsAllDigits(lowerWord))
            return lowerWord.TrimStart('0') is { Length: > 0 } trimmed ? trimmed : "0";
        return fold ? VietnameseText.Fold(lowerWord) : TonePlacement.Canonical(lowerWord);
    }

    static bool IsAllDigits(string s)
    {
        foreach (var c in s) if (c is < '0' or > '9') return false;
        return true;
    }
}
