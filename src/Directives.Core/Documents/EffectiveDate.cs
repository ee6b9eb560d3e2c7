using System.Globalization;
using System.Text.RegularExpressions;

namespace Directives.Core.Documents;

/// <summary>
/// When a document takes effect, as its closing clause says: "có hiệu lực (thi hành) (kể) từ ngày ký" (the date of
/// issue) or "… từ ngày 01/7/2024" / "từ ngày 01 tháng 7 năm 2024". Null when the text does not say.
/// </summary>
public static partial class EffectiveDate
{
    public static DateOnly? Read(string text, DateOnly? issued)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = Clause().Match(text);
        if (!m.Success) return null;
        if (m.Groups["signed"].Success) return issued;
        var (d, mo, y) = (int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture),
            int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture));
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, d) : null;
    }

    [GeneratedRegex(@"có\s+hiệu\s+lực(?:\s+thi\s+hành)?\s+(?:kể\s+)?từ\s+ngày\s+(?:(?<signed>ký)|(?<d>\d{1,2})(?:\s*[/.-]\s*|\s+tháng\s+)(?<m>\d{1,2})(?:\s*[/.-]\s*|\s+năm\s+)(?<y>\d{4}))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Clause();
}
