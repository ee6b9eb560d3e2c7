using Directives.Core.Extraction;
using Directives.Core.Text;
using Directives.Ingestion.Readers;

namespace Directives.Ingestion.Pipeline;

/// <summary>The extract contract over files, streams and plain text: read, then analyse. A file that cannot be read gives a result with its error.</summary>
public static class FileExtraction
{
    public static ExtractionResult FromFile(string path, string source, DocumentReaderRegistry? readers = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return Analyze((readers ?? DocumentReaderRegistry.Default).Read(path, cancellationToken), source);
        }
        catch (DocumentReadException e)
        {
            return ExtractionResult.Failed(source, e.Message, e.Code);
        }
    }

    public static ExtractionResult FromStream(Stream stream, string fileName, DocumentReaderRegistry? readers = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return Analyze((readers ?? DocumentReaderRegistry.Default).Read(stream, fileName, cancellationToken), fileName);
        }
        catch (DocumentReadException e)
        {
            return ExtractionResult.Failed(fileName, e.Message, e.Code);
        }
    }

    public static ExtractionResult FromText(string text, string source)
        => Extractor.Extract(new ExtractionInput { Source = source, Text = VietnameseText.Normalize(text) });

    static ExtractionResult Analyze(ExtractedText extracted, string source) => Extractor.Extract(InputFor(extracted, source));

    /// <summary>What a reader got, as the extractor's input.</summary>
    public static ExtractionInput InputFor(ExtractedText extracted, string source) => new()
    {
        Source = source,
        Text = WithNotes(extracted),
        HeaderBlock = extracted.HeaderBlock,
        Published = extracted.Published is { } p ? DateOnly.FromDateTime(p.Date) : null,
        Warnings = extracted.Warnings,
    };

    /// <summary>
    /// The text with the notes a reader kept apart (DOCX footnotes and endnotes) added after the body as "[1] …" lines,
    /// the way PDF and HTML texts carry them, so that documents cited only in a note are found. Offsets in the body do
    /// not move; a note whose text is already in the body is not repeated.
    /// </summary>
    public static string WithNotes(ExtractedText extracted)
    {
        ArgumentNullException.ThrowIfNull(extracted);
        var notes = extracted.Footnotes
            .Where(n => n.Text.Trim().Length > 0 && !extracted.Text.Contains(n.Text.Trim(), StringComparison.Ordinal))
            .Select(n => $"[{n.Marker}] {n.Text.Trim()}")
            .ToList();
        return notes.Count == 0 ? extracted.Text : extracted.Text + "\n" + string.Join('\n', notes);
    }
}
