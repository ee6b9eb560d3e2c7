using Directives.Core.Text;

namespace Directives.Core.Documents;

/// <summary>
/// Recognises the distribution stamp of a document: a line (or a column of a header line) of the header area that
/// is nothing but "MẬT", "TỐI MẬT", "TUYỆT MẬT", "LƯU HÀNH NỘI BỘ" or "KHÔNG PHỔ BIẾN", in any case, possibly framed
/// by brackets, dashes or stars. The word "mật" in a sentence is no stamp, and diacritics are compared as written:
/// folded, "mật" would also match "mặt" and "mất".
/// </summary>
public static class ClassificationStamps
{
    /// <summary>Stamps sit above the title; past this many non-empty lines the body has begun.</summary>
    public const int HeaderAreaLines = 15;

    static readonly Dictionary<string, Classification> Stamps = new(StringComparer.Ordinal)
    {
        ["mật"] = Classification.Confidential,
        ["tối mật"] = Classification.Secret,
        ["tuyệt mật"] = Classification.TopSecret,
        ["lưu hành nội bộ"] = Classification.Internal,
        ["tài liệu lưu hành nội bộ"] = Classification.Internal,
        ["không phổ biến"] = Classification.Internal,
    };

    // "Độ mật: Tối mật" names the level after a label.
    const string LevelLabel = "độ mật";

    /// <summary>
    /// The strictest stamp in the header area of <paramref name="text"/> or in <paramref name="pageHeaders"/>
    /// (lines a reader found in page headers, e.g. DOCX header parts); <see cref="Classification.Public"/> when none.
    /// </summary>
    public static Classification Recognize(string text, IEnumerable<string>? pageHeaders = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var level = Classification.Public;
        foreach (var line in HeaderArea(text).Concat(pageHeaders ?? []))
            foreach (var segment in HeaderLines.Segments(line))
                if (Stamp(segment) is { } stamp && stamp > level) level = stamp;
        return level;
    }

    /// <summary>The most letters a stamp can have, its level label included ("độ mật: tài liệu lưu hành nội bộ").</summary>
    static readonly int MostLetters = LevelLabel.Count(char.IsLetter) + Stamps.Keys.Max(k => k.Count(char.IsLetter));

    /// <summary>The level one segment states, or null when it is anything but a stamp.</summary>
    public static Classification? Stamp(string segment)
    {
        // Normalising and lower-casing keep the count of letters (composition only joins marks, which are no letters, to
        // them), so a segment with more letters than the longest stamp is none. Most segments of a header area are
        // names, titles and sentences: they are let go here instead of being normalised, lower-cased and split.
        if (HasMoreLetters(segment, MostLetters)) return null;
        var key = Collapse(VietnameseText.Lower(VietnameseText.Normalize(segment)).Trim(Frame));
        if (key.StartsWith(LevelLabel, StringComparison.Ordinal))
            key = key[LevelLabel.Length..].TrimStart(':', ' ');
        return Stamps.TryGetValue(key, out var level) ? level : null;
    }

    static bool HasMoreLetters(string segment, int most)
    {
        var letters = 0;
        foreach (var c in segment)
            if (char.IsLetter(c) && ++letters > most) return true;
        return false;
    }

    static readonly char[] Frame = [' ', '\t', '(', ')', '[', ']', '*', '-', '–', '—', '_', '"', '“', '”', '\'', '.', ':', '|', '<', '>', '«', '»'];

    static string Collapse(string s) => string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    static IEnumerable<string> HeaderArea(string text)
    {
        var seen = 0;
        var position = 0;
        while (seen < HeaderAreaLines && position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0) end = text.Length;
            var line = text[position..end];
            position = end + 1;
            if (string.IsNullOrWhiteSpace(line)) continue;
            seen++;
            yield return line;
        }
    }
}
