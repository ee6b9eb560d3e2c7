using Directives.Core.Checking;
using Directives.Core.Extraction;
using Directives.Search.Graph;
using Directives.Search.Index;

namespace Directives.Api.Endpoints;

/// <summary>
/// Each party reference of a document's text, where it stands in the text (offsets of the stored text) and the
/// document it means, resolved the way the graph resolves it for this document (its committee and date), so the page
/// links every citation and shows a card (number, title, date, body, status) without reading numbers itself.
/// </summary>
public static class DocumentCitations
{
    public sealed record Cited(string Id, bool InCorpus, string? Citation, string? Kind, string? Title, string? Date, string? Body, string? Status);

    public sealed record Mention(int Start, int End, string Surface, string? Citation, Cited? Document);

    public static IReadOnlyList<Mention> Read(StoredDocument doc, GraphSnapshot graph)
    {
        var extraction = Extractor.Extract(new ExtractionInput { Source = doc.Id, Text = doc.Text });
        var lookup = new GraphCitationLookup(graph);
        var scope = new DraftScope(doc.Organization, doc.Date);
        return extraction.References
            .Where(r => r.Category != ReferenceCategories.State && (r.Citation ?? r.Resolved) is not null && r.End <= doc.Text.Length)
            .OrderBy(r => r.Start)
            .Select(r =>
            {
                var citation = r.Citation ?? r.Resolved;
                var known = lookup.Resolve(citation, null, r.Date, r.Term, scope).Document;
                // The document's own number in its header is no link to itself.
                if (known?.Id == doc.Id) return null;
                var inCorpus = known?.Source == KnownSources.Corpus;
                return new Mention(r.Start, r.End, r.Surface, citation, known is null ? null
                    : new Cited(known.Id, inCorpus, known.Citation, known.Kind, known.Title, known.Date, known.Body, inCorpus ? known.Status : null));
            })
            .OfType<Mention>()
            .ToList();
    }
}
