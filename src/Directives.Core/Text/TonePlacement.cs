using System.Text;

namespace Directives.Core.Text;

/// <summary>
/// Vietnamese has two accepted tone placements for open syllables ending in -oa, -oe, -uy
/// ("hoà"/"hòa", "thuỷ"/"thủy", "khoẻ"/"khỏe"). Search treats them as one word, so the index
/// rewrites every word to the placement on the first vowel.
/// </summary>
public static class TonePlacement
{
    /// <summary>No character below this one carries a tone mark, so a word ending in one is never rewritten.</summary>
    public const char FirstToneLetter = '\u00C0';

    /// <summary>Rewrites one lower-case NFC word to tone-on-first-vowel when it is an open -oa/-oe/-uy syllable.</summary>
    public static string Canonical(string word)
    {
        if (word.Length < 2) return word;
        var last = word[^1];
        var prev = word[^2];
        if (prev is not ('o' or 'u') || last < FirstToneLetter) return word;
        var decomposed = last.ToString().Normalize(NormalizationForm.FormD);
        if (decomposed.Length != 2) return word;
        var (vowel, tone) = (decomposed[0], decomposed[1]);
        if (!IsTone(tone)) return word;
        var pairs = prev == 'o' ? vowel is 'a' or 'e' : vowel == 'y';
        if (!pairs) return word;
        if (word.Length >= 3 && word[^3] == 'q') return word; // "quý": u belongs to the consonant qu
        var moved = string.Concat(prev.ToString(), tone.ToString()).Normalize(NormalizationForm.FormC);
        return string.Concat(word.AsSpan(0, word.Length - 2), moved, vowel.ToString());
    }

    // Grave, acute, hook above, tilde, dot below.
    static bool IsTone(char mark) => mark is '\u0300' or '\u0301' or '\u0309' or '\u0303' or '\u0323';
}
