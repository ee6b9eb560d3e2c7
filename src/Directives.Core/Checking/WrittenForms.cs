using System.Globalization;
using System.Text.RegularExpressions;
using Directives.Core.Text;

namespace Directives.Core.Checking;

/// <summary>Pieces of a mention as the draft wrote them: its date, its number's spelling, the subject after "về".</summary>
public static partial class WrittenForms
{
    const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>A written day/month/year, whether or not it can exist: "21/01/20219", "30-02-2019".</summary>
    [GeneratedRegex(@"(?<![\p{N}])(?<d>\d{1,2})[ \t]*[/.-][ \t]*(?<m>\d{1,2})[ \t]*[/.-][ \t]*(?<y>\d{2,5})(?![\p{N}])", Options)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^[ \t]*,?[ \t]*(?i:ngày)[ \t]+", Options)]
    private static partial Regex DateLead();

    [GeneratedRegex(@"\d{1,4}[ \t]*[-–/][ \t]*[\p{L}.]{1,8}(?:[ \t]*/[ \t]*[\p{L}.]{1,10})?", Options)]
    private static partial Regex NumberSpelling();

    [GeneratedRegex(@"^[ \t]*,?[ \t]*(?:về|V/v)[ \t]+(?<title>[^\n.;:()“”""]{6,240})", Options)]
    private static partial Regex Subject();

    /// <summary>A date that cannot be a date of issue, written inside a mention or right after it; null when the written date is fine.</summary>
    public static (int Start, int End, string Written, string? Repaired)? ImpossibleDate(string text, int mentionStart, int mentionEnd)
    {
        var span = text[mentionStart..mentionEnd];
        var m = DayMonthYear().Match(span);
        var offset = mentionStart;
        if (!m.Success)
        {
            // The extractor stops before a date it cannot read: look right after the mention.
            var rest = text.Substring(mentionEnd, Math.Min(40, text.Length - mentionEnd));
            var lead = DateLead().Match(rest);
            if (!lead.Success) return null;
            m = DayMonthYear().Match(rest, lead.Length);
            if (!m.Success || m.Index != lead.Length) return null;
            offset = mentionEnd;
        }
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var yearText = m.Groups["y"].Value;
        var year = int.Parse(yearText, CultureInfo.InvariantCulture);
        var possible = yearText.Length == 4 && year is >= 1930 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        if (possible) return null;
        string? repaired = null;
        if (month is >= 1 and <= 12 && Dates.YearRepair.TryRead(yearText, out var y, out _) && day >= 1 && day <= DateTime.DaysInMonth(y, month))
            repaired = string.Create(CultureInfo.InvariantCulture, $"{day:00}/{month:00}/{y}");
        return (offset + m.Index, offset + m.Index + m.Length, m.Value, repaired);
    }

    /// <summary>The number as written inside a mention ("28 -CT/TW"), or null.</summary>
    public static string? Number(string surface) => NumberSpelling().Match(surface) is { Success: true } m ? m.Value : null;

    /// <summary>The subject written after the mention ("… về nâng cao chất lượng …"), or null.</summary>
    public static (string Title, int Start, int End)? Title(string text, int mentionEnd)
    {
        var rest = text.Substring(mentionEnd, Math.Min(260, text.Length - mentionEnd));
        var m = Subject().Match(rest);
        if (!m.Success) return null;
        var g = m.Groups["title"];
        return (g.Value.Trim(), mentionEnd + g.Index, mentionEnd + g.Index + g.Length);
    }

    /// <summary>Folded words of a text, for comparing subjects.</summary>
    public static string[] Words(string text) =>
        VietnameseText.Fold(VietnameseText.Normalize(text)).Split(
            [' ', ',', ';', '\t', '\n', '-', '–', '"', '“', '”', '…'], StringSplitOptions.RemoveEmptyEntries);
}
