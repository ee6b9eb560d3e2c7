using Directives.Core.Citations;
using Directives.Core.Dates;
using Directives.Core.Obligations;
using Directives.Core.Text;

namespace Directives.Search.Obligations;

/// <summary>
/// The register at one index generation: every obligation with its links, and the arithmetic findings. Immutable;
/// a query computes statuses for its date, filters, counts and pages without locks.
/// </summary>
public sealed class RegisterSnapshot
{
    readonly Dictionary<string, Obligation> byId;

    public long Version { get; }
    public IReadOnlyList<Obligation> Obligations { get; }
    public IReadOnlyList<Finding> Findings { get; }

    public RegisterSnapshot(long version, IReadOnlyList<Obligation> obligations, IReadOnlyList<Finding> findings)
    {
        Version = version;
        Obligations = obligations;
        Findings = findings;
        byId = obligations.ToDictionary(o => o.Id, StringComparer.Ordinal);
    }

    /// <summary>One obligation with its status on the date; null when the id is unknown.</summary>
    public Obligation? Find(string id, DateOnly asOf) => byId.TryGetValue(id, out var o) ? WithStatus(o, asOf) : null;

    /// <summary>Every obligation that passes the filter, with its status on the date (documents issued later are left out).</summary>
    public IReadOnlyList<Obligation> All(ObligationFilter filter, DateOnly asOf)
        => Filtered(filter, asOf).Where(o => filter.Status is null || o.Status == filter.Status).ToList();

    public RegisterPage Query(ObligationFilter filter, DateOnly asOf, int page, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var matching = Filtered(filter, asOf).ToList();
        var counts = ObligationStatuses.All.ToDictionary(s => s, s => matching.Count(o => o.Status == s), StringComparer.Ordinal);
        var selected = filter.Status is null ? matching : matching.Where(o => o.Status == filter.Status).ToList();
        var items = selected.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        return new RegisterPage(IsoDate.Format(asOf), selected.Count, page, pageSize, counts, items);
    }

    /// <summary>Findings of the documents that pass the filter's document, issuer and organisation parts.</summary>
    public IReadOnlyList<Finding> FindingsFor(ObligationFilter filter)
        => Findings.Where(f => DocumentMatches(f.Document, filter)).ToList();

    IEnumerable<Obligation> Filtered(ObligationFilter filter, DateOnly asOf)
    {
        var assignee = Folded(filter.Assignee);
        foreach (var o in Obligations)
        {
            // A goal exists from its document's date (a quoted one from the cited document's, when that is known).
            if (IsoDate.Parse(o.Document.Date ?? o.StatedIn?.Date) is { } issued && issued > asOf) continue;
            if (filter.Kind is not null && o.Kind != filter.Kind) continue;
            if (!DocumentMatches(o.Document, filter)) continue;
            if (assignee is not null && !o.Leads.Concat(o.Supporting).Any(b => Contains(b, assignee))) continue;
            if (filter.DueBefore is { } before && (IsoDate.Parse(o.Due) is not { } due || due > before)) continue;
            yield return WithStatus(o, asOf);
        }
    }

    static bool DocumentMatches(ObligationDocument d, ObligationFilter filter)
    {
        if (Folded(filter.Issuer) is { } issuer && !Contains(d.Issuer, issuer)) return false;
        if (Folded(filter.Organization) is { } org && !Contains(d.Organization, org) && !Contains(d.Province, org) && !Contains(d.Issuer, org)) return false;
        // The document by id, or by its number in any written form ("13/ĐA/TU", "03 -NQ/TU").
        if (filter.Document is { } doc && d.Id != doc
            && !(d.Citation is not null && PartyNumber.TryParse(VietnameseText.Normalize(doc), out var n) && n.Canonical == d.Citation)) return false;
        return true;
    }

    static Obligation WithStatus(Obligation o, DateOnly asOf)
    {
        var verdicts = o.Links.Where(l => l.Met is not null && IsoDate.Parse(l.Document.Date) is not null)
            .Select(l => new Verdict(IsoDate.Parse(l.Document.Date)!.Value, l.Met!.Value, l.Reason));
        var state = ObligationStatus.For(IsoDate.Parse(o.Due), o.Ongoing || o.Recurrence is not null, verdicts, asOf);
        return o with { Status = state.Status, StatusLabel = ObligationStatuses.Label(state.Status), StatusReason = state.Reason };
    }

    static string? Folded(string? s) => string.IsNullOrWhiteSpace(s) ? null : VietnameseText.Fold(VietnameseText.Normalize(s.Trim()));

    static bool Contains(string? value, string folded) => value is not null && VietnameseText.Fold(value).Contains(folded, StringComparison.Ordinal);
}
