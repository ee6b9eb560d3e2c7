using System.Text.RegularExpressions;

namespace Directives.Core.Documents;

/// <summary>
/// A text without a header whose first paragraph is a document's opening ("Căn cứ …", "- Căn cứ …", or "Thực hiện …"
/// ending in "… như sau:"): the page kept only the body (domain.md §8). Such openings speak for the text itself,
/// so its <c>based_on</c> and <c>implements</c> edges are the text's own even though its number is unknown.
/// </summary>
public static partial class BodyOpening
{
    const int SearchLines = 12;
    const int ChromeWords = 9;
    const int VoiceReach = 1200;

    /// <summary>Offset of the opening line, or null when the text starts as a news report or prose.</summary>
    public static int? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var position = 0;
        for (var n = 0; n < SearchLines && position < text.Length; n++)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0) end = text.Length;
            var line = text[position..end].Trim();
            var at = position;
            position = end + 1;
            if (line.Length == 0) continue;
            if (BasisOpening().IsMatch(line)) return at;
            if (ActOpening().IsMatch(line) && DocumentVoice().IsMatch(text.AsSpan(at, Math.Min(VoiceReach, text.Length - at)).ToString()))
                return at;
            // Site chrome, a breadcrumb, a stamp, a site name in capitals or a title may stand above; prose means a report or article.
            if (IsProse(line)) return null;
        }
        return null;
    }

    static bool IsProse(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words <= ChromeWords || !line.Any(char.IsLower)) return false;
        return line.EndsWith('.') || line.Contains(". ", StringComparison.Ordinal) || words > 40;
    }

    [GeneratedRegex(@"^[-–+•*]?\s*(?:Căn\s*cứ|CĂN\s+CỨ)", RegexOptions.CultureInvariant)]
    private static partial Regex BasisOpening();

    [GeneratedRegex(@"^[-–+•*]?\s*(?:Thực\s+hiện|Trên\s+cơ\s+sở|Nhằm|Để\s+(?:triển\s+khai|thực\s+hiện|cụ\s+thể\s+hóa))", RegexOptions.CultureInvariant)]
    private static partial Regex ActOpening();

    // The committee writing in its own voice: "… xây dựng kế hoạch như sau:", "… hướng dẫn như sau:", "… quyết định:".
    [GeneratedRegex(@"(?i:như\s+sau\s*:|(?:ban\s+hành|xây\s+dựng|hướng\s+dẫn|quy\s+định|kết\s+luận|chỉ\s+thị)[^.\n]{0,80}:\s*\n)", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentVoice();
}
