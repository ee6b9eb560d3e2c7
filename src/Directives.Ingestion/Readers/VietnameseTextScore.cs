using System.Globalization;
using System.Text;

namespace Directives.Ingestion.Readers;

/// <summary>How much a decoding looks like Vietnamese: common words score high, impossible letters and stray symbols score negative.</summary>
internal static class VietnameseTextScore
{
    const string VietnameseLetters =
        "abcdefghijklmnopqrstuvwxyzđ" +
        "àảãáạăằẳẵắặâầẩẫấậèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵ";

    static readonly HashSet<char> Letters = [.. VietnameseLetters];

    static readonly HashSet<string> CommonWords =
    [
        "của", "và", "các", "đảng", "thực", "hiện", "nghị", "quyết", "được", "những", "trong", "cho", "với",
        "không", "người", "là", "có", "đã", "này", "một", "về", "chỉ", "thị", "tỉnh", "ủy", "uỷ", "công", "tác",
        "cán", "bộ", "viên", "nhân", "dân", "việt", "năm", "ngày", "tháng", "số", "để", "theo", "trên", "tổ",
        "chức", "lãnh", "đạo", "xây", "dựng", "phát", "triển", "kinh", "tế", "xã", "hội", "chính", "trị",
        "cộng", "sản", "hòa", "hoà", "chủ", "nghĩa", "trung", "ương", "bí", "thư", "thường", "vụ", "cấp",
        "đồng", "chí", "kế", "hoạch", "tăng", "cường", "nâng", "cao", "chất", "lượng", "tình", "hình", "đơn",
        "vị", "quản", "lý", "nhiệm", "chương", "trình", "cơ", "sở", "ở", "đến", "từ", "tại", "việc",
    ];

    public static int Score(string text)
    {
        var score = 0;
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }
            score += ScoreWord(word);
            word.Clear();
            // Symbols that only show up when Vietnamese letters were decoded with the wrong table.
            if (c is >= '\u00A1' and <= '\u00BF' or '\u00D7' or '\u00F7' || c is >= '\u0080' and <= '\u009F') score -= 2;
        }
        return score + ScoreWord(word);
    }

    static int ScoreWord(StringBuilder word)
    {
        if (word.Length == 0) return 0;
        var w = word.ToString().Normalize(NormalizationForm.FormC);
        if (CommonWords.Contains(w)) return 4;
        if (w.Length > 7) return -1;
        var toned = 0;
        foreach (var c in w)
        {
            if (!Letters.Contains(c)) return -1;
            var d = c.ToString().Normalize(NormalizationForm.FormD);
            if (d.Any(m => m is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323')) toned++;
        }
        return toned <= 1 ? 1 : -1;
    }
}
