using Directives.Core.Citations;
using Directives.Core.Dates;
using Directives.Core.Obligations;
using Directives.Core.Text;

namespace Directives.Search.Obligations;

/// <summary>
/// The register at one index generation: every obligation and its evidence as rows of numbers, and the arithmetic
/// findings. Immutable; a query filters, computes statuses for its date and counts over the rows without locks or
/// allocations per row, and reads texts (from the documents' stored obligations) only for the obligations it returns.
/// </summary>
public sealed class RegisterSnapshot
{
    readonly RegisterTables tables;
    readonly Func<string, DocumentObligations?> load;
    /// <summary>Row ordinals by stating document, then span: to find an obligation by its id.</summary>
    readonly int[] byHolder;

    public long Version { get; }

    /// <summary>Selections of the last few questions (filter and day) asked of this snapshot, with their status counts.</summary>
    readonly BoundedMemo<(ObligationFilter Filter, DateOnly AsOf), (int[] Rows, int[] Counts)> selections = new(4);

    internal RegisterSnapshot(long version, RegisterTables tables, Func<string, DocumentObligations?> load)
    {
        Version = version;
        this.tables = tables;
        this.load = load;
        var rows = tables.Rows;
        byHolder = Enumerable.Range(0, rows.Length).ToArray();
        Array.Sort(byHolder, (a, b) => (rows[a].Holder, rows[a].Start, rows[a].End, rows[a].IsTask).CompareTo((rows[b].Holder, rows[b].Start, rows[b].End, rows[b].IsTask)));
    }

    /// <summary>How many obligations, and how many pieces of evidence tied to them.</summary>
    public int Count => tables.Rows.Length;
    public int LinkCount => tables.Links.Length;

    /// <summary>Every obligation with its links and without a status, read one at a time: for a digest or an export of everything.</summary>
    public IEnumerable<Obligation> Obligations
    {
        get
        {
            var texts = new RegisterTexts(tables, load);
            for (var i = 0; i < tables.Rows.Length; i++) yield return texts.Obligation(tables.Rows[i]);
        }
    }

    public IReadOnlyList<Finding> Findings => FindingsFor(new ObligationFilter());

    /// <summary>One obligation with its status on the date; null when the id is unknown.</summary>
    public Obligation? Find(string id, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(id);
        var tilde = id.LastIndexOf('~');
        if (tilde < 0 || tables.Nodes.OrdinalOf(id[..tilde]) is var holder && holder < 0) return null;
        var lo = LowerBound(holder);
        for (var i = lo; i < byHolder.Length && tables.Rows[byHolder[i]].Holder == holder; i++)
        {
            ref readonly var row = ref tables.Rows[byHolder[i]];
            if (RegisterTables.Id(id[..tilde], row.IsTask, row.Start, row.End) == id) return WithStatus(new RegisterTexts(tables, load).Obligation(row), asOf);
        }
        return null;
    }

    /// <summary>Every obligation that passes the filter, with its status on the date (documents issued later are left out).</summary>
    public IReadOnlyList<Obligation> All(ObligationFilter filter, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var texts = new RegisterTexts(tables, load);
        return Selected(filter, asOf, counts: null).Select(i => WithStatus(texts.Obligation(tables.Rows[i]), asOf)).ToList();
    }

    public RegisterPage Query(ObligationFilter filter, DateOnly asOf, int page, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(filter);
        // The next page of the same question is read from the selection the first one made (a whole register of
        // millions of rows takes a few hundred milliseconds to filter and count).
        var (selected, counts) = selections.GetOrAdd((filter, asOf), question =>
        {
            var found = new int[ObligationStatuses.All.Count];
            return (Selected(question.Filter, question.AsOf, found).ToArray(), found);
        });
        var texts = new RegisterTexts(tables, load);
        var items = selected.Skip((page - 1) * pageSize).Take(pageSize).Select(i => WithStatus(texts.Obligation(tables.Rows[i]), asOf)).ToList();
        var byStatus = ObligationStatuses.All.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => counts[x.i], StringComparer.Ordinal);
        return new RegisterPage(IsoDate.Format(asOf), selected.Length, page, pageSize, byStatus, items);
    }

    /// <summary>Findings of the documents that pass the filter's document, issuer and organisation parts.</summary>
    public IReadOnlyList<Finding> FindingsFor(ObligationFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var matches = new DocumentMatch(tables.Nodes, filter);
        var texts = new RegisterTexts(tables, load);
        return tables.Findings.Where(f => matches.Matches(f.Document)).Select(texts.Finding).ToList();
    }

    /// <summary>
    /// Ordinals of the rows that pass the filter on the date, the status filter included; with <paramref name="counts"/>,
    /// the count of each status over the rows that pass the rest of the filter.
    /// </summary>
    List<int> Selected(ObligationFilter filter, DateOnly asOf, int[]? counts)
    {
        var documents = new DocumentMatch(tables.Nodes, filter);
        var assignee = Folded(filter.Assignee);
        var bodies = assignee is null ? null : tables.Bodies.Select(b => b.Any(x => Contains(x, assignee))).ToArray();
        bool? task = filter.Kind switch { null => null, ObligationKinds.Task => true, ObligationKinds.Target => false, _ => null };
        if (filter.Kind is not null && task is null) return [];
        // -1: any status; -2: a status that does not exist (nothing is selected, the counts are still given).
        var statusWanted = filter.Status is null ? -1 : IndexOf(filter.Status) is var s and >= 0 ? s : -2;
        var before = filter.DueBefore?.DayNumber;
        var day = asOf.DayNumber;
        var selected = new List<int>();
        var rows = tables.Rows;
        for (var i = 0; i < rows.Length; i++)
        {
            ref readonly var row = ref rows[i];
            if (row.Issued != RegisterNodes.NoDay && row.Issued > day) continue;
            if (task is { } t && row.IsTask != t) continue;
            if (!documents.Matches(row.Owner)) continue;
            if (bodies is not null && (row.Bodies < 0 || !bodies[row.Bodies])) continue;
            if (before is { } b && (row.Due == RegisterNodes.NoDay || row.Due > b)) continue;
            if (counts is null && statusWanted == -1)
            {
                selected.Add(i);
                continue;
            }
            var status = IndexOf(StatusOf(row, asOf));
            if (counts is not null) counts[status]++;
            if (statusWanted == -1 || status == statusWanted) selected.Add(i);
        }
        return selected;
    }

    /// <summary>The status alone, from the row's verdicts (<see cref="ObligationStatus"/> decides, as for the status shown with its reason).</summary>
    string StatusOf(in RegisterRow row, DateOnly asOf)
    {
        var due = RegisterNodes.Date(row.Due);
        DateOnly? latest = null;
        bool? met = null;
        for (var i = row.FirstLink; i < row.FirstLink + row.LinkCount; i++)
        {
            ref readonly var l = ref tables.Links[i];
            if (l.Met < 0 || l.Day == RegisterNodes.NoDay) continue;
            var date = DateOnly.FromDayNumber(l.Day);
            if (!ObligationStatus.Counts(date, l.Met == 1, due, asOf) || !ObligationStatus.Later(date, l.Met == 1, latest, met)) continue;
            latest = date;
            met = l.Met == 1;
        }
        return ObligationStatus.Status(due, row.Standing, met, asOf);
    }

    static int IndexOf(string status)
    {
        for (var i = 0; i < ObligationStatuses.All.Count; i++)
            if (ObligationStatuses.All[i] == status) return i;
        return -1;
    }

    int LowerBound(int holder)
    {
        int lo = 0, hi = byHolder.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tables.Rows[byHolder[mid]].Holder < holder) lo = mid + 1;
            else hi = mid;
        }
        return lo;
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

    /// <summary>The filter's document, issuer and organisation parts, decided once per document for one query.</summary>
    sealed class DocumentMatch(RegisterNodes nodes, ObligationFilter filter)
    {
        readonly string? issuer = Folded(filter.Issuer);
        readonly string? organization = Folded(filter.Organization);
        readonly sbyte[]? decided = filter.Issuer is null && filter.Organization is null && filter.Document is null ? null : new sbyte[nodes.Count];
        readonly string? citation = filter.Document is { } doc && PartyNumber.TryParse(VietnameseText.Normalize(doc), out var n) ? n.Canonical : null;

        public bool Matches(int node)
        {
            if (decided is null) return true;
            if (decided[node] == 0) decided[node] = Decide(nodes.View(node)) ? (sbyte)1 : (sbyte)-1;
            return decided[node] == 1;
        }

        bool Decide(ObligationDocument d)
        {
            if (issuer is not null && !Contains(d.Issuer, issuer)) return false;
            if (organization is not null && !Contains(d.Organization, organization) && !Contains(d.Province, organization) && !Contains(d.Issuer, organization)) return false;
            // The document by id, or by its number in any written form ("13/ĐA/TU", "03 -NQ/TU").
            if (filter.Document is { } doc && d.Id != doc && !(d.Citation is not null && citation is not null && citation == d.Citation)) return false;
            return true;
        }
    }
}
