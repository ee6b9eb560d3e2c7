using Directives.Core.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace Directives.Search.Analysis;

/// <summary>
/// Lower-cases each token and rewrites it to the form search compares: tone placement unified
/// ("hoà" = "hòa"), leading zeros of plain numbers dropped ("03" = "3"), and, when
/// <c>fold</c> is set, every diacritic removed and đ→d ("Đảng" = "dang").
/// </summary>
/// <remarks>
/// Lower-casing and folding happen in the term buffer, from tables, with no string per token:
/// Lucene's <c>LowerCaseFilter</c> asks the runtime's case mapping (ICU) for every non-ASCII letter,
/// which was a tenth of the cost of indexing Vietnamese text. The table is built from the same
/// case mapping <c>LowerCaseFilter</c> uses, and tokens with characters outside it go through
/// that mapping, so the tokens are exactly the ones <c>LowerCaseFilter</c> gave.
/// </remarks>
public sealed class VietnameseWordFilter : TokenFilter
{
    readonly ICharTermAttribute term;
    readonly bool fold;
    readonly CharacterUtils characters = CharacterUtils.GetInstance(VietnameseAnalyzer.Version);

    static readonly char[] LowerTable = BuildLowerTable();

    public VietnameseWordFilter(TokenStream input, bool fold) : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        this.fold = fold;
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var buffer = term.Buffer;
        var length = term.Length;
        if (!LowerInPlace(buffer, length)) characters.ToLower(buffer, 0, length);

        if (length > 1 && buffer[0] == '0' && IsAllDigits(buffer.AsSpan(0, length)))
        {
            var zeros = 0;
            while (zeros < length - 1 && buffer[zeros] == '0') zeros++;
            term.SetEmpty().Append(new string(buffer, zeros, length - zeros));
        }
        else if (fold)
        {
            VietnameseText.Fold(buffer.AsSpan(0, length), buffer);
        }
        else if (length >= 2 && buffer[length - 2] is 'o' or 'u' && buffer[length - 1] >= TonePlacement.FirstToneLetter)
        {
            var word = new string(buffer, 0, length);
            var canonical = TonePlacement.Canonical(word);
            if (!ReferenceEquals(canonical, word)) term.SetEmpty().Append(canonical);
        }
        return true;
    }

    /// <summary>The same rewrite applied to query words, so queries and index agree.</summary>
    public static string Rewrite(string lowerWord, bool fold)
    {
        if (lowerWord.Length > 1 && lowerWord[0] == '0' && IsAllDigits(lowerWord))
            return lowerWord.TrimStart('0') is { Length: > 0 } trimmed ? trimmed : "0";
        return fold ? VietnameseText.Fold(lowerWord) : TonePlacement.Canonical(lowerWord);
    }

    /// <summary>Lower-cases from the table; false, with the buffer untouched, when a character is outside it.</summary>
    static bool LowerInPlace(char[] buffer, int length)
    {
        var table = LowerTable;
        for (var i = 0; i < length; i++)
            if (buffer[i] >= table.Length) return false;
        for (var i = 0; i < length; i++) buffer[i] = table[buffer[i]];
        return true;
    }

    static char[] BuildLowerTable()
    {
        // Up to the end of Latin Extended Additional and Greek Extended; surrogates never fall below it.
        var table = new char[0x2000];
        for (var c = 0; c < table.Length; c++)
        {
            var lower = J2N.Character.ToLower(c);
            table[c] = lower <= char.MaxValue ? (char)lower : (char)c;
        }
        return table;
    }

    static bool IsAllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (c is < '0' or > '9') return false;
        return true;
    }
}
