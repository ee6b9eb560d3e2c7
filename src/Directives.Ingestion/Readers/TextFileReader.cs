using System.Text;
using Directives.Core.Text;

namespace Directives.Ingestion.Readers;

/// <summary>Plain text in UTF-8/UTF-16 or one of the legacy Vietnamese 8-bit encodings.</summary>
public sealed class TextFileReader : IDocumentReader
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public IReadOnlyCollection<string> Extensions { get; } = [".txt"];

    public ExtractedText Read(Stream stream, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        cancellationToken.ThrowIfCancellationRequested();
        var (text, warnings) = Decode(buffer.ToArray());
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
        else if (TryStrictUtf8(bytes, out var utf8)) text = utf8;
        else
        {
            var (legacy, name) = LegacyEncodingDetector.DecodeBytes(bytes);
            warnings.Add($"legacy encoding {name} converted to Unicode");
            return (legacy, warnings);
        }

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
