using System.Buffers;
using System.Text.RegularExpressions;

namespace Directives.Core.Text;

/// <summary>
/// The matches of a pattern that can only match inside short runs of a few kinds of characters around one key
/// character, found by searching those runs alone instead of the whole text. A party number ("28-CT/TW", "22/CT-TW",
/// "A5-QĐ/HU") always holds a '/' and is made of digits, capitals, a few lower-case letters, dashes, dots and spaces;
/// Vietnamese prose breaks such a run at nearly every word, so the runs around the slashes of a text are a few percent
/// of it. The result is the one <c>Regex.Matches</c> gives on the whole text, given that every match contains
/// <paramref name="key"/> and only characters <paramref name="allowed"/> holds (the key among them), and that the
/// pattern's look-arounds read at most one character before a match and one past its end (or, past that, only
/// characters that could continue the match): each run is searched with the character on either side of it in view,
/// which no match can take, so the engine sees there what it sees in the whole text.
/// </summary>
public static class RunBounded
{
    public static IEnumerable<Match> Matches(Regex regex, string text, char key, SearchValues<char> allowed)
    {
        var pos = 0;
        while (pos < text.Length)
        {
            var at = text.IndexOf(key, pos);
            if (at < 0) yield break;
            var start = at;
            while (start > pos && allowed.Contains(text[start - 1])) start--;
            var end = at + 1;
            while (end < text.Length && allowed.Contains(text[end])) end++;
            // One character of context on each side: a look-behind sees the character before the run, a look-ahead the one after.
            var beginning = Math.Max(0, start - 1);
            var limit = Math.Min(text.Length, end + 1);
            for (var m = regex.Match(text, beginning, limit - beginning); m.Success; m = m.NextMatch())
                yield return m;
            pos = end;
        }
    }
}
