using Directives.Core.Dates;
using Directives.Core.Documents;
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

    static Results<Ok<DocumentView>, ProblemHttpResult> Get(string id, DocumentIndex index)
        => index.Get(id) is { } doc ? TypedResults.Ok(DocumentView.From(doc)) : NotFound(id);

    static Results<PhysicalFileHttpResult, ProblemHttpResult> GetFile(string id, DocumentIndex index)
    {
        if (index.Get(id) is not { } doc) return NotFound(id);
        if (!File.Exists(doc.Source))
            return Problems.Of(StatusCodes.Status410Gone, "file_gone", "Tệp gốc không còn trong kho.",
                "Văn bản được lập chỉ mục từ một tệp nay đã bị xóa hoặc chuyển đi.");
        var contentType = ContentTypes.TryGetContentType(doc.Source, out var type) ? type : "application/octet-stream";
        return TypedResults.PhysicalFile(doc.Source, contentType, Path.GetFileName(doc.Source));
    }

    static ProblemHttpResult NotFound(string id) => Problems.Of(StatusCodes.Status404NotFound, "document_not_found",
        "Không tìm thấy văn bản.", "Văn bản này không có trong kho (có thể đã bị xóa hoặc đường dẫn sai).");
}

/// <summary>The document as the API shows it: the corpus-relative source, never a server path.</summary>
public sealed record DocumentView(
    string Id, string? Citation, string Kind, int? Number, string? Code, string? Issuer, string? Organization,
    string? Place, string? Date, string? Published, string? Title, string Format, string Source,
    IReadOnlyList<string> Cites, IReadOnlyList<string> Warnings, string Text, Signature? Signer, string? EffectiveDate)
{
    // Read from the stored text when asked: the signature block and the closing clause need no index field.
    public static DocumentView From(StoredDocument d) => new(
        d.Id, d.Citation, d.Kind, d.Number, d.Code, d.Issuer, d.Organization, d.Place, d.Date, d.Published, d.Title,
        d.Format, d.Id.Replace(':', '/'), d.Cites, d.Warnings, d.Text, SignatureBlock.Read(d.Text),
        IsoDate.Format(Directives.Core.Documents.EffectiveDate.Read(d.Text, IsoDate.Parse(d.Date))));
}
