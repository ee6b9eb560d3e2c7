// TEMPORARY: replaced by the readers branch at merge. Same public shape.
namespace Directives.Ingestion.Readers;
public sealed class DocumentReaderRegistry
{
    public static DocumentReaderRegistry Default { get; } = new();
    public ExtractedText Read(string path, CancellationToken cancellationToken = default)
    {
        var ext = System.IO.Path.GetExtension(path).ToLowerInvariant();
        if (ext != ".txt") throw new DocumentReadException($"unsupported format {ext}");
        var text = File.ReadAllText(path);
        if (text.Trim().Length == 0) throw new DocumentReadException("the file is empty");
        return new ExtractedText { Text = Directives.Core.Text.VietnameseText.Normalize(text), Format = "txt" };
    }
    public IDocumentReader? ForPath(string path) => null;
}
