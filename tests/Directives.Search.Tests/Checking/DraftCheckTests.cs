using Directives.Core.Checking;
using Directives.Ingestion.Checking;
using Directives.Ingestion.Readers;
using Directives.Ingestion.Writing;
using Directives.Search.Graph;
using Directives.Search.Tests.Graph;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Directives.Search.Tests.Checking;

/// <summary>The test draft checked against the sample corpus: exactly the findings it deserves, written back into a valid DOCX.</summary>
public sealed class DraftCheckTests : IDisposable
{
    readonly GraphCorpus corpus = new();
    readonly byte[] docx = TestDraft.Build();

    CheckedDraft Check() => DraftCheck.FromStream(new MemoryStream(docx), "du-thao.docx",
        new GraphCitationLookup(corpus.Snapshot), TestDraft.Organization, TestDraft.Date);

    [Fact]
    public void Every_mistake_gets_its_finding_and_nothing_else_does()
    {
        var report = Check().Report;
        var found = report.Findings.Select(f => (f.Code, f.Surface)).ToList();
        Assert.Equal(TestDraft.Expected.Length, report.Findings.Count);
        foreach (var (code, about) in TestDraft.Expected)
            Assert.Contains(report.Findings, f => f.Code == code && f.Surface.Contains(about, StringComparison.Ordinal));
        Assert.All(report.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Message)));
    }

    [Fact]
    public void Findings_say_what_is_right()
    {
        var report = Check().Report;
        var body = report.Findings.Single(f => f.Code == FindingCodes.BodyMismatch);
        Assert.Contains("Bộ Chính trị", body.Message, StringComparison.Ordinal);
        var date = report.Findings.Single(f => f.Code == FindingCodes.DateMismatch);
        Assert.Contains("15/05/2016", date.Message, StringComparison.Ordinal);
        var replaced = report.Findings.Single(f => f.Code == FindingCodes.Replaced);
        Assert.Contains("25-QĐi/TU", replaced.Message, StringComparison.Ordinal);
        Assert.Equal("21/01/2019", report.Findings.Single(f => f.Code == FindingCodes.ImpossibleDate).Suggestion);
        Assert.Equal("Quy định", report.Findings.Single(f => f.Code == FindingCodes.KindMismatch).Suggestion);
    }

    [Fact]
    public void References_resolve_and_carry_canonical_forms_and_pins()
    {
        var report = Check().Report;
        var ct28 = report.References.First(r => r.Reference.Citation == "28-CT/TW");
        Assert.Equal(ResolutionKinds.Document, ct28.Resolution.Kind);
        Assert.StartsWith("Chỉ thị số 28-CT/TW, ngày 21/01/2019 của Ban Bí thư về nâng cao chất lượng kết nạp đảng viên", ct28.CanonicalFull, StringComparison.Ordinal);
        Assert.Equal("Chỉ thị số 28-CT/TW", ct28.CanonicalShort);
        Assert.Equal(ResolutionKinds.Ambiguous, report.References.Single(r => r.Reference.Citation == "18-NQ/TW").Resolution.Kind);
        Assert.Equal(2, report.References.Single(r => r.Reference.Citation == "18-NQ/TW").Resolution.Candidates.Count);
        Assert.Equal(ResolutionKinds.Unknown, report.References.Single(r => r.Reference.Citation == "99-CT/TW").Resolution.Kind);
        var kl01 = report.References.Single(r => r.Reference.Citation == "01-KL/TW");
        Assert.Empty(kl01.Findings);
        Assert.Equal("3", Assert.Single(kl01.Reference.Pins).Section);
        Assert.Equal(ResolutionKinds.Placeholder, report.References.Single(r => r.Reference.Resolved == "04-NQ/TW").Resolution.Kind);
    }

    [Fact]
    public void The_reference_list_is_in_order_of_first_citation()
    {
        var list = Check().Report.ReferenceList;
        Assert.StartsWith("Chỉ thị số 28-CT/TW", list[0], StringComparison.Ordinal);
        Assert.StartsWith("Nghị quyết số 39-NQ/TW, ngày 17/04/2015 của Bộ Chính trị", list[1], StringComparison.Ordinal);
        Assert.StartsWith("Chỉ thị số 05-CT/TW, ngày 15/05/2016", list[2], StringComparison.Ordinal);
        Assert.StartsWith("Quy định số 08-QĐi/TW", list[3], StringComparison.Ordinal);
        Assert.Equal(list.Count, list.Distinct().Count());
    }

    [Fact]
    public void The_annotated_docx_is_valid_has_one_comment_per_finding_and_keeps_its_formatting()
    {
        var draft = Check();
        var (annotated, anchored) = DraftCheck.Annotate(docx, draft, referenceList: true);
        Assert.Equal(draft.Report.Findings.Count, anchored);

        using var doc = WordprocessingDocument.Open(new MemoryStream(annotated), false);
        var errors = new OpenXmlValidator().Validate(doc).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));

        var comments = doc.MainDocumentPart!.WordprocessingCommentsPart!.Comments!.Elements<Comment>().ToList();
        Assert.Equal(draft.Report.Findings.Count, comments.Count);
        var body = doc.MainDocumentPart.Document!.Body!;
        Assert.Equal(comments.Count, body.Descendants<CommentRangeStart>().Count());
        Assert.Equal(comments.Count, body.Descendants<CommentReference>().Count());

        // The comment on 39-NQ/TW spans exactly the mention; its bold and italic runs keep their formatting.
        var bodyComment = comments.Single(c => c.InnerText.Contains("Bộ Chính trị, không phải", StringComparison.Ordinal));
        var anchoredText = Between(body, bodyComment.Id!.Value!);
        Assert.Equal("Nghị quyết số 39-NQ/TW, ngày 17/4/2015 của Ban Chấp hành Trung ương", anchoredText);
        Assert.Contains(body.Descendants<Run>(), r => r.InnerText == "Nghị quyết số 39-NQ/TW" && r.RunProperties?.Bold is not null);
        Assert.Contains(body.Descendants<Run>(), r => r.InnerText.Contains("của Ban Chấp hành Trung ương", StringComparison.Ordinal) && r.RunProperties?.Italic is not null);

        // The impossible date is anchored on the date alone.
        var dateComment = comments.Single(c => c.InnerText.Contains("20219", StringComparison.Ordinal));
        Assert.Equal("21/01/20219", Between(body, dateComment.Id!.Value!));

        // Read back: the same text, and the reference list at the end.
        var read = new DocxReader().Read(new MemoryStream(annotated), "back.docx");
        var original = new DocxReader().Read(new MemoryStream(docx), "orig.docx");
        Assert.StartsWith(original.Text, read.Text, StringComparison.Ordinal);
        var tail = read.Text[original.Text.Length..].Trim().Split('\n');
        Assert.Equal(DocxAnnotator.ReferenceListHeading, tail[0]);
        Assert.Equal(draft.Report.ReferenceList.Select((r, i) => $"{i + 1}. {r}"), tail.Skip(1));
    }

    static string Between(Body body, string id)
    {
        var inside = false;
        var text = new System.Text.StringBuilder();
        foreach (var e in body.Descendants())
        {
            if (e is CommentRangeStart s && s.Id == id) inside = true;
            else if (e is CommentRangeEnd end && end.Id == id) break;
            else if (inside && e is Text t) text.Append(t.Text);
        }
        return text.ToString();
    }

    public void Dispose() => corpus.Dispose();
}
