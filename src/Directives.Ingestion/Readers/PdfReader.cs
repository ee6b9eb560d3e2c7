using Directives.Core.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace Directives.Ingestion.Readers;

/// <summary>PDF files with a text layer; scans without one are refused until OCR exists.</summary>
public sealed class PdfReader(ReadLimits? limits = null) : IDocumentReader
{
    readonly ReadLimits limits = limits ?? ReadLimits.Default;

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
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    var page = document.GetPage(number);
                    pages.Add(PdfLineBuilder.Lines(page.Letters));
                    drawn |= Draws(page);
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
            // No letters: a scan draws images or paths; a page that draws nothing from a non-empty stream has a broken one.
            if (pages.All(p => p.Count == 0))
                throw drawn ? ReadErrors.PdfNoTextLayer() : ReadErrors.PdfContentUnreadable();

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
            };
        }
    }

    static DocumentReadException Encrypted(Exception? inner) => ReadErrors.PdfEncrypted(inner);

    /// <summary>Whether the page paints anything: an image, or a path filled or stroked.</summary>
    static bool Draws(Page page) =>
        page.GetImages().Any() || page.Operations.Any(o => o.Operator is "f" or "F" or "f*" or "S" or "s" or "B" or "B*" or "b" or "b*" or "Do" or "sh");
}
