using System.Text;
using System.Text.RegularExpressions;

namespace Directives.Ingestion.Readers;

/// <summary>Chooses among Windows-1258, TCVN3 and VNI for bytes that are not UTF-8, and spots TCVN3/VNI text already mis-decoded as Windows-1252.</summary>
internal static partial class LegacyEncodingDetector
{
    static LegacyEncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    static Encoding Cp1252 => Encoding.GetEncoding(1252);
    static Encoding Cp1258 => Encoding.GetEncoding(1258);

    /// <summary>Decodes 8-bit bytes with whichever Vietnamese code page reads most like Vietnamese.</summary>
    public static (string Text, string EncodingName) DecodeBytes(byte[] bytes)
    {
        var asCp1252 = Cp1252.GetString(bytes);
        (string Text, string Name)[] candidates =
        [
            (Cp1258.GetString(bytes).Normalize(NormalizationForm.FormC), "Windows-1258"),
            (RepairTcvn3(VietnameseLegacyEncoding.Tcvn3.Decode(asCp1252)), VietnameseLegacyEncoding.Tcvn3.Name),
            (VietnameseLegacyEncoding.Vni.Decode(asCp1252), VietnameseLegacyEncoding.Vni.Name),
        ];
        return candidates.MaxBy(c => VietnameseTextScore.Score(c.Text));
    }

    /// <summary>Unicode text that is really TCVN3/VNI bytes shown through Windows-1252 ("Ch¬ng tr×nh"); null when it reads fine as it is.</summary>
    public static (string Text, string EncodingName)? RepairMisdecoded(string text)
    {
        foreach (var c in text)
        {
            // Real Vietnamese Unicode has letters beyond Latin-1; mis-decoded text has none of them.
            if (c > '\u00FF' && !IsCp1252Special(c)) return null;
        }
        if (!text.Any(c => c >= '\u00A1')) return null;
        var original = VietnameseTextScore.Score(text);
        (string Text, string Name)[] candidates =
        [
            (RepairTcvn3(VietnameseLegacyEncoding.Tcvn3.Decode(text)), VietnameseLegacyEncoding.Tcvn3.Name),
            (VietnameseLegacyEncoding.Vni.Decode(text), VietnameseLegacyEncoding.Vni.Name),
        ];
        var best = candidates.MaxBy(c => VietnameseTextScore.Score(c.Text));
        var gain = VietnameseTextScore.Score(best.Text) - original;
        return gain > Math.Max(3, Math.Abs(original) / 5) ? best : null;
    }

    static bool IsCp1252Special(char c)
    {
        try
        {
            return Cp1252.GetBytes([c]) is [>= 0x80 and <= 0x9F];
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>
    /// TCVN3 'ư' is byte 0xAD, the Windows-1252 soft hyphen, which tools drop; "Ch¬ng" then lacks it.
    /// An 'ơ' before -ng/-c/-u is never a Vietnamese rhyme without 'ư' in front, so put it back.
    /// </summary>
    public static string RepairTcvn3(string text) => LostUHorn().Replace(text, m => m.Groups[1].Value + "ư" + m.Groups[2].Value);

    [GeneratedRegex("([^ưừửữứựƯ\\W]|^|\\s)([ơờởỡớợ](?:ng|c|u)(?![\\p{L}]))", RegexOptions.CultureInvariant)]
    private static partial Regex LostUHorn();
}
