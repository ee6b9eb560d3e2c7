using Directives.Ingestion.External;

namespace Directives.Ingestion.Readers;

/// <summary>
/// Word 97–2003 (.doc), RTF and OpenDocument text: converted to DOCX by LibreOffice, then read by the DOCX reader,
/// so paragraphs, the header table, footnotes and legacy fonts are treated exactly as in a DOCX.
/// </summary>
/// <param name="toolSearchPath">Folders searched for LibreOffice instead of PATH (tests use it to stand for a machine without it).</param>
public sealed class ConvertedWordReader(string? toolSearchPath = null, ReadLimits? limits = null) : IDocumentReader
{
    readonly DocxReader docx = new(limits);

    /// <summary>See <see cref="External.LibreOfficeConverter.ToolMissingCode"/>.</summary>
    public const string ToolMissingCode = External.LibreOfficeConverter.ToolMissingCode;

    public IReadOnlyCollection<string> Extensions { get; } = [".doc", ".rtf", ".odt"];

    public ExtractedText Read(Stream stream, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var converted = LibreOfficeConverter.ToDocx(buffer.ToArray(), fileName, cancellationToken, toolSearchPath);
        using var docxStream = new MemoryStream(converted);
        var text = docx.Read(docxStream, Path.ChangeExtension(fileName, ".docx"), cancellationToken);
        return text with { Format = Path.GetExtension(fileName).TrimStart('.').ToLowerInvariant() };
    }
}
