using System.Buffers;
using System.Text.RegularExpressions;

namespace Directives.Core.Text;

/// <summary>
/// The matches of a pattern that always starts with one of a few words, found by jumping from one occurrence of those
/// words to the next (a vectorised multi-string search) and trying the pattern there, instead of letting the engine try
/// every letter its alternatives may start with. The result is the one <c>Regex.Matches</c> gives on the unanchored
/// pattern, given that the anchored regex is the pattern with <c>\G</c> in front and that every match starts with one
/// of <paramref name="starts"/> as written (the pattern's look-behind may look before it): the engine's leftmost match
/// from a position is then at the first occurrence of a start word, from there on, where the pattern matches.
/// </summary>
public static class LiteralAnchored
{
    public static IEnumerable<Match> Matches(Regex anchored, string text, SearchValues<string> starts)
    {
        var pos = 0;
        while (pos < text.Length)
        {
            var at = text.AsSpan(pos).IndexOfAny(starts);
            if (at < 0) yield break;
            var start = pos + at;
            var m = anchored.Match(text, start);
            if (!m.Success)
            {
                pos = start + 1;
                continue;
            }
            yield return m;
            pos = m.Index + Math.Max(m.Length, 1);
        }
    }
}
