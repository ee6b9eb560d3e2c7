namespace Directives.Core.Obligations;

/// <summary>Binary search over items kept in text order.</summary>
internal static class Positions
{
    /// <summary>Index of the first item whose position is at or after position (Count when none).</summary>
    public static int FirstAtOrAfter<T>(IReadOnlyList<T> items, Func<T, int> positionOf, int position)
    {
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (positionOf(items[mid]) < position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
