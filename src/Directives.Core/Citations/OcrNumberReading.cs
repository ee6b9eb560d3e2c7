using System.Text;
using System.Text.RegularExpressions;

namespace Directives.Core.Citations;

/// <summary>
/// Party numbers whose digits a scan misread as look-alike letters ("A5-QĐ/HU", "O3-NQ/TU", "l2-KH/TU"). The grammar
/// makes the reading certain: what stands before "-CODE/ISSUER" is the document's number, so a token of digits and
/// look-alike letters there is a number. Only tokens with at least one real digit are read, never a word.
/// </summary>
internal static class OcrNumberReading
{
    // Letters Tesseract gives for digits in a serif or sans face at 200–300 dpi.
    static readonly Dictionary<char, char> LookAlikes = new()
    {
        ['O'] = '0', ['o'] = '0', ['D'] = '0', ['Q'] = '0',
        ['l'] = '1', ['I'] = '1', ['|'] = '1', ['i'] = '1',
        ['Z'] = '2', ['A'] = '4', ['S'] = '5', ['s'] = '5', ['G'] = '6', ['B'] = '8',
    };

    const string Letters = "OoDQlI|iZASsGB";

    internal static readonly Regex Misread = new(
        @"(?<![\p{L}\p{N}/.|])(?<n>(?=[\d" + Letters + @"]*[" + Letters + @"])(?=[\d" + Letters + @"]*\d)[\d" + Letters + @"]{2,4})" +
        PartyNumberGrammar.AfterNumber,
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>A misread number is mostly digits: "A5", "2O8"; "BIS5" is a word with a digit, not a number.</summary>
    internal static bool IsPlausible(string token) => token.Count(char.IsAsciiDigit) >= token.Length - token.Count(char.IsAsciiDigit);

    /// <summary>The digits a misread token stands for: "A5" → "45", "O3" → "03".</summary>
    internal static string Digits(string token)
    {
        var sb = new StringBuilder(token.Length);
        foreach (var c in token) sb.Append(LookAlikes.GetValueOrDefault(c, c));
        return sb.ToString();
    }
}
