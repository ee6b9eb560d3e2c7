namespace Directives.Search.Querying;

/// <summary>Damerau-free Levenshtein distance with an early exit, for marking typo matches in snippets.</summary>
public static class EditDistance
{
    public static bool AtMost(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return false;
        // Two rows on the stack for ordinary words: no allocation per compared word.
        Span<int> rows = b.Length < 128 ? stackalloc int[2 * (b.Length + 1)] : new int[2 * (b.Length + 1)];
        var prev = rows[..(b.Length + 1)];
        var cur = rows[(b.Length + 1)..];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.Min(rowMin, cur[j]);
            }
            if (rowMin > max) return false;
            var swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.Length] <= max;
    }
}
