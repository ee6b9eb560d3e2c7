using Directives.Ingestion.Ocr;

namespace Directives.Ingestion.Readers;

/// <summary>Picks the reader for a file by its extension and turns every failure into a <see cref="DocumentReadException"/>.</summary>
public sealed class DocumentReaderRegistry
{
    readonly Dictionary<string, IDocumentReader> byExtension = new(StringComparer.OrdinalIgnoreCase);

    public DocumentReaderRegistry(IEnumerable<IDocumentReader> readers)
    {
        ArgumentNullException.ThrowIfNull(readers);
        foreach (var reader in readers)
            foreach (var extension in reader.Extensions)
                byExtension[extension] = reader;
    }

    public static DocumentReaderRegistry Default { get; } = WithOcr(PdfOcr.Default);

    /// <summary>The readers, with scanned pages' OCR results kept in <paramref name="cacheDirectory"/> (a folder under the index).</summary>
    public static DocumentReaderRegistry WithOcrCache(string cacheDirectory) =>
        WithOcr(new PdfOcr(new OcrOptions { CacheDirectory = cacheDirectory }));

    static DocumentReaderRegistry WithOcr(PdfOcr ocr) =>
        new([new TextFileReader(), new HtmlReader(), new DocxReader(), new PdfReader(ocr), new ConvertedWordReader()]);

    public IReadOnlyCollection<string> Extensions => byExtension.Keys;

    public IDocumentReader? ForPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return byExtension.GetValueOrDefault(Path.GetExtension(path));
    }

    public ExtractedText Read(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        Reader(name);
        if (!File.Exists(path)) throw new DocumentReadException($"File not found: {path}");
        if (new FileInfo(path).Length == 0) throw new DocumentReadException($"File is empty (0 bytes): {name}");
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return Read(stream, name, cancellationToken);
    }

    /// <summary>Reads an upload or any other stream; the file name's extension picks the reader.</summary>
    public ExtractedText Read(Stream stream, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var reader = Reader(fileName);
        ExtractedText result;
        try
        {
            result = reader.Read(stream, fileName, cancellationToken);
        }
        catch (Exception ex) when (ex is not (DocumentReadException or OperationCanceledException))
        {
            throw new DocumentReadException($"{Path.GetExtension(fileName).TrimStart('.').ToUpperInvariant()} could not be read ({fileName}): {ex.Message}", ex);
        }
        if (string.IsNullOrWhiteSpace(result.Text)) throw new DocumentReadException($"File has no text: {fileName}");
        return result;
    }

    IDocumentReader Reader(string fileName) => ForPath(fileName) ?? throw new DocumentReadException(
        $"Unsupported file type '{Path.GetExtension(fileName)}' for {fileName}; supported: {string.Join(", ", byExtension.Keys.Order())}");
}
