using Directives.Api.Security;
using Directives.Core.Dates;
using Directives.Core.Documents;
using Directives.Search.Graph;
using Directives.Search.Index;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.StaticFiles;

namespace Directives.Api.Endpoints;

public static class DocumentEndpoints
{
    static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static IEndpointRouteBuilder MapDocuments(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/documents");
        group.MapGet("/{id}", Get).WithName("GetDocument").WithSummary("A document's metadata, header fields and text.");
        group.MapGet("/{id}/file", GetFile).WithName("GetDocumentFile").WithSummary("The original file as it was ingested.");
        return app;
    }

    static Results<Ok<DocumentView>, ProblemHttpResult> Get(string id, DocumentIndex index, CitationGraph graph, ReadContext reader)
    {
        if (Visible(index, id, reader.Caller) is not { } doc) return NotFound(id);
        reader.Saw(id, doc.Classification);
        // Citations resolve only among documents the caller may see: a card must not reveal a classified one.
        return TypedResults.Ok(DocumentView.From(doc) with { Citations = DocumentCitations.Read(doc, graph.Current(reader.Caller.Clearance)) });
    }

    static Results<PhysicalFileHttpResult, ProblemHttpResult> GetFile(string id, DocumentIndex index, Caller caller, AuditLog audit, HttpContext context)
    {
        if (Visible(index, id, caller) is not { } doc) return NotFound(id);
        audit.Record(context, caller, AuditActions.Download, id, doc.Classification);
        if (!File.Exists(doc.Source))
            return ApiProblem.Result(StatusCodes.Status410Gone, "document.file_gone", "Tệp gốc không còn trong kho.",
                $"Văn bản '{id}' được lập chỉ mục từ một tệp nay đã bị xóa hoặc chuyển đi.");
        var contentType = ContentTypes.TryGetContentType(doc.Source, out var type) ? type : "application/octet-stream";
        return TypedResults.PhysicalFile(doc.Source, contentType, Path.GetFileName(doc.Source));
    }

    /// <summary>The document when the caller may see it: a classified one is as absent as a missing one (404, not 403).</summary>
    static StoredDocument? Visible(DocumentIndex index, string id, Caller caller)
        => index.Get(id) is { } doc && caller.MaySee(doc.Classification) ? doc : null;

    static ProblemHttpResult NotFound(string id) => ApiProblem.Result(StatusCodes.Status404NotFound, "document.not_found",
        "Không tìm thấy văn bản.", $"Không có văn bản mã '{id}' trong chỉ mục.");
}

/// <summary>The document as the API shows it: the corpus-relative source, never a server path.</summary>
public sealed record DocumentView(
    string Id, string? Citation, string Kind, int? Number, string? Code, string? Issuer, string? Organization,
    string? Place, string? Date, string? Published, string? Title, string Format, string Source,
    IReadOnlyList<string> Cites, IReadOnlyList<string> Warnings, string Text, Classification Classification,
    Signature? Signer, string? EffectiveDate, ScanView? Ocr = null)
{
    /// <summary>Every party reference of <see cref="Text"/> with its offsets and the document it means (links and hover cards).</summary>
    public IReadOnlyList<DocumentCitations.Mention> Citations { get; init; } = [];

    public static DocumentView From(StoredDocument d) => new(
        d.Id, d.Citation, d.Kind, d.Number, d.Code, d.Issuer, d.Organization, d.Place, d.Date, d.Published, d.Title,
        d.Format, d.Id.Replace(':', '/'), d.Cites, d.Warnings, d.Text, d.Classification,
        // Read from the stored text when asked: the signature block and the closing clause need no index field.
        SignatureBlock.Read(d.Text), IsoDate.Format(Directives.Core.Documents.EffectiveDate.Read(d.Text, IsoDate.Parse(d.Date))),
        d.Ocr is { } o ? new ScanView(o.Pages, o.MeanConfidence) : null);
}
