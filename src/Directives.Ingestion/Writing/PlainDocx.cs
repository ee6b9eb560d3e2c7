using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Directives.Ingestion.Writing;

/// <summary>
/// A plain DOCX holding a pasted text, one paragraph per line, so a draft pasted into the checker can come back
/// as a Word file with a comment on each finding, like an uploaded one.
/// </summary>
public static class PlainDocx
{
    public static byte[] Write(string text) => Write(text.Replace("\r\n", "\n").Split('\n'));

    public static byte[] Write(IEnumerable<string> paragraphs)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            foreach (var line in paragraphs)
                body.Append(new Paragraph(new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve })));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }
}
