using System.Globalization;

namespace Directives.Core.Obligations;

/// <summary>
/// Numbers as Vietnamese texts write them: "." groups thousands and "," marks decimals
/// ("4.922" is 4922, "98,44" is 98.44). A dot followed by anything but groups of three digits is read as a decimal point.
/// </summary>
public static class VietnameseNumber
{
    public static bool TryParse(string s, out double value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(s)) return false;
        var t = s.Trim();
        foreach (var c in t)
            if (!char.IsAsciiDigit(c) && c != '.' && c != ',') return false;
        if (!char.IsAsciiDigit(t[0]) || !char.IsAsciiDigit(t[^1])) return false;

        var dots = Count(t, '.');
        var commas = Count(t, ',');
        string invariant;
        if (dots > 0 && commas > 0)
        {
            // Both marks: the Vietnamese order is thousands dots, then one decimal comma.
            var comma = t.IndexOf(',');
            if (commas > 1 || t.LastIndexOf('.') > comma || !IsGrouped(t[..comma], '.')) return false;
            invariant = t[..comma].Replace(".", "", StringComparison.Ordinal) + "." + t[(comma + 1)..];
        }
        else if (dots > 0)
        {
            if (IsGrouped(t, '.')) invariant = t.Replace(".", "", StringComparison.Ordinal);
            else if (dots == 1) invariant = t;
            else return false;
        }
        else if (commas > 0)
        {
            if (commas == 1) invariant = t.Replace(',', '.');
            else if (IsGrouped(t, ',')) invariant = t.Replace(",", "", StringComparison.Ordinal);
            else return false;
        }
        else invariant = t;

        return double.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    static int Count(string s, char c)
    {
        var n = 0;
        foreach (var x in s) if (x == c) n++;
        return n;
    }

    /// <summary>"1.234.567": a head of one to three digits, then groups of exactly three.</summary>
    static bool IsGrouped(string s, char mark)
    {
        var parts = s.Split(mark);
        if (parts.Length < 2 || parts[0].Length is < 1 or > 3) return false;
        for (var i = 1; i < parts.Length; i++)
            if (parts[i].Length != 3) return false;
        return true;
    }

    /// <summary>A number as a Vietnamese text writes it: "3.932", "74,48" (dot for thousands, comma for decimals).</summary>
    public static string Format(double value) => value.ToString("#,##0.####", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));
}
