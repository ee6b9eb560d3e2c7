using System.Text;

namespace Directives.Ingestion.Readers;

/// <summary>
/// The 8-bit Vietnamese font encodings of the 1990s (TCVN3/ABC, VNI-Windows). Both are defined
/// over the Windows-1252 code points of their bytes, so the same tables repair raw bytes
/// (decoded as Windows-1252 first) and text that some tool already decoded as Windows-1252.
/// </summary>
public sealed class VietnameseLegacyEncoding
{
    const string Vowels = "aeiouy";

    /// <summary>TCVN 5712:1993 VN3 (ABC, ".VnTime"): one byte per lower-case toned letter.</summary>
    public static VietnameseLegacyEncoding Tcvn3 { get; } = new("TCVN3 (ABC)", BuildTcvn3());

    /// <summary>VNI-Windows: base letter followed by a mark byte ("aø" = "à").</summary>
    public static VietnameseLegacyEncoding Vni { get; } = new("VNI-Windows", BuildVni());

    readonly Dictionary<string, string> decode = new(StringComparer.Ordinal);
    readonly Dictionary<char, string> encode = [];

    VietnameseLegacyEncoding(string name, IEnumerable<(char Unicode, string Legacy)> pairs)
    {
        Name = name;
        foreach (var (unicode, legacy) in pairs)
        {
            encode.TryAdd(unicode, legacy);
            decode.TryAdd(legacy, unicode.ToString());
            // Upper-case bases typed with lower-case marks occur in real VNI files.
            if (legacy.Length == 2 && char.IsUpper(legacy[0]))
                decode.TryAdd(legacy[0] + char.ToLowerInvariant(legacy[1]).ToString(), unicode.ToString());
        }
    }

    public string Name { get; }

    /// <summary>Windows-1252 view of legacy bytes → Unicode (NFC). Characters outside the table pass through.</summary>
    public string Decode(string cp1252Text)
    {
        ArgumentNullException.ThrowIfNull(cp1252Text);
        var lookup = decode.GetAlternateLookup<ReadOnlySpan<char>>();
        var text = cp1252Text.AsSpan();
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            if (i + 1 < text.Length && lookup.TryGetValue(text.Slice(i, 2), out var pair))
            {
                sb.Append(pair);
                i += 2;
            }
            else if (lookup.TryGetValue(text.Slice(i, 1), out var single))
            {
                sb.Append(single);
                i++;
            }
            else sb.Append(text[i++]);
        }
        return sb.ToString();
    }

    /// <summary>Unicode → Windows-1252 view of legacy bytes; letters the encoding lacks (TCVN3 upper-case toned letters) fall back to lower case.</summary>
    public string Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length * 2);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (encode.TryGetValue(c, out var legacy)) sb.Append(legacy);
            else if (encode.TryGetValue(char.ToLowerInvariant(c), out var lower)) sb.Append(lower);
            else sb.Append(c);
        }
        return sb.ToString();
    }

    static IEnumerable<(char, string)> BuildTcvn3()
    {
        // Bytes 0xA1..0xAE: Ă Â Ê Ô Ơ Ư Đ ă â ê ô ơ ư đ.
        const string plain = "ĂÂÊÔƠƯĐăâêôơưđ";
        for (var i = 0; i < plain.Length; i++) yield return (plain[i], ((char)(0xA1 + i)).ToString());
        // Each vowel's five tones (huyền, hỏi, ngã, sắc, nặng) and their bytes.
        (string Letters, int[] Bytes)[] toned =
        [
            ("àảãáạ", [0xB5, 0xB6, 0xB7, 0xB8, 0xB9]),
            ("ằẳẵắặ", [0xBB, 0xBC, 0xBD, 0xBE, 0xC6]),
            ("ầẩẫấậ", [0xC7, 0xC8, 0xC9, 0xCA, 0xCB]),
            ("èẻẽéẹ", [0xCC, 0xCE, 0xCF, 0xD0, 0xD1]),
            ("ềểễếệ", [0xD2, 0xD3, 0xD4, 0xD5, 0xD6]),
            ("ìỉĩíị", [0xD7, 0xD8, 0xDC, 0xDD, 0xDE]),
            ("òỏõóọ", [0xDF, 0xE1, 0xE2, 0xE3, 0xE4]),
            ("ồổỗốộ", [0xE5, 0xE6, 0xE7, 0xE8, 0xE9]),
            ("ờởỡớợ", [0xEA, 0xEB, 0xEC, 0xED, 0xEE]),
            ("ùủũúụ", [0xEF, 0xF1, 0xF2, 0xF3, 0xF4]),
            ("ừửữứự", [0xF5, 0xF6, 0xF7, 0xF8, 0xF9]),
            ("ỳỷỹýỵ", [0xFA, 0xFB, 0xFC, 0xFD, 0xFE]),
        ];
        foreach (var (letters, bytes) in toned)
            for (var i = 0; i < letters.Length; i++) yield return (letters[i], ((char)bytes[i]).ToString());
    }

    static IEnumerable<(char, string)> BuildVni()
    {
        foreach (var pair in BuildVniLower())
        {
            yield return pair;
            var upper = char.ToUpperInvariant(pair.Item1);
            if (upper != pair.Item1) yield return (upper, pair.Item2.ToUpperInvariant());
        }
    }

    static IEnumerable<(char, string)> BuildVniLower()
    {
        const string toneMarks = "øûõùï";              // huyền, hỏi, ngã, sắc, nặng after a vowel
        const string circumflexTones = "àåãáä";        // circumflex fused with a tone (â ê ô)
        const string breveTones = "èúüéë";             // breve fused with a tone (ă)
        // Unicode vowel families in the same tone order: base, huyền, hỏi, ngã, sắc, nặng.
        (string Family, string Base, string Marks)[] families =
        [
            ("aàảãáạ", "a", toneMarks),
            ("eèẻẽéẹ", "e", toneMarks),
            ("oòỏõóọ", "o", toneMarks),
            ("uùủũúụ", "u", toneMarks),
            ("ơờởỡớợ", "ô", toneMarks),
            ("ưừửữứự", "ö", toneMarks),
            ("âầẩẫấậ", "a", circumflexTones),
            ("êềểễếệ", "e", circumflexTones),
            ("ôồổỗốộ", "o", circumflexTones),
            ("ăằẳẵắặ", "a", breveTones),
        ];
        foreach (var (family, b, marks) in families)
        {
            if (b.Length == 1 && Vowels.Contains(b) && marks != toneMarks)
                yield return (family[0], b + (marks == circumflexTones ? "â" : "ê"));
            else if (b is "ô" or "ö")
                yield return (family[0], b);
            for (var i = 0; i < 5; i++) yield return (family[i + 1], b + marks[i]);
        }
        yield return ('ỳ', "yø");
        yield return ('ỷ', "yû");
        yield return ('ỹ', "yõ");
        yield return ('ý', "yù");
        yield return ('ỵ', "î");
        yield return ('ì', "ì");
        yield return ('ỉ', "æ");
        yield return ('ĩ', "ó");
        yield return ('í', "í");
        yield return ('ị', "ò");
        yield return ('đ', "ñ");
    }
}
