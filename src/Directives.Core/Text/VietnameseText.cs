using System.Globalization;
using System.Text;

namespace Directives.Core.Text;

/// <summary>
/// Vietnamese text primitives: canonical storage form (NFC, plain spaces) and the
/// diacritic-free search form. Folding maps one UTF-16 unit of NFC text to exactly one
/// unit, so offsets found in folded text are offsets in the original.
/// </summary>
public static class VietnameseText
{
    static readonly char[] FoldTable = BuildFoldTable();
    static readonly char[] LowerTable = BuildLowerTable();
    static readonly char[] UpperTable = BuildUpperTable();
    static readonly bool[] StableTable = BuildStableTable();

    /// <summary>NFC, legacy tone placement unified, odd spaces made plain, line ends unified.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0 || IsCanonical(text)) return text;
        var nfc = text.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(nfc.Length);
        for (var i = 0; i < nfc.Length; i++)
        {
            var c = nfc[i];
            switch (c)
            {
                case '\r':
                    sb.Append('\n');
                    if (i + 1 < nfc.Length && nfc[i + 1] == '\n') i++;
                    break;
                case '\u00A0' or '\u2007' or '\u202F' or '\u2002' or '\u2003' or '\u2009' or '\u3000':
                    sb.Append(' ');
                    break;
                case '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD':
                    break; // invisible characters that break words and numbers apart
                default:
                    sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// Lower case, every diacritic removed and đ→d: "Đảng" → "dang", "hoà" and "hòa" → "hoa".
    /// Length-preserving on NFC input.
    /// </summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return LastFold.Get(text); // the recognisers of one extraction each fold the same whole text
    }

    static readonly LastTextMemo<string> LastFold = new(FoldText);

    static string FoldText(string text) => string.Create(text.Length, text, static (span, src) => Fold(src, span));

    /// <summary>Writes the fold of <paramref name="source"/> (see <see cref="Fold(string)"/>) to the start of <paramref name="target"/>; the two may be the same span.</summary>
    public static void Fold(ReadOnlySpan<char> source, Span<char> target)
    {
        for (var i = 0; i < source.Length; i++) target[i] = FoldChar(source[i]);
    }

    /// <summary>
    /// True when <see cref="Normalize"/> would return the text unchanged: every character is one that NFC
    /// keeps as it is whatever surrounds it (no combining mark, no singleton decomposition) and none of the
    /// odd spaces, invisible characters or carriage returns. Decided from a table, without ICU.
    /// </summary>
    static bool IsCanonical(string text)
    {
        var table = StableTable;
        foreach (var c in text)
            if (c >= table.Length || !table[c]) return false;
        return true;
    }

    /// <summary>
    /// Same result as <see cref="string.ToLowerInvariant()"/>, from a table for the scripts party documents are
    /// written in; the runtime (ICU) only for other characters.
    /// </summary>
    public static string Lower(string text) => Cased(text, LowerTable, upper: false);

    /// <summary><see cref="Lower(string)"/> of a slice.</summary>
    public static string Lower(ReadOnlySpan<char> text) => Cased(text, LowerTable, upper: false);

    /// <summary>
    /// Same result as <see cref="string.ToUpperInvariant()"/>, from a table below U+2100 (codes and issuers: "QĐ",
    /// "TƯ"); the runtime (ICU) only for other characters.
    /// </summary>
    public static string Upper(string text) => Cased(text, UpperTable, upper: true);

    /// <summary><see cref="Upper(string)"/> of a slice.</summary>
    public static string Upper(ReadOnlySpan<char> text) => Cased(text, UpperTable, upper: true);

    static string Cased(string text, char[] table, bool upper)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
            if (c >= table.Length || table[c] != c) return Cased(text.AsSpan(), table, upper);
        return text; // already in that case: no copy
    }

    static string Cased(ReadOnlySpan<char> text, char[] table, bool upper)
    {
        foreach (var c in text)
            if (c >= table.Length) return upper ? text.ToString().ToUpperInvariant() : text.ToString().ToLowerInvariant();
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        for (var k = 0; k < text.Length; k++) buffer[k] = table[text[k]];
        return new string(buffer);
    }

    /// <summary>
    /// Every run of white space made one plain space: what <c>Regex.Replace(text, @"\s+", " ")</c> gives, in one
    /// pass, returning the text itself when nothing changes.
    /// </summary>
    public static string CollapseSpaces(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))))
                return CollapseSpaces(text.AsSpan());
        return text;
    }

    /// <summary><see cref="CollapseSpaces(string)"/> of a slice.</summary>
    public static string CollapseSpaces(ReadOnlySpan<char> text)
    {
        var buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i])) { buffer[n++] = text[i]; continue; }
            buffer[n++] = ' ';
            while (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])) i++;
        }
        return new string(buffer[..n]);
    }

    public static char FoldChar(char c) => c < FoldTable.Length ? FoldTable[c] : char.ToLowerInvariant(c);

    /// <summary><see cref="char.ToLowerInvariant"/> from the table where it covers the character.</summary>
    public static char LowerChar(char c) => c < LowerTable.Length ? LowerTable[c] : char.ToLowerInvariant(c);

    /// <summary>True when the text has any letter that folding changes other than by case.</summary>
    public static bool HasDiacritics(string text)
    {
        foreach (var c in text)
            if (FoldChar(c) != LowerChar(c)) return true;
        return false;
    }

    /// <summary>
    /// The folding and lower-case tables cover the characters below this (up to the letter-like symbols, where the
    /// first character that decomposes to a letter and a mark stands: U+212B Å).
    /// </summary>
    const int TableEnd = 0x2100;

    static char[] BuildUpperTable()
    {
        var table = new char[TableEnd];
        for (var i = 0; i < table.Length; i++)
            table[i] = char.IsSurrogate((char)i) ? (char)i : char.ToUpperInvariant((char)i);
        return table;
    }

    static char[] BuildLowerTable()
    {
        var table = new char[TableEnd];
        for (var i = 0; i < table.Length; i++)
            table[i] = char.IsSurrogate((char)i) ? (char)i : char.ToLowerInvariant((char)i);
        return table;
    }

    static bool[] BuildStableTable()
    {
        var table = new bool[0x2070];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c) || c is '\r' || (c >= 0x1100 && c < 0x1200)) continue; // Hangul jamo compose with their neighbours
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                or UnicodeCategory.Format) continue; // marks compose with what precedes; format characters are dropped
            if (category is UnicodeCategory.SpaceSeparator && c != ' ') continue; // odd spaces become plain ones
            var alone = c.ToString();
            table[i] = alone.Normalize(NormalizationForm.FormC) == alone;
        }
        return table;
    }

    static char[] BuildFoldTable()
    {
        // Latin, Latin-1 Supplement, Latin Extended-A/B and Latin Extended Additional (Vietnamese precomposed letters),
        // and the punctuation every text has (quotes, dashes, "…": General Punctuation), so that none goes to ICU.
        var table = new char[TableEnd];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            table[i] = char.ToLowerInvariant(c);
            if (char.IsSurrogate(c)) continue;
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            if (decomposed.Length > 1 && CharUnicodeInfo.GetUnicodeCategory(decomposed[1]) == UnicodeCategory.NonSpacingMark)
                table[i] = char.ToLowerInvariant(decomposed[0]);
        }
        table['đ'] = 'd';
        table['Đ'] = 'd';
        table['ð'] = 'd';
        return table;
    }
}
