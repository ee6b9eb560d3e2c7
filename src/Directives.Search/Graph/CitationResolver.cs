using Directives.Core.Dates;
using System.Collections.Concurrent;
using Directives.Core.Authority;
using Directives.Core.Citations;

namespace Directives.Search.Graph;

/// <summary>
/// Resolves a mention against the documents in the graph (domain.md §2). Central numbers are told apart by term
/// or date, local numbers by the citing document's province (and district for district and commune numbers).
/// A document absent from the corpus becomes a placeholder, filled from the authority file when it knows it.
/// </summary>
public sealed class CitationResolver(IReadOnlyDictionary<string, List<GraphNode>> documentsByCitation, AuthorityFile authority)
{
    // The same few thousand numbers are cited over and over; parse each spelling once.
    readonly ConcurrentDictionary<string, PartyNumber?> numbers = new(StringComparer.Ordinal);

    public Resolution Resolve(GraphMention mention, ResolutionScope scope)
    {
        if (mention.Citation is null)
            return mention.Name is { } name ? Resolution.To(NamedPlaceholder(name, scope)) : Resolution.None("The mention names no document.");
        if (numbers.GetOrAdd(mention.Citation, c => PartyNumber.TryParse(c, out var n) ? n : null) is not { } number)
            return Resolution.To(new GraphNode { Id = "placeholder:" + DocumentScope.Slug(mention.Citation), Type = GraphNodeTypes.Placeholder, Citation = mention.Citation });
        var docs = documentsByCitation.TryGetValue(number.Canonical, out var found) ? found : [];
        return DocumentScope.IsCentralIssuer(number.Issuer)
            ? Central(number, mention, scope, docs)
            : Local(number, mention, scope, docs);
    }

    Resolution Central(PartyNumber number, GraphMention mention, ResolutionScope scope, List<GraphNode> docs)
    {
        var citation = number.Canonical;
        var date = ParseDate(mention.Date);
        var term = mention.Term is { } t ? t.Trim().ToUpperInvariant() : date is { Year: >= 1977 } d ? AuthorityFile.TermForDate(d) : null;
        IReadOnlyList<GraphNode> candidates = docs;
        if (mention.Date is { } iso && docs.Where(n => n.Date == iso).ToList() is [var exact]) return Resolution.To(exact);
        if (term is not null) candidates = docs.Where(n => n.Term == term).ToList();
        else if (candidates.Count > 1 && scope.Date is { } citing)
            // A text can only cite what was issued before it.
            candidates = candidates.Where(n => string.CompareOrdinal(n.Date, citing) <= 0).ToList();
        if (candidates is [var only]) return Resolution.To(only);
        if (candidates.Count > 1)
            return Resolution.Among(candidates, $"{citation} exists in terms {string.Join(", ", candidates.Select(c => c.Term).Distinct())}; give a date or a term (khóa).");

        var entry = authority.ByCitation(citation, date, term);
        if (entry is null && term is null)
        {
            // Not in the corpus, no date or term: the authority file may know several documents by this number.
            var known = authority.ByCitation(citation)
                .Where(e => scope.Date is null || e.Date is null || string.CompareOrdinal(Iso(e.Date), scope.Date) <= 0).ToList();
            if (known.Count > 1)
                return Resolution.Among(known.Select(e => Placeholder(number, mention, e, e.Term)).ToList(),
                    $"{citation} names documents of terms {string.Join(", ", known.Select(e => e.Term))}; give a date or a term (khóa).");
            entry = known.FirstOrDefault();
        }
        term ??= entry?.Term;
        entry ??= term is null ? null : authority.ByCitation(citation, null, term);
        return Resolution.To(Placeholder(number, mention, entry, term));
    }

    static GraphNode Placeholder(PartyNumber number, GraphMention mention, AuthorityEntry? entry, string? term) => new()
    {
        Id = $"placeholder:{IdPart(number.Canonical)}" + (term is null ? "" : "@" + term),
        Type = GraphNodeTypes.Placeholder,
        Citation = number.Canonical,
        Kind = entry?.Kind,
        Code = number.Code,
        Number = number.Number,
        Issuer = number.Issuer,
        Organization = entry?.Body,
        Level = GraphLevels.Central,
        Date = Iso(entry?.Date) ?? mention.Date,
        Title = entry?.Title,
        Body = entry?.Body ?? mention.Body,
        Term = term,
    };

    static string? Iso(DateOnly? date) => IsoDate.Format(date);

    static Resolution Local(PartyNumber number, GraphMention mention, ResolutionScope scope, List<GraphNode> docs)
    {
        var citation = number.Canonical;
        IReadOnlyList<GraphNode> candidates = docs;
        if (scope.Province is { } province) candidates = candidates.Where(n => n.Province == province).ToList();
        if (candidates.Count > 1 && DocumentScope.IsBelowProvince(number.Issuer) && scope.District is { } district)
            candidates = candidates.Where(n => n.District is { } nd && DocumentScope.Slug(nd) == DocumentScope.Slug(district)).ToList();
        if (candidates.Count > 1 && mention.Date is { } iso && candidates.Where(n => n.Date == iso).ToList() is [var dated])
            return Resolution.To(dated);
        if (candidates is [var only]) return Resolution.To(only);
        if (candidates.Count > 1)
            return Resolution.Among(candidates, scope.Province is null
                ? $"{citation} is a local number and exists in {string.Join(", ", candidates.Select(c => c.Organization ?? c.Province).Distinct())}; say which organisation."
                : $"Several documents numbered {citation} in {scope.Province}; give a date or the district.");

        var scopeKey = scope.Province is null ? "" : "@" + DocumentScope.Slug(scope.Province)
            + (DocumentScope.IsBelowProvince(number.Issuer) && scope.District is { } d ? "-" + DocumentScope.Slug(d) : "");
        return Resolution.To(new GraphNode
        {
            Id = $"placeholder:{IdPart(citation)}{scopeKey}",
            Type = GraphNodeTypes.Placeholder,
            Citation = citation,
            Kind = DocumentKinds.NameForCode(number.Code),
            Code = number.Code,
            Number = number.Number,
            Issuer = number.Issuer,
            Province = scope.Province,
            District = DocumentScope.IsBelowProvince(number.Issuer) ? scope.District : null,
            Date = mention.Date,
            Body = mention.Body,
        });
    }

    /// <summary>A document cited by name only; a provincial congress resolution is scoped to the citing province.</summary>
    static GraphNode NamedPlaceholder(string name, ResolutionScope scope)
    {
        var local = name.Contains("tỉnh", StringComparison.OrdinalIgnoreCase) && scope.Province is not null;
        return new GraphNode
        {
            Id = "named:" + DocumentScope.Slug(name) + (local ? "@" + DocumentScope.Slug(scope.Province!) : ""),
            Type = GraphNodeTypes.Placeholder,
            Name = name,
            Province = local ? scope.Province : null,
        };
    }

    /// <summary>"28-CT/TW" → "28-CT-TW": ids stay one URL segment.</summary>
    public static string IdPart(string citation) => citation.Replace('/', '-');

    static DateOnly? ParseDate(string? iso) => IsoDate.Parse(iso);
}
