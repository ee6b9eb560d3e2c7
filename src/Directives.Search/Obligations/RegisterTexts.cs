using System.Globalization;
using Directives.Core.Dates;
using Directives.Core.Extraction;
using Directives.Core.Obligations;

namespace Directives.Search.Obligations;

/// <summary>
/// Turns register rows back into the obligations, links and findings the API shows, with their texts read from the
/// stored obligations of the documents they come from, each document read once per instance (one instance serves
/// one query; the last few hundred documents are kept, so reading a whole register holds no more than a page). A document changed since the register was built (its next build is queued) no longer holds the item
/// at the row's span: the obligation is shown without its texts and the evidence that moved is left out.
/// </summary>
internal sealed class RegisterTexts(RegisterTables tables, Func<string, DocumentObligations?> load)
{
    /// <summary>Documents kept between reads, at most 256: rows come in owner order, so an obligation's documents are usually the last ones read.</summary>
    readonly BoundedMemo<int, DocumentObligations?> read = new(256);

    DocumentObligations? Stored(int node) => read.GetOrAdd(node, n => load(tables.Nodes.View(n).Id));

    /// <summary>The obligation of a row with its links, without a status.</summary>
    public Obligation Obligation(in RegisterRow row)
    {
        var nodes = tables.Nodes;
        var owner = nodes.View(row.Owner);
        var holder = nodes.View(row.Holder);
        var stored = Stored(row.Holder);
        var o = row.IsTask
            ? Item(stored?.Tasks, row) is { } k ? Task(holder, k) : Stale(row, owner, holder)
            : Item(stored?.Targets, row) is { } t ? Target(owner, holder, t) : Stale(row, owner, holder);
        var links = new List<ObligationLink>(row.LinkCount);
        for (var i = row.FirstLink; i < row.FirstLink + row.LinkCount; i++)
            if (Link(o, owner, tables.Links[i]) is { } l) links.Add(l);
        return o with { Links = links };
    }

    public Finding Finding(FindingRow f)
    {
        var view = tables.Nodes.View(f.Document);
        return Stored(f.Document)?.Issues.ElementAtOrDefault(f.Item) is { } i
            ? new Finding(view, i.Item.Message, i.Item.Stated, i.Item.Computed, i.Sentence, i.Item.Start, i.Item.End)
            : new Finding(view, "", 0, 0, "", 0, 0);
    }

    ObligationLink? Link(Obligation o, ObligationDocument owner, RegisterLink l)
    {
        var view = tables.Nodes.View(l.Document);
        var stored = Stored(l.Document);
        if (l.Kind == RegisterLink.Result)
        {
            if (stored?.Results.ElementAtOrDefault(l.Item) is not { } r) return null;
            var via = RegisterLinks.Vias[l.Via];
            return ResultLinker.Build(o, view, via, ResultLinker.ViaEvidence(tables.Graph, owner.Id, view.Id, via), r);
        }
        if (stored?.Targets.ElementAtOrDefault(l.Item) is not { } t) return null;
        return l.Kind == RegisterLink.Quote ? Quote(view, t) : Statement(view, t);
    }

    static Evidenced<T>? Item<T>(IReadOnlyList<Evidenced<T>>? items, in RegisterRow row) where T : class
        => items?.ElementAtOrDefault(row.Index) is { } e && Span(e.Item) == (row.Start, row.End) ? e : null;

    static (int, int) Span(object item) => item switch
    {
        Target t => (t.Start, t.End),
        AssignedTask k => (k.Start, k.End),
        _ => (-1, -1),
    };

    static Obligation Target(ObligationDocument owner, ObligationDocument holder, Evidenced<Target> e)
    {
        var t = e.Item;
        return new Obligation
        {
            Id = RegisterTables.Id(holder.Id, task: false, t.Start, t.End),
            Kind = ObligationKinds.Target,
            Document = owner,
            StatedIn = owner.Id == holder.Id ? null : holder,
            Subject = t.Subject,
            Comparator = t.Comparator,
            Value = t.Value,
            ValueMax = t.ValueMax,
            Unit = t.Unit,
            Due = t.Deadline is { } y ? IsoDate.Format(ObligationStatus.EndOfYear(y)) : null,
            Deadline = t.Deadline?.ToString(CultureInfo.InvariantCulture),
            Recurrence = t.Recurring,
            Ongoing = t.Recurring is not null && t.Deadline is null,
            SourceCitation = t.Source,
            Surface = t.Surface,
            Sentence = e.Sentence,
            Start = t.Start,
            End = t.End,
        };
    }

    static Obligation Task(ObligationDocument holder, Evidenced<AssignedTask> e)
    {
        var k = e.Item;
        var day = IsoDate.Parse(k.Deadline);
        var due = day ?? (k.DeadlineYear is { } y ? ObligationStatus.EndOfYear(y) : null);
        return new Obligation
        {
            Id = RegisterTables.Id(holder.Id, task: true, k.Start, k.End),
            Kind = ObligationKinds.Task,
            Document = holder,
            Subject = k.Text,
            Leads = k.Leads,
            Supporting = k.Supporting,
            Due = IsoDate.Format(due),
            Deadline = day?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? k.DeadlineYear?.ToString(CultureInfo.InvariantCulture),
            Recurrence = k.Recurrence,
            Ongoing = k.Ongoing || (k.Recurrence is not null && due is null),
            Surface = k.Surface,
            Sentence = e.Sentence,
            Start = k.Start,
            End = k.End,
        };
    }

    /// <summary>A row whose document changed since the build: what the row itself knows.</summary>
    static Obligation Stale(in RegisterRow row, ObligationDocument owner, ObligationDocument holder) => new()
    {
        Id = RegisterTables.Id(holder.Id, row.IsTask, row.Start, row.End),
        Kind = row.IsTask ? ObligationKinds.Task : ObligationKinds.Target,
        Document = owner,
        StatedIn = owner.Id == holder.Id ? null : holder,
        Subject = "",
        Due = IsoDate.Format(RegisterNodes.Date(row.Due)),
        Surface = "",
        Sentence = "",
        Start = row.Start,
        End = row.End,
    };

    static ObligationLink Quote(ObligationDocument holder, Evidenced<Target> e) => new()
    {
        Kind = LinkKinds.Quote,
        Document = holder,
        Via = "quotes",
        Sentence = e.Sentence,
        Start = e.Item.Start,
        End = e.Item.End,
        Value = e.Item.Value,
        Unit = e.Item.Unit,
        Subject = e.Item.Subject,
        Reason = "Văn bản này nhắc lại mục tiêu.",
    };

    /// <summary>"chưa đạt mục tiêu Nghị quyết đề ra (phấn đấu đến năm 2018, có trên 60% …)": the report's verdict on the goal it quotes.</summary>
    static ObligationLink? Statement(ObligationDocument holder, Evidenced<Target> e)
    {
        if (e.Item.Achieved is not { } met) return null;
        return new ObligationLink
        {
            Kind = LinkKinds.Statement,
            Document = holder,
            Via = "quotes",
            Sentence = e.Sentence,
            Start = e.SentenceStart,
            End = e.SentenceEnd,
            Met = met,
            Reason = met ? "Báo cáo nêu mục tiêu đã đạt." : "Báo cáo nêu mục tiêu chưa đạt.",
        };
    }
}
