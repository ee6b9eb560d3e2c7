using Directives.Core.Extraction;
using Directives.Core.Text;
using Directives.Ingestion.Readers;

namespace Directives.Ingestion.Pipeline;

/// <summary>The extract contract over files, streams and plain text: read, then analyse. A file that cannot be read gives a result with its error.</summary>
public static class FileExtraction
{
    public static ExtractionResult FromFile(string path, string source, CancellationToken cancellationToken = default)
    {
        try
        {
            return Analyze(DocumentReaderRegistry.Default.Read(path, cancellationToken), source);
        }
        catch (DocumentReadException e)
        {
            return ExtractionResult.Failed(source, e.Message);
        }
    }

    public static ExtractionResult FromStream(Stream stream, string fileName, CancellationToken cancellationToken = default)
    {
        try
        {
            return Analyze(DocumentReaderRegistry.Default.Read(stream, fileName, cancellationToken), fileName);
        }
        catch (DocumentReadException e)
        {
            return ExtractionResult.Failed(fileName, e.Message);
        }
    }

    public static ExtractionResult FromText(string text, string source)
        => Extractor.Extract(new ExtractionInput { Source = source, Text = VietnameseText.Normalize(text) });

    static ExtractionResult Analyze(ExtractedText extracted, string source) => Extractor.Extract(InputFor(extracted, source));

    /// <summary>What a reader got, as the extractor's input.</summary>
    public static ExtractionInput InputFor(ExtractedText extracted, string source) => new()
    {
        Source = source,
        Text = extracted.Text,
        HeaderBlock = extracted.HeaderBlock,
        Published = extracted.Published is { } p ? DateOnly.FromDateTime(p.Date) : null,
        Warnings = extracted.Warnings,
    };
}
