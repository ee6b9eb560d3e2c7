using Directives.Core.Text;
using Directives.Ingestion.Ocr;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Directives.Ingestion.Readers;

/// <summary>PDF files: the text layer where there is one, OCR for scanned pages without one.</summary>
public sealed class PdfReader(PdfOcr? ocr = null) : IDocumentReader
{
    // A scanner's stamp ("Trang 1") or a few stray glyphs are no text layer.
    const int MinTextLetters = 20;

    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    public ExtractedText Read(Stream stream, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();
        if (bytes.AsSpan(0, Math.Min(1024, bytes.Length)).IndexOf("%PDF-"u8) < 0)
            throw new DocumentReadException("PDF is corrupt: no %PDF header");

        PdfDocument document;
        try
        {
            document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true });
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw Encrypted(ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new DocumentReadException($"PDF is corrupt: {ex.Message}", ex);
        }

        using (document)
        {
            // Opened without a password: only an owner password restricts copying or printing; the text is readable.
            var warnings = document.IsEncrypted ? new[] { "PDF has an owner password (copy/print restrictions); its text was read anyway" } : [];
            var pages = new List<List<string>>(document.NumberOfPages);
            var scanned = new List<int>();
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    var page = document.GetPage(number);
                    pages.Add(PdfLineBuilder.Lines(page.Letters));
                    if (page.Letters.Count(l => !string.IsNullOrWhiteSpace(l.Value)) < MinTextLetters && page.GetImages().Any()) scanned.Add(number);
                }
                catch (PdfDocumentEncryptedException ex)
                {
                    throw Encrypted(ex);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    throw new DocumentReadException($"PDF page {number} cannot be read: {ex.Message}", ex);
                }
            }
            OcrSummary? ocrSummary = null;
            if (scanned.Count > 0)
            {
                var recognised = (ocr ?? PdfOcr.Default).Recognize(bytes, scanned, cancellationToken);
                foreach (var page in recognised) pages[page.Number - 1] = [.. page.Lines];
                var words = recognised.Sum(p => p.Words);
                ocrSummary = new OcrSummary(scanned, words == 0 ? 0 : Math.Round(recognised.Sum(p => p.MeanConfidence * p.Words) / words, 1));
                warnings = [.. warnings, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"scanned pages {string.Join(", ", scanned)} read by OCR (mean confidence {ocrSummary.MeanConfidence:F1}%): numbers and dates may need checking")];
            }
            if (pages.All(p => p.Count == 0))
                throw new DocumentReadException("PDF has no text layer and no scanned page images: nothing to read");

            for (var i = 0; i < pages.Count; i++)
                if (!scanned.Contains(i + 1) && PdfLegacyText.Repair(pages[i]) is { } legacy)
                    warnings = [.. warnings, $"legacy encoding {legacy} converted to Unicode on page {i + 1}"];
            var lines = PdfPageFurniture.Dehyphenate([.. PdfPageFurniture.Remove(pages).SelectMany(p => p)]);
            var title = document.Information.Title;
            return new ExtractedText
            {
                Text = VietnameseText.Normalize(string.Join('\n', lines)),
                Format = "pdf",
                Title = string.IsNullOrWhiteSpace(title) ? null : VietnameseText.Normalize(title.Trim()),
                PageCount = document.NumberOfPages,
                // Furniture removal drops a stamp repeated on every page; the first page's top lines keep it.
                PageHeaders = [.. pages.First(p => p.Count > 0).Take(PdfPageFurniture.EdgeLines).Select(VietnameseText.Normalize)],
                Warnings = warnings,
                Ocr = ocrSummary,
            };
        }
    }

    static DocumentReadException Encrypted(Exception? inner) =>
        new("PDF is encrypted (password-protected); remove the protection and try again", inner);
}
