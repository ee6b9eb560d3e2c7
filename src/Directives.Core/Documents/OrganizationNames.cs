using System.Globalization;
using Directives.Core.Text;

namespace Directives.Core.Documents;

/// <summary>Turns the capitalised committee lines of a header into a name: "TỈNH ỦY TRÀ VINH" → "Tỉnh ủy Trà Vinh".</summary>
public static class OrganizationNames
{
    // Body words keep their conventional capitals; place names are title-cased.
    static readonly string[] Phrases =
    [
        "Ban Chấp hành Trung ương", "Ban Chấp hành", "Bộ Chính trị", "Ban Bí thư", "Ban Thường vụ",
        "Ban Tuyên giáo và Dân vận", "Ban Tuyên giáo", "Ban Tổ chức", "Ban Dân vận", "Ban Nội chính",
        "Ban Kinh tế", "Ban Chính sách, chiến lược", "Ủy ban Kiểm tra", "Văn phòng", "Đảng ủy Khối", "Đảng đoàn",
        "Ban cán sự đảng", "Ủy ban nhân dân", "Hội đồng nhân dân", "Trung ương", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Đảng ủy",
        "Đảng bộ", "Chi bộ", "thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường", "ấp",
        "thôn", "khối", "các", "cơ quan",
    ];

    static readonly string[] Ignored = ["dang cong san viet nam", "*", ""];

    /// <summary>
    /// The issuing organisation from the committee lines ("ĐẢNG BỘ TỈNH TRÀ VINH" + "TỈNH ỦY" → "Tỉnh ủy Trà Vinh");
    /// "ĐẢNG CỘNG SẢN VIỆT NAM", stars and "Số …" lines are skipped. Null when nothing is left.
    /// </summary>
    public static string? FromHeaderLines(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var kept = lines.Select(l => VietnameseText.Normalize(l).Trim().Trim('*', '-', '_', ' ').Trim())
            .Where(l => !Ignored.Contains(Key(l)) && !Key(l).StartsWith("so ", StringComparison.Ordinal))
            .ToList();
        if (kept.Count == 0) return null;
        if (kept.Count == 1) return TitleCase(kept[0]);

        var parent = Key(kept[0]);
        var child = string.Join(' ', kept.Skip(1));
        var childKey = Key(child);
        if (parent.StartsWith("dang bo ", StringComparison.Ordinal))
        {
            var rest = string.Join(' ', kept[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(2)); // "TỈNH TRÀ VINH"
            var committee = CommitteeOf(Key(rest), rest);     // "Tỉnh ủy Trà Vinh" or "Đảng ủy xã An Phú"
            if (IsCommitteeWord(childKey)) return childKey is "dang uy" or "chi bo" ? TitleCase(child + " " + rest) : committee;
            if (IsBoard(childKey) && !EndsWithCommittee(childKey)) return TitleCase(child) + " " + committee;
            if (EndsWithCommittee(childKey)) return TitleCase(child + " " + RestName(rest));
            if (childKey == "ban chap hanh") return "Ban Chấp hành " + TitleCase(kept[0]);
            return TitleCase(child);
        }
        if (IsBoard(childKey) && !EndsWithCommittee(childKey))
            return parent.StartsWith("ban chap hanh trung uong", StringComparison.Ordinal)
                ? TitleCase(child) + " Trung ương"
                : TitleCase(child) + " " + TitleCase(kept[0]);
        return TitleCase(string.Join(' ', kept));
    }

    /// <summary>Title case for a capitalised body name, with modern tone placement ("uỷ" → "ủy", "HOÀ" → "Hòa").</summary>
    public static string TitleCase(string upper)
    {
        ArgumentNullException.ThrowIfNull(upper);
        var words = VietnameseText.Normalize(upper).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        // Compare with accents (lower case, modern tones) so "QUAN HÓA" stays a name and is not "quận Hóa".
        var lower = words.Select(w => ModernToneWord(VietnameseText.Lower(w))).ToArray();
        var output = new List<string>(words.Length);
        for (var i = 0; i < words.Length;)
        {
            var matched = false;
            for (var len = Math.Min(5, words.Length - i); len >= 1 && !matched; len--)
            {
                var key = string.Join(' ', lower, i, len);
                foreach (var written in Phrases)
                {
                    if (!string.Equals(written, key, StringComparison.OrdinalIgnoreCase)) continue;
                    output.Add(written);
                    i += len;
                    matched = true;
                    break;
                }
            }
            if (matched) continue;
            output.Add(Capitalize(words[i]));
            i++;
        }
        return ModernTones(string.Join(' ', output));
    }

    /// <summary>"hoà" → "hòa", "thuỷ" → "thủy": the tone sits on the main vowel of open oa/oe/uy syllables.</summary>
    internal static string ModernTones(string text)
    {
        var words = text.Split(' ');
        for (var w = 0; w < words.Length; w++) words[w] = ModernToneWord(words[w]);
        return string.Join(' ', words);
    }

    static string ModernToneWord(string word)
    {
        // A word ending in a plain ASCII letter or sign has no tone mark at its end to move (most words: "tỉnh", "ban").
        if (word.Length == 0 || char.IsAscii(word[^1])) return word;
        var d = word.Normalize(System.Text.NormalizationForm.FormD);
        // pattern: ... o|u  + (y|a|e) + tone mark at end of word; move the mark to the first vowel.
        if (d.Length < 3) return word;
        var mark = d[^1];
        if (CharUnicodeInfo.GetUnicodeCategory(mark) != UnicodeCategory.NonSpacingMark) return word;
        var last = char.ToLowerInvariant(d[^2]);
        var first = char.ToLowerInvariant(d[^3]);
        var pair = (first, last) is ('o', 'a') or ('o', 'e') or ('u', 'y');
        if (!pair) return word;
        if (first == 'u' && d.Length >= 4 && char.ToLowerInvariant(d[^4]) == 'q') return word; // "quý" is already right
        var moved = string.Concat(d.AsSpan(0, d.Length - 2), mark.ToString(), d[^2].ToString());
        return moved.Normalize(System.Text.NormalizationForm.FormC);
    }

    static string Capitalize(string word)
    {
        var lower = VietnameseText.Lower(word);
        return lower.Length == 0 ? lower : char.ToUpperInvariant(lower[0]) + lower[1..];
    }

    static string Key(string s) =>
        string.Join(' ', VietnameseText.Fold(s).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    static bool IsCommitteeWord(string key) =>
        key is "tinh uy" or "thanh uy" or "huyen uy" or "quan uy" or "thi uy" or "dang uy" or "chi bo";

    static bool IsBoard(string key) =>
        key.StartsWith("ban ", StringComparison.Ordinal) || key.StartsWith("uy ban ", StringComparison.Ordinal)
        || key.StartsWith("van phong", StringComparison.Ordinal) || key.StartsWith("dang doan", StringComparison.Ordinal);

    static bool EndsWithCommittee(string key) =>
        key.EndsWith(" tinh uy", StringComparison.Ordinal) || key.EndsWith(" thanh uy", StringComparison.Ordinal)
        || key.EndsWith(" huyen uy", StringComparison.Ordinal) || key.EndsWith(" quan uy", StringComparison.Ordinal)
        || key.EndsWith(" thi uy", StringComparison.Ordinal) || key.EndsWith(" dang uy", StringComparison.Ordinal);

    // "TỈNH TRÀ VINH" → "TRÀ VINH"
    static string RestName(string rest)
    {
        var key = Key(rest);
        foreach (var level in new[] { "thanh pho ", "thi xa ", "thi tran ", "tinh ", "huyen ", "quan ", "xa ", "phuong " })
            if (key.StartsWith(level, StringComparison.Ordinal))
                return string.Join(' ', rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(level.Count(c => c == ' ')));
        return rest;
    }

    static string CommitteeOf(string restKey, string rest)
    {
        var name = RestName(rest);
        string? committee = restKey switch
        {
            _ when restKey.StartsWith("tinh ", StringComparison.Ordinal) => "Tỉnh ủy",
            _ when restKey.StartsWith("thanh pho ", StringComparison.Ordinal) => "Thành ủy",
            _ when restKey.StartsWith("thi xa ", StringComparison.Ordinal) => "Thị ủy",
            _ when restKey.StartsWith("huyen ", StringComparison.Ordinal) => "Huyện ủy",
            _ when restKey.StartsWith("quan ", StringComparison.Ordinal) => "Quận ủy",
            _ => null,
        };
        return committee is null ? TitleCase("ĐẢNG ỦY " + rest) : committee + " " + TitleCase(name);
    }
}
