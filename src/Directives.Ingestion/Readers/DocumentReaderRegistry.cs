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

    public static DocumentReaderRegistry Default { get; } =
        new([new TextFileReader(), new HtmlReader(), new DocxReader(), new PdfReader()]);

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
        var reader = ForPath(path) ?? throw new DocumentReadException(
            $"Unsupported file type '{Path.GetExtension(path)}' for {name}; supported: {string.Join(", ", byExtension.Keys.Order())}");
        if (!File.Exists(path)) throw new DocumentReadException($"File not found: {path}");
        if (new FileInfo(path).Length == 0) throw new DocumentReadException($"File is empty (0 bytes): {name}");

        ExtractedText result;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            result = reader.Read(stream, name, cancellationToken);
        }
        catch (Exception ex) when (ex is not (DocumentReadException or OperationCanceledException))
        {
            throw new DocumentReadException($"{Path.GetExtension(path).TrimStart('.').ToUpperInvariant()} could not be read ({name}): {ex.Message}", ex);
        }
        if (string.IsNullOrWhiteSpace(result.Text)) throw new DocumentReadException($"File has no text: {name}");
        return result;
    }
}
