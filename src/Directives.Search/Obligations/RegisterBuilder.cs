using System.Globalization;
using Directives.Core.Citations;
using Directives.Core.Dates;
using Directives.Core.Extraction;
using Directives.Core.Obligations;
using Directives.Core.Organizations;
using Directives.Ingestion.Pipeline;
using Directives.Search.Graph;

namespace Directives.Search.Obligations;

/// <summary>
/// Builds the register from every document's stored obligations and the citation graph of the same generation:
/// owners (a goal quoted in a report belongs to the document it cites, a placeholder when that is not in the corpus),
/// quotes merged into the goal they repeat, and results linked to the obligations of the documents their reports
/// are tied to (see <see cref="ResultLinker"/>).
/// </summary>
internal sealed class RegisterBuilder
{
    /// <summary>A quote and the goal it repeats share at least this much of their subjects.</summary>
    const double QuoteSimilarity = 0.3;

    readonly GraphSnapshot graph;
    readonly Dictionary<string, DocumentObligations> documents = new(StringComparer.Ordinal);
    readonly Dictionary<string, ObligationDocument> views = new(StringComparer.Ordinal);

    public RegisterBuilder(GraphSnapshot graph, IReadOnlyList<DocumentObligations> stored)
    {
        this.graph = graph;
        foreach (var d in stored) documents[d.Document] = d;
    }

    public (IReadOnlyList<Obligation> Obligations, IReadOnlyList<Finding> Findings) Build()
    {
        var drafts = new List<Draft>();
        // Each owner's goals in the order they were drafted, for the quotes to find the goal they repeat: a scan of
        // every draft per quote made the build quadratic (68 s at 20,000 documents, half a million obligations).
        var goals = new Dictionary<string, List<Draft>>(StringComparer.Ordinal);
        void Add(Draft draft)
        {
            drafts.Add(draft);
            if (draft.Obligation.Kind != ObligationKinds.Target) return;
            if (!goals.TryGetValue(draft.Owner.Id, out var own)) goals[draft.Owner.Id] = own = [];
            own.Add(draft);
        }
        var quotes = new List<(GraphNode Owner, GraphNode Holder, Evidenced<Target> Target)>();
        foreach (var d in documents.Values.OrderBy(d => d.Document, StringComparer.Ordinal))
        {
            if (graph.Node(d.Document) is not { } holder) continue;
            // A news report sets nothing: the goals it quotes belong to the documents it names, its recommendations to no one.
            var news = holder.Kind == DocumentProcessor.NewsKind;
            foreach (var t in d.Targets)
            {
                var owner = Owner(t.Item.Source, holder);
                if (owner.Id != holder.Id) quotes.Add((owner, holder, t));
                else if (!news) Add(TargetDraft(holder, holder, t));
            }
            if (!news) foreach (var k in d.Tasks) Add(TaskDraft(holder, k));
        }
        foreach (var (owner, holder, t) in quotes)
        {
            var same = goals.GetValueOrDefault(owner.Id)?.FirstOrDefault(x => Repeats(x.Obligation, t.Item));
            if (same is not null)
            {
                same.Links.Add(QuoteLink(holder, t));
                if (StatementLink(holder, t) is { } s) same.Links.Add(s);
                continue;
            }
            var draft = TargetDraft(owner, holder, t);
            if (StatementLink(holder, t) is { } statement) draft.Links.Add(statement);
            Add(draft);
        }
        new ResultLinker(graph, documents, View).Link(drafts);
        var obligations = drafts.Select(x => x.Obligation with { Links = x.Links.OrderBy(l => l.Document.Date, StringComparer.Ordinal).ToList() })
            .OrderBy(o => o.Document.Province ?? "~", StringComparer.Ordinal)
            .ThenBy(o => o.Document.Date ?? "", StringComparer.Ordinal)
            .ThenBy(o => o.Document.Id, StringComparer.Ordinal)
            .ThenBy(o => o.StatedIn?.Id ?? "", StringComparer.Ordinal)
            .ThenBy(o => o.Start)
            .ToList();
        var findings = documents.Values.OrderBy(d => d.Document, StringComparer.Ordinal)
            .Where(d => graph.Node(d.Document) is not null)
            .SelectMany(d => d.Issues.Select(i => new Finding(View(graph.Node(d.Document)!), i.Item.Message, i.Item.Stated, i.Item.Computed, i.Sentence, i.Item.Start, i.Item.End)))
            .ToList();
        return (obligations, findings);
    }

    /// <summary>The document a goal's stated source means, read from where the text stands; the text itself when it names none.</summary>
    GraphNode Owner(string? source, GraphNode holder)
    {
        if (source is null || !PartyNumber.TryParse(source, out var number)) return holder;
        var r = graph.Resolver.Resolve(new GraphMention(number.Canonical), new ResolutionScope(holder.Province, holder.District, holder.Date));
        return r.Outcome == ResolutionOutcome.Resolved ? graph.Node(r.Node!.Id) ?? r.Node! : holder;
    }

    static bool Repeats(Obligation goal, Target quote)
        => goal.Comparator == quote.Comparator && goal.Value == quote.Value && goal.ValueMax == quote.ValueMax
           && string.Equals(goal.Unit, quote.Unit, StringComparison.Ordinal)
           && (goal.Deadline is null || quote.Deadline is null || goal.Deadline == quote.Deadline.Value.ToString(CultureInfo.InvariantCulture))
           && SubjectSimilarity.Compare(goal.Subject, quote.Subject).Score >= QuoteSimilarity;

    Draft TargetDraft(GraphNode owner, GraphNode holder, Evidenced<Target> e)
    {
        var t = e.Item;
        return new Draft(owner, holder, new Obligation
        {
            Id = Id(holder, "t", t.Start, t.End),
            Kind = ObligationKinds.Target,
            Document = View(owner),
            StatedIn = owner.Id == holder.Id ? null : View(holder),
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
        });
    }

    Draft TaskDraft(GraphNode holder, Evidenced<AssignedTask> e)
    {
        var k = e.Item;
        var day = IsoDate.Parse(k.Deadline);
        var due = day ?? (k.DeadlineYear is { } y ? ObligationStatus.EndOfYear(y) : null);
        return new Draft(holder, holder, new Obligation
        {
            Id = Id(holder, "k", k.Start, k.End),
            Kind = ObligationKinds.Task,
            Document = View(holder),
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
        });
    }

    /// <summary>"tra-vinh:121-KH-TU-2019.docx~t1043-1090": the stating document, t(arget) or k (task), and the item's span.</summary>
    static string Id(GraphNode holder, string kind, int start, int end)
        => string.Create(CultureInfo.InvariantCulture, $"{holder.Id}~{kind}{start}-{end}");

    ObligationLink QuoteLink(GraphNode holder, Evidenced<Target> e) => new()
    {
        Kind = LinkKinds.Quote,
        Document = View(holder),
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
    ObligationLink? StatementLink(GraphNode holder, Evidenced<Target> e)
    {
        if (e.Item.Achieved is not { } met) return null;
        return new ObligationLink
        {
            Kind = LinkKinds.Statement,
            Document = View(holder),
            Via = "quotes",
            Sentence = e.Sentence,
            Start = e.SentenceStart,
            End = e.SentenceEnd,
            Met = met,
            Reason = met ? "Báo cáo nêu mục tiêu đã đạt." : "Báo cáo nêu mục tiêu chưa đạt.",
        };
    }

    /// <summary>A document only cited by a provincial number ("13/ĐA/TU" in Hòa Bình) was issued by that province's committee.</summary>
    static string? LocalCommittee(GraphNode n)
        => n.Issuer == "TU" && n.Province is { } province ? Provinces.Committee(province) : null;

    ObligationDocument View(GraphNode n)
    {
        if (views.TryGetValue(n.Id, out var v)) return v;
        return views[n.Id] = new ObligationDocument
        {
            Id = n.Id,
            Citation = n.Citation,
            Kind = n.Kind,
            Title = n.Title ?? n.Name,
            Date = n.Date,
            Issuer = n.Body ?? n.Organization ?? LocalCommittee(n),
            Organization = n.Organization ?? LocalCommittee(n),
            Province = n.Province,
            InCorpus = n.Type == GraphNodeTypes.Document,
        };
    }
}

/// <summary>An obligation being built: its owner and stating document as graph nodes, and the links gathered so far.</summary>
internal sealed record Draft(GraphNode Owner, GraphNode Holder, Obligation Obligation)
{
    public List<ObligationLink> Links { get; } = [];
}
