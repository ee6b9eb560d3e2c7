using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Directives.Benchmarks.Corpus;

/// <summary>A generated document as a Word file: one paragraph per text paragraph, header lines each their own.</summary>
public static class BenchDocx
{
    public static byte[] Write(GeneratedDocument d)
    {
        using var ms = new MemoryStream();
        using (var pkg = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = pkg.AddMainDocumentPart();
            var body = new Body();
            foreach (var block in Blocks(d.Text))
                body.Append(new Paragraph(new Run(new Text(block) { Space = SpaceProcessingModeValues.Preserve })));
            main.Document = new Document(body);
        }
        return ms.ToArray();
    }

    /// <summary>Header and signature lines one by one, prose paragraphs whole.</summary>
    public static IEnumerable<string> Blocks(string text)
        => text.Split("\n\n").SelectMany(p => p.Contains('\n') ? p.Split('\n') : [p]).Where(p => p.Trim().Length > 0);
}
