using System.Text;
using Directives.Core.Text;

namespace Directives.Ingestion.Readers;

/// <summary>Plain text in UTF-8/UTF-16 or one of the legacy Vietnamese 8-bit encodings.</summary>
public sealed class TextFileReader(ReadLimits? limits = null) : IDocumentReader
{
    readonly ReadLimits limits = limits ?? ReadLimits.Default;

    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public IReadOnlyCollection<string> Extensions { get; } = [".txt"];

    /// <summary>Decoding and normalising are single passes over at most <see cref="ReadLimits.MaxFileBytes"/>.</summary>
    public bool ReadsInLinearTime => true;

    public ExtractedText Read(Stream stream, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = BoundedReadStream.ReadAll(stream, limits.MaxFileBytes, () => ReadErrors.FileTooLarge(limits.MaxFileBytes));
        cancellationToken.ThrowIfCancellationRequested();
        var (text, warnings) = Decode(bytes);
        return new ExtractedText
        {
            Text = VietnameseText.Normalize(text).Trim('\n'),
            Format = "txt",
            Warnings = warnings,
        };
    }

    static (string Text, IReadOnlyList<string> Warnings) Decode(byte[] bytes)
    {
        string text;
        var warnings = new List<string>();
        if (bytes is [0xEF, 0xBB, 0xBF, ..]) text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        else if (bytes is [0xFF, 0xFE, ..]) text = Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        else if (bytes is [0xFE, 0xFF, ..]) text = Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        else if (TextSniffer.NotTextReason(bytes) is { } disguised) throw ReadErrors.NotText(disguised);
        else if (TextSniffer.Utf16WithoutBom(bytes) is { } utf16)
        {
            text = utf16.GetString(bytes);
            warnings.Add("văn bản UTF-16 không có dấu BOM, đã nhận ra và đọc đúng");
        }
        else if (TextSniffer.LooksBinary(bytes)) throw ReadErrors.NotText("dữ liệu nhị phân (có byte 0 hoặc ký tự điều khiển)");
        else if (TryStrictUtf8(bytes, out var utf8)) text = utf8;
        else if (TextSniffer.MostlyUtf8(bytes, out var lenient, out var replaced))
        {
            text = lenient;
            warnings.Add($"{replaced} byte không hợp lệ trong UTF-8 đã được thay bằng ký tự �");
        }
        else
        {
            var (legacy, name) = LegacyEncodingDetector.DecodeBytes(bytes);
            warnings.Add($"legacy encoding {name} converted to Unicode");
            return (legacy, warnings);
        }
        if (TextSniffer.LooksBinary(text)) throw ReadErrors.NotText("dữ liệu nhị phân (phần lớn là ký tự điều khiển)");

        if (LegacyEncodingDetector.RepairMisdecoded(text) is { } repaired)
        {
            warnings.Add($"legacy encoding {repaired.EncodingName} converted to Unicode (the text had been decoded as Windows-1252)");
            text = repaired.Text;
        }
        return (text, warnings);
    }

    static bool TryStrictUtf8(byte[] bytes, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }
}
