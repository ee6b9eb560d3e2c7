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
    public static IEnumerable<Match> Matches(Regex anchored, string text, SearchValues<string> starts) =>
        Matches(anchored, text, text, starts);

    /// <summary>
    /// The same, with the start words looked for in <paramref name="searched"/>, a text of the same length whose
    /// characters stand for <paramref name="text"/>'s one for one — its fold, for a case-blind pattern: every way the
    /// engine may match a start word in any case folds to one spelling, and an ordinal search for it is vectorised
    /// where a case-blind one over Vietnamese words is not.
    /// </summary>
    public static IEnumerable<Match> Matches(Regex anchored, string text, string searched, SearchValues<string> starts)
    {
        if (searched.Length != text.Length) throw new ArgumentException("The searched text must stand for the text character for character.", nameof(searched));
        var pos = 0;
        while (pos < text.Length)
        {
            var at = searched.AsSpan(pos).IndexOfAny(starts);
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
