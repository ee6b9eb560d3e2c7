using Directives.Core.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Directives.Ingestion.Readers;

/// <summary>PDF files with a text layer; scans without one are refused until OCR exists.</summary>
public sealed class PdfReader : IDocumentReader
{
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
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    pages.Add(PdfLineBuilder.Lines(document.GetPage(number).Letters));
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
            if (pages.All(p => p.Count == 0))
                throw new DocumentReadException("PDF has no text layer (image-only scan); OCR is not available yet");

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

    static DocumentReadException Encrypted(Exception? inner) =>
        new("PDF is encrypted (password-protected); remove the protection and try again", inner);
}
