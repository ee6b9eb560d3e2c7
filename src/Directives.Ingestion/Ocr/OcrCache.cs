using System.Security.Cryptography;
using System.Text.Json;

namespace Directives.Ingestion.Ocr;

/// <summary>Recognised pages kept by the PDF's content hash, so re-ingesting a scan (a new pipeline version, a rebuilt index) never runs OCR twice.</summary>
internal sealed class OcrCache(string? directory, OcrOptions options)
{
    public IReadOnlyList<OcrPage>? Load(byte[] pdf, out string key)
    {
        key = Key(pdf);
        if (directory is null) return null;
        var file = Path.Combine(directory, key + ".json");
        try
        {
            return File.Exists(file) ? JsonSerializer.Deserialize<List<OcrPage>>(File.ReadAllText(file)) : null;
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return null; // a damaged entry is recomputed
        }
    }

    public void Save(string key, IReadOnlyList<OcrPage> pages)
    {
        if (directory is null) return;
        try
        {
            Directory.CreateDirectory(directory);
            var file = Path.Combine(directory, key + ".json");
            var temp = file + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllText(temp, JsonSerializer.Serialize(pages));
            File.Move(temp, file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written costs time on the next ingest, never the result.
        }
    }

    // Settings that change what Tesseract returns are part of the key.
    string Key(byte[] pdf) =>
        Convert.ToHexStringLower(SHA256.HashData(pdf)) + "-" + options.Language + "-" + options.Dpi;
}
