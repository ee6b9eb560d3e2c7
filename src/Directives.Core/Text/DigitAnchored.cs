using System.Buffers;
using System.Text.RegularExpressions;

namespace Directives.Core.Text;

/// <summary>
/// The matches of a pattern that always contains a digit, found by looking only around the digits of a text instead
/// of trying the pattern at every letter it may start with. Vietnamese prose is full of the letters such patterns start
/// with ("n" of "ngày", "năm", "nghị quyết"; "t" of "tháng", "thông báo"), and the regex engine tries each of them;
/// digits are one character in fifty. The result is the one <c>Regex.Matches</c> gives on the unanchored pattern, given:
/// <list type="bullet">
/// <item>the anchored regex is the pattern with <c>\G</c> in front (it matches only where it is asked to);</item>
/// <item>every match contains a decimal digit (<c>\d</c>), and what it holds before its first digit is letters and
/// white space only, at most <paramref name="maxLettersBefore"/> letters, starting with one of
/// <paramref name="starts"/> (or the match starts at the digit itself);</item>
/// <item>no match starts at a digit that follows a digit (each pattern's look-behind says so).</item>
/// </list>
/// Then a match starts at the first digit of a run of digits, or the first digit after its start begins a run, and
/// walking back from that run over letters and spaces reaches its start; the candidates are tried in text order, as
/// the engine would. A <see cref="RunFilter"/>, when given, is told each run of digits before the pattern is tried
/// around it: it must answer true for every run that can be a match's first digits (a necessary condition, cheaper
/// than the engine: most digits of a text are document numbers, counts and amounts, not what the pattern is about).
/// </summary>
public static class DigitAnchored
{
    /// <summary>
    /// Whether a match can have its first digits at <paramref name="digit"/> .. <paramref name="runEnd"/> (exclusive),
    /// with letters and spaces only from <paramref name="from"/> to the digit (the furthest a match may start).
    /// </summary>
    public delegate bool RunFilter(string text, int from, int digit, int runEnd);

    /// <summary>Every character <c>\d</c> matches (Unicode decimal digits of the BMP).</summary>
    internal static readonly SearchValues<char> Digits = DigitsAnd("");

    /// <summary>Every character <c>\d</c> matches and <paramref name="others"/>: what a pattern about figures is written with.</summary>
    internal static SearchValues<char> DigitsAnd(string others) => SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => char.IsDigit(c) || others.Contains(c)).ToArray());

    /// <summary>Whether <paramref name="text"/> holds a character <c>\d</c> matches: every date and number pattern needs one.</summary>
    internal static bool HasDigit(ReadOnlySpan<char> text) => text.IndexOfAny(Digits) >= 0;

    /// <summary>Where each run of digits starts, found once per whole text for all the patterns searched in it.</summary>
    static readonly LastTextMemo<int[]> Runs = new(FindRuns);

    static int[] FindRuns(string text)
    {
        var runs = new List<int>();
        var pos = 0;
        while (pos < text.Length)
        {
            var at = text.AsSpan(pos).IndexOfAny(Digits);
            if (at < 0) break;
            runs.Add(pos += at);
            for (pos++; pos < text.Length && char.IsDigit(text[pos]); pos++) { }
        }
        return [.. runs];
    }

    public static IEnumerable<Match> Matches(Regex anchored, string text, SearchValues<char> starts, int maxLettersBefore, RunFilter? filter = null)
    {
        var pos = 0;
        foreach (var digit in Runs.Get(text))
        {
            if (digit < pos) continue;
            var from = digit;
            for (var letters = 0; from > pos; from--)
            {
                var c = text[from - 1];
                if (char.IsWhiteSpace(c)) continue;
                if (!char.IsLetter(c) || ++letters > maxLettersBefore) break;
            }
            if (filter is not null)
            {
                var runEnd = digit + 1;
                while (runEnd < text.Length && char.IsDigit(text[runEnd])) runEnd++;
                if (!filter(text, from, digit, runEnd)) continue;
            }
            Match? found = null;
            for (var s = from; s <= digit && found is null; s++)
            {
                if (s < digit && !starts.Contains(text[s])) continue;
                var m = anchored.Match(text, s);
                if (m.Success) found = m;
            }
            if (found is null) continue;
            yield return found;
            pos = found.Index + Math.Max(found.Length, 1);
        }
    }
}

/// <summary>Small readers for <see cref="DigitAnchored.RunFilter"/>s.</summary>
public static class RunText
{
    /// <summary>The first character at or after <paramref name="at"/> that is not white space (<c>\s</c>), or '\0'.</summary>
    public static char NextNonSpace(string text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
        return at < text.Length ? text[at] : '\0';
    }

    public static char At(string text, int at) => at < text.Length ? text[at] : '\0';
}
