using System.Text.RegularExpressions;
using Directives.Core.Dates;
using Directives.Core.Text;

namespace Directives.Core.Documents;

/// <summary>
/// Headline and publication date of a scraped article: the date comes from a stamp line near the top
/// ("Thứ tư - 06/11/2019 16:20", "09:14, 02/02/2018", "Cập nhật: 16/08/2022 00:00"), else from a short
/// dated line at the end (a signature "…, ngày 20/12/2023"). A date inside the headline is not a stamp.
/// </summary>
public static class NewsHeadRecognizer
{
    const int HeadLines = 8;
    const int TailLines = 6;
    const int MaxStampLength = 80;
    const int MaxHeadlineLength = 300;
    const int MinHeadlineWords = 4;

    static readonly Regex Time = new(@"\b\d{1,2}[:h]\d{2}(?::\d{2})?\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // Folded words a stamp line may carry besides the date and time: weekdays and labels.
    static readonly HashSet<string> StampWords = new(StringComparer.Ordinal)
    {
        "thu", "hai", "ba", "tu", "nam", "sau", "bay", "chu", "nhat", "cap", "ngay", "dang", "luc", "gio",
        "gmt", "pm", "am", "xuat", "ban", "sua", "doi", "lan", "cuoi",
        // counters and buttons that sites print on the stamp line
        "luot", "xem", "views", "view", "in", "chia", "se", "binh", "luan",
    };

    public static NewsHead Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = VietnameseText.Normalize(text).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

        var stampAt = -1;
        DateOnly? published = null;
        for (var i = 0; i < Math.Min(HeadLines, lines.Count) && stampAt < 0; i++)
        {
            if (StampDate(lines[i]) is { } d) (stampAt, published) = (i, d);
        }
        if (published is null)
        {
            for (var i = lines.Count - 1; i >= Math.Max(stampAt + 1, lines.Count - TailLines) && published is null; i--)
                published = SignatureDate(lines[i]);
        }
        return new NewsHead(Headline(lines, stampAt), published);
    }

    // The headline sits right above the stamp; site chrome ("Sign In", "Đọc Báo in") above that is skipped.
    static string? Headline(List<string> lines, int stampAt)
    {
        if (stampAt > 0)
        {
            for (var i = stampAt - 1; i >= 0; i--)
                if (IsHeadline(lines[i], MinHeadlineWords)) return lines[i];
        }
        var first = lines.FirstOrDefault();
        return first is not null && IsHeadline(first, 1) ? first : null;
    }

    static bool IsHeadline(string line, int minWords) =>
        line.Length <= MaxHeadlineLength && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= minWords;

    static DateOnly? StampDate(string line)
    {
        if (line.Length > MaxStampLength) return null;
        var dates = VietnameseDates.Find(line);
        if (dates.Count != 1 || dates[0].Precision != DatePrecision.Day) return null;
        var rest = line.Remove(dates[0].Start, dates[0].Length);
        rest = Time.Replace(rest, " ");
        var words = VietnameseText.Fold(rest)
            .Split([' ', ',', '-', ':', '|', '(', ')', '/', '+', '.', '–'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !StampWords.Contains(w) && !w.All(char.IsDigit));
        return words.Any() ? null : dates[0].Date;
    }

    static DateOnly? SignatureDate(string line)
    {
        if (line.Length > MaxStampLength) return null;
        var dates = VietnameseDates.Find(line);
        return dates.Count == 1 && dates[0].Precision == DatePrecision.Day ? dates[0].Date : null;
    }
}
