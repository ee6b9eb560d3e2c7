using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Directives.Ingestion.Readers;
using Directives.Ingestion.Writing;

namespace Directives.Ingestion.Tests.Writing;

/// <summary>Comments anchored on exact runs in awkward places: a hyperlink, a tracked insertion, a draft that already has comments.</summary>
public sealed class DocxAnnotatorTests
{
    static byte[] Draft()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var link = main.AddHyperlinkRelationship(new Uri("https://example.org/ct28"), true);
            main.Document = new Document(new Body(
                new Paragraph(
                    new Run(new Text("Thực hiện ") { Space = SpaceProcessingModeValues.Preserve }),
                    new Hyperlink(new Run(new RunProperties(new Underline { Val = UnderlineValues.Single }), new Text("Chỉ thị số 28-CT/TW"))) { Id = link.Id },
                    new Run(new Text(", ngày 21/01/20219 của Ban Bí thư.") { Space = SpaceProcessingModeValues.Preserve })),
                new Paragraph(
                    new Run(new Text("Căn cứ ") { Space = SpaceProcessingModeValues.Preserve }),
                    new InsertedRun(new Run(new RunProperties(new Bold()), new Text("Nghị quyết số 39-NQ/TW"))) { Id = "1", Author = "A", Date = new DateTime(2023, 1, 1) },
                    new Run(new Text(" của Ban Chấp hành Trung ương.") { Space = SpaceProcessingModeValues.Preserve }))));
            var comments = main.AddNewPart<WordprocessingCommentsPart>();
            comments.Comments = new Comments(new Comment(new Paragraph(new Run(new Text("Góp ý cũ")))) { Id = "0", Author = "B" });
            main.Document.Body!.GetFirstChild<Paragraph>()!.PrependChild(new CommentRangeStart { Id = "0" });
            main.Document.Body.GetFirstChild<Paragraph>()!.Append(new CommentRangeEnd { Id = "0" }, new Run(new CommentReference { Id = "0" }));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    [Fact]
    public void Comments_land_on_exact_runs_inside_hyperlinks_and_insertions_and_the_file_stays_valid()
    {
        var docx = Draft();
        var text = new DocxReader().Read(new MemoryStream(docx), "d.docx").Text;
        int At(string s) => text.IndexOf(s, StringComparison.Ordinal);
        var wanted = new[]
        {
            new DocxComment(At("28-CT/TW"), At("28-CT/TW") + 8, "số hiệu"),
            new DocxComment(At("21/01/20219"), At("21/01/20219") + 11, "ngày không thể có"),
            new DocxComment(At("Nghị quyết số 39-NQ/TW"), At(" Trung ương.") + 11, "sai cơ quan ban hành"),
        };

        var (annotated, anchored) = DocxAnnotator.Annotate(docx, text, wanted, ["Chỉ thị số 28-CT/TW, ngày 21/01/2019 của Ban Bí thư"]);

        Assert.Equal(3, anchored);
        using var doc = WordprocessingDocument.Open(new MemoryStream(annotated), false);
        var errors = new OpenXmlValidator().Validate(doc).Select(e => e.Description).ToList();
        Assert.Empty(errors);
        var ids = doc.MainDocumentPart!.WordprocessingCommentsPart!.Comments!.Elements<Comment>().Select(c => c.Id!.Value).ToList();
        Assert.Equal(["0", "1", "2", "3"], ids);
        var body = doc.MainDocumentPart.Document!.Body!;
        Assert.Equal("28-CT/TW", Anchored(body, "1"));
        Assert.Equal("21/01/20219", Anchored(body, "2"));
        Assert.Equal("Nghị quyết số 39-NQ/TW của Ban Chấp hành Trung ương", Anchored(body, "3"));
        // The split hyperlink run keeps its underline; the inserted run stays a tracked insertion, bold.
        Assert.All(body.Descendants<Hyperlink>().Single().Descendants<Run>().Where(r => r.GetFirstChild<Text>() is not null),
            r => Assert.NotNull(r.RunProperties?.Underline));
        Assert.Equal("Nghị quyết số 39-NQ/TW", body.Descendants<InsertedRun>().Single().InnerText);

        var back = new DocxReader().Read(new MemoryStream(annotated), "back.docx").Text;
        Assert.Equal(text + "\nTài liệu trích dẫn\n1. Chỉ thị số 28-CT/TW, ngày 21/01/2019 của Ban Bí thư", back);
    }

    static string Anchored(Body body, string id)
    {
        var inside = false;
        var sb = new System.Text.StringBuilder();
        foreach (var e in body.Descendants())
        {
            if (e is CommentRangeStart s && s.Id == id) inside = true;
            else if (e is CommentRangeEnd end && end.Id == id) break;
            else if (inside && e is Text t) sb.Append(t.Text);
        }
        return sb.ToString();
    }
}
