using System.Text;

namespace Directives.SampleCorpus;

public static class Legacy
{
    // Marks that Windows-1258 keeps inside precomposed letters (â ê ô ă ơ ư): circumflex, breve, horn.
    static bool IsShapeMark(char c) => c is '\u0302' or '\u0306' or '\u031B';

    /// <summary>Encodes text the way Windows-1258 stores Vietnamese: letters with circumflex,
    /// breve, horn (and đ) precomposed, tone marks as separate combining characters after them.</summary>
    public static byte[] ToWindows1258(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var enc = Encoding.GetEncoding(1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        string d = text.Replace("\r\n", "\n").Replace("\n", "\r\n").Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        int i = 0;
        while (i < d.Length)
        {
            char b = d[i++];
            var shape = new StringBuilder();
            var tones = new StringBuilder();
            while (i < d.Length && char.GetUnicodeCategory(d[i]) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                if (IsShapeMark(d[i])) shape.Append(d[i]); else tones.Append(d[i]);
                i++;
            }
            sb.Append((b + shape.ToString()).Normalize(NormalizationForm.FormC));
            sb.Append(tones);
        }
        return enc.GetBytes(sb.ToString());
    }
}
