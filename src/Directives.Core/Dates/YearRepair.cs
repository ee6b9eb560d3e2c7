using System.Globalization;

namespace Directives.Core.Dates;

/// <summary>Reads a written year, repairing one stray keystroke ("20219" → 2019).</summary>
internal static class YearRepair
{
    internal const int Earliest = 1930; // the Party's founding
    internal const int Latest = 2035;

    internal static bool IsPlausible(int year) => year is >= Earliest and <= Latest;

    /// <summary>
    /// A four-digit plausible year as written, or a five-digit one with one digit removed. A doubled keystroke
    /// is undone first ("20200" → 2020); otherwise the slip is taken to be inside the number, keeping the century
    /// and the last two digits ("20219" → 2019 rather than 2021 or 2029).
    /// </summary>
    internal static bool TryRead(string digits, out int year, out string? warning)
    {
        warning = null;
        year = 0;
        if (digits.Length == 4)
        {
            year = int.Parse(digits, CultureInfo.InvariantCulture);
            return IsPlausible(year);
        }
        if (digits.Length != 5) return false;

        var doubled = Enumerable.Range(1, 4).Where(i => digits[i] == digits[i - 1]);
        foreach (var drop in doubled.Concat([2, 1, 3, 4, 0]))
        {
            var candidate = int.Parse(digits.Remove(drop, 1), CultureInfo.InvariantCulture);
            if (!IsPlausible(candidate)) continue;
            year = candidate;
            warning = $"year {digits} read as {candidate.ToString(CultureInfo.InvariantCulture)}";
            return true;
        }
        return false;
    }
}
