using Directives.Core.Authority;
using Directives.Core.Checking;
using Directives.Core.Extraction;

namespace Directives.Search.Graph;

/// <summary>
/// The checker's resolver over one graph snapshot: corpus documents first, then documents the corpus cites and the
/// authority file's entries; with each document's status (replaced, repealed, amended and by which documents).
/// A mention whose date or term fits no known document is tried again by its number alone, so a wrong date is
/// reported as a wrong date rather than as an unknown document.
/// </summary>
public sealed class GraphCitationLookup(GraphSnapshot graph, AuthorityFile? authority = null) : ICitationLookup
{
    readonly AuthorityFile authority = authority ?? AuthorityFile.Default;

    public ReferenceResolution Resolve(string? citation, string? name, string? date, string? term, DraftScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var province = DocumentScope.ProvinceIn(scope.Organization);
        var district = scope.Organization is { } org && province is null ? DocumentScope.District(org, "") : null;
        var rscope = new ResolutionScope(province, district, scope.Date);
        var first = graph.Resolver.Resolve(new GraphMention(citation, name, date, term), rscope);
        if (citation is not null && !Known(first) && (date is not null || term is not null))
        {
            var loose = graph.Resolver.Resolve(new GraphMention(citation), rscope);
            if (loose.Outcome == ResolutionOutcome.Ambiguous || Known(loose)) first = loose;
        }
        return first.Outcome switch
        {
            ResolutionOutcome.Ambiguous => ReferenceResolution.Among(first.Candidates.Select(Map).ToList(), first.Reason ?? "several documents fit"),
            ResolutionOutcome.Resolved when first.Node!.Name is not null || Known(first) => ReferenceResolution.To(Map(first.Node)),
            _ => ReferenceResolution.None(first.Reason ?? $"{citation} is neither in the corpus, nor cited by it, nor in the authority file."),
        };
    }

    /// <summary>A resolved node that is more than a guess: a corpus document, a document the corpus cites, or one the authority file fills in.</summary>
    bool Known(Resolution r) => r.Outcome == ResolutionOutcome.Resolved && r.Node is { } n
        && (n.Type == GraphNodeTypes.Document || graph.Node(n.Id) is not null || n.Title is not null || n.Date is not null && n.Body is not null);

    /// <summary>A header title as a subject: "về công tác …" → "công tác …".</summary>
    static string? Subject(string? title) => title is null ? null
        : title.StartsWith("về ", StringComparison.OrdinalIgnoreCase) ? title[3..].Trim() : title.Trim();

    /// <summary>A graph node as a known document: the authority file's facts first, its status in this snapshot.</summary>
    public KnownDocument Map(GraphNode node)
    {
        var inGraph = graph.Node(node.Id) ?? node;
        var entry = node.Citation is { } c && DocumentScope.IsCentralIssuer(node.Issuer)
            ? authority.ByCitation(c, Core.Dates.IsoDate.Parse(node.Date), node.Term) : null;
        var status = graph.Node(node.Id) is null ? null : GraphQueries.Status(graph, inGraph);
        return new KnownDocument
        {
            Id = node.Id,
            Source = node.Type == GraphNodeTypes.Document ? KnownSources.Corpus : entry is not null ? KnownSources.Authority : KnownSources.Cited,
            Citation = node.Citation,
            // A placeholder's type is only guessed from the code ("QĐ" → Quyết định); the draft's own word is not checked against a guess.
            Kind = entry?.Kind ?? (node.Type == GraphNodeTypes.Document && node.Kind is not "Tin bài" ? node.Kind : null),
            Date = node.Date ?? Core.Dates.IsoDate.Format(entry?.Date),
            Body = entry?.Body ?? node.Body ?? (node.Type == GraphNodeTypes.Document ? node.Organization : null),
            Term = node.Term ?? entry?.Term,
            Title = entry?.Title ?? Subject(node.Title),
            Name = node.Name,
            Status = status?.Status ?? "in_force",
            ChangedBy = status?.By.Select(e => new StatusChange(e.Type, e.Node.Id, e.Node.Citation, e.Node.Kind, e.Node.Date)).ToList() ?? [],
        };
    }
}
