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

    /// <summary>NFC, legacy tone placement unified, odd spaces made plain, line ends unified.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0) return text;
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
        return string.Create(text.Length, text, static (span, src) =>
        {
            for (var i = 0; i < src.Length; i++) span[i] = FoldChar(src[i]);
        });
    }

    public static char FoldChar(char c) => c < FoldTable.Length ? FoldTable[c] : char.ToLowerInvariant(c);

    /// <summary>True when the text has any letter that folding changes other than by case.</summary>
    public static bool HasDiacritics(string text)
    {
        foreach (var c in text)
            if (FoldChar(c) != char.ToLowerInvariant(c)) return true;
        return false;
    }

    static char[] BuildFoldTable()
    {
        // Latin, Latin-1 Supplement, Latin Extended-A/B and Latin Extended Additional (Vietnamese precomposed letters).
        var table = new char[0x2000];
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
