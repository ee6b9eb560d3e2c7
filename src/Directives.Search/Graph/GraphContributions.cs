using Directives.Core.Dates;
using System.Text.Json;
using Directives.Core.Authority;
using Directives.Core.Extraction;
using Directives.Ingestion.Pipeline;
using Directives.Search.Index;

namespace Directives.Search.Graph;

/// <summary>
/// Turns a processed document into its <see cref="GraphContribution"/> (stored with the document in the index)
/// and back from JSON. The extractor's relations become assertions; every other distinct reference becomes a
/// "cites" assertion. Nothing is resolved here: resolution happens at query time against the current nodes.
/// </summary>
public static class GraphContributions
{
    const int EvidenceReach = 200;

    public static string Serialize(GraphContribution contribution) => JsonSerializer.Serialize(contribution, StoredJson.Options);

    public static GraphContribution? Deserialize(ReadOnlySpan<byte> utf8) => JsonSerializer.Deserialize<GraphContribution>(utf8, StoredJson.Options);

    public static GraphContribution From(ProcessedDocument d)
    {
        var h = d.Header;
        var date = IsoDate.Format(d.Date);
        var central = DocumentScope.IsCentralIssuer(h?.Issuer);
        var node = new GraphNode
        {
            Id = d.Id,
            Citation = h?.Citation,
            Kind = d.Kind,
            Code = h?.Code,
            Number = h?.Number,
            Issuer = h?.Issuer,
            Organization = h?.Organization ?? d.Organization,
            Province = central ? null : DocumentScope.Province(h?.Organization, d.Id, d.Organization),
            District = central ? null : DocumentScope.District(h?.Organization, d.Id),
            Level = DocumentScope.Level(h?.Issuer, h?.Organization, d.Id),
            Date = date,
            Title = d.Title,
            Classification = d.Classification,
            Term = central && d.Date is { Year: >= 1977 } issued ? AuthorityFile.TermForDate(issued) : null,
            // The body behind a central number ("Ban Bí thư"): the authority file knows it, else the header says it.
            Body = central && h?.Citation is { } c ? AuthorityFile.Default.ByCitation(c, d.Date, null)?.Body ?? h.Organization : null,
        };
        return new GraphContribution(node, d.Extraction is { } x ? Assertions(x, h?.Citation, d.Text) : []);
    }

    static List<StoredAssertion> Assertions(ExtractionResult x, string? own, string text)
    {
        var references = x.References.Where(r => r.Category != ReferenceCategories.State && Key(r) is { } k && k != own).ToList();
        var assertions = new List<StoredAssertion>();
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rel in x.Relations)
        {
            var from = Mention(rel.From, rel, references, own);
            var to = Mention(rel.To, rel, references, own);
            if (from.IsSelf && to.IsSelf) continue;
            if (from.Citation == to.Citation && from.Name == to.Name) continue;
            assertions.Add(new StoredAssertion(rel.Type, from, to, rel.Evidence, rel.Start, rel.End));
            covered.Add(rel.To);
        }
        foreach (var r in references)
        {
            var key = Key(r)!;
            if (!covered.Add(key)) continue;
            var (start, end) = Sentence(text, r.Start, r.End);
            assertions.Add(new StoredAssertion(RelationTypes.Cites, GraphMention.Self, MentionOf(r), text[start..end].Trim(), start, end));
        }
        return assertions;
    }

    /// <summary>A reference's identity in a text: its number, the number its name stands for, or the name.</summary>
    static string? Key(Reference r) => r.Citation ?? r.Resolved ?? r.Name;

    static GraphMention MentionOf(Reference r)
        => new(r.Citation ?? r.Resolved, r.Citation is null ? r.Name : null, r.Date, r.Term, r.Body);

    /// <summary>The reference a relation end names: preferably the one inside the relation's evidence, which carries its date and body.</summary>
    static GraphMention Mention(string end, Relation rel, List<Reference> references, string? own)
    {
        if (end == RelationTypes.Self || end == own) return GraphMention.Self;
        var matching = references.Where(r => Key(r) == end).ToList();
        var best = matching.Where(r => r.Start >= rel.Start && r.End <= rel.End).OrderByDescending(Richness).FirstOrDefault()
                   ?? matching.OrderByDescending(Richness).FirstOrDefault();
        if (best is not null) return MentionOf(best);
        return Core.Citations.PartyNumber.TryParse(end, out var n) ? new GraphMention(n.Canonical) : new GraphMention(null, end);
    }

    static int Richness(Reference r) => (r.Date is null ? 0 : 2) + (r.Term is null ? 0 : 1) + (r.Body is null ? 0 : 1);

    /// <summary>The sentence around a mention, cut to a readable length, as evidence for a plain citation.</summary>
    static (int Start, int End) Sentence(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var from = start;
        while (from > 0 && start - from < EvidenceReach && text[from - 1] is not ('.' or '\n' or ';')) from--;
        var to = end;
        while (to < text.Length && to - end < EvidenceReach && text[to] is not ('.' or '\n' or ';')) to++;
        return (from, to);
    }
}
