using Directives.Core.Text;
using Directives.Ingestion.Ocr;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace Directives.Ingestion.Readers;

/// <summary>PDF files: the text layer where there is one, OCR for scanned pages without one; held to the read limits.</summary>
public sealed class PdfReader(ReadLimits? limits = null, PdfOcr? ocr = null) : IDocumentReader
{
    readonly ReadLimits limits = limits ?? ReadLimits.Default;

    // A scanner's stamp ("Trang 1") or a few stray glyphs are no text layer.
    const int MinTextLetters = 20;

    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    public ExtractedText Read(Stream stream, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = BoundedReadStream.ReadAll(stream, limits.MaxFileBytes, () => ReadErrors.FileTooLarge(limits.MaxFileBytes));
        if (bytes.AsSpan(0, Math.Min(1024, bytes.Length)).IndexOf("%PDF-"u8) < 0)
            throw ReadErrors.PdfCorrupt("không có đầu tệp %PDF.");
        PdfStreamGuard.Check(bytes, limits, cancellationToken);

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
            throw ReadErrors.PdfCorrupt(ex.Message, ex);
        }

        using (document)
        {
            // Opened without a password: only an owner password restricts copying or printing; the text is readable.
            var warnings = document.IsEncrypted ? new[] { "PDF has an owner password (copy/print restrictions); its text was read anyway" } : [];
            if (document.NumberOfPages > limits.MaxPdfPages) throw ReadErrors.PdfTooManyPages(document.NumberOfPages, limits.MaxPdfPages);
            var pages = new List<List<string>>(document.NumberOfPages);
            var drawn = false;
            var scanned = new List<int>();
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    var page = document.GetPage(number);
                    pages.Add(PdfLineBuilder.Lines(page.Letters));
                    drawn |= Draws(page);
                    if (page.Letters.Count(l => !string.IsNullOrWhiteSpace(l.Value)) < MinTextLetters && page.GetImages().Any()) scanned.Add(number);
                }
                catch (PdfDocumentEncryptedException ex)
                {
                    throw Encrypted(ex);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    throw ReadErrors.PdfPageUnreadable(number, ex);
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
            // No letters and no scanned image: a page that draws nothing from a non-empty stream has a broken one.
            if (pages.All(p => p.Count == 0))
                throw drawn ? ReadErrors.PdfNoTextLayer() : ReadErrors.PdfContentUnreadable();

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

    static DocumentReadException Encrypted(Exception? inner) => ReadErrors.PdfEncrypted(inner);

    /// <summary>Whether the page paints anything: an image, or a path filled or stroked.</summary>
    static bool Draws(Page page) =>
        page.GetImages().Any() || page.Operations.Any(o => o.Operator is "f" or "F" or "f*" or "S" or "s" or "B" or "B*" or "b" or "b*" or "Do" or "sh");
}
