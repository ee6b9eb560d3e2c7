using System.Text;

namespace Directives.Ingestion.Readers;

/// <summary>
/// What bytes named .txt really are: another format in disguise (ZIP/DOCX, PDF, ELF, images), binary data, UTF-16
/// without a byte-order mark, or text. Looks at the first 64 KB, which is enough for every sign it uses.
/// </summary>
internal static class TextSniffer
{
    const int Sample = 64 * 1024;

    static readonly (byte[] Magic, string What)[] Signatures =
    [
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], "tệp chương trình (ELF)"),
        ([(byte)'P', (byte)'K', 3, 4], "tệp nén ZIP, có thể là DOCX/XLSX bị đổi đuôi"),
        ([0xD0, 0xCF, 0x11, 0xE0], "tệp Office cũ (.doc/.xls) bị đổi đuôi"),
        ("%PDF-"u8.ToArray(), "tệp PDF bị đổi đuôi"),
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "ảnh PNG"),
        ([0xFF, 0xD8, 0xFF], "ảnh JPEG"),
        ("GIF8"u8.ToArray(), "ảnh GIF"),
        ([0x1F, 0x8B], "tệp nén gzip"),
        ("Rar!"u8.ToArray(), "tệp nén RAR"),
        ([(byte)'7', (byte)'z', 0xBC, 0xAF], "tệp nén 7z"),
        ([(byte)'M', (byte)'Z', 0x90, 0x00], "tệp chương trình Windows (EXE/DLL)"),
    ];

    /// <summary>Why these bytes are not text, or null when they may be.</summary>
    public static string? NotTextReason(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, what) in Signatures)
            if (bytes.StartsWith(magic)) return what;
        return null;
    }

    /// <summary>UTF-16 written without a byte-order mark: most characters are ASCII, so every other byte is zero.</summary>
    public static Encoding? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, Sample) & ~1)];
        if (sample.Length < 4) return null;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] == 0) evenZeros++;
            if (sample[i + 1] == 0) oddZeros++;
        }
        var pairs = sample.Length / 2.0;
        if (oddZeros / pairs > 0.3 && evenZeros / pairs < 0.02) return Encoding.Unicode;
        if (evenZeros / pairs > 0.3 && oddZeros / pairs < 0.02) return Encoding.BigEndianUnicode;
        return null;
    }

    /// <summary>Binary data: zero bytes, or more control characters than any text has.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, Sample)];
        if (sample.Contains((byte)0)) return true;
        var controls = 0;
        foreach (var b in sample)
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x1A)) controls++;
        return controls > Math.Max(2, sample.Length / 50);
    }

    /// <summary>Decoded text that is mostly control characters or replacement marks is not text either.</summary>
    public static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, Sample));
        var bad = 0;
        foreach (var c in sample)
            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f'))) bad++;
        return bad > Math.Max(2, sample.Length / 20);
    }

    /// <summary>
    /// UTF-8 with a few broken bytes (a truncated download, one pasted byte): mostly valid multi-byte sequences and few
    /// invalid ones. Legacy 8-bit Vietnamese text rarely forms a valid sequence, so it fails this test and is decoded as such.
    /// </summary>
    public static bool MostlyUtf8(ReadOnlySpan<byte> bytes, out string text, out int replaced)
    {
        text = Encoding.UTF8.GetString(bytes);
        int invalid = 0, multibyte = 0;
        foreach (var c in text)
        {
            if (c == '\uFFFD') invalid++;
            else if (c > '\u007F') multibyte++;
        }
        replaced = invalid;
        return multibyte > 0 && multibyte >= 4 * invalid;
    }
}
