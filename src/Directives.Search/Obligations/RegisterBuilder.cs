using System.Globalization;
using Directives.Core.Citations;
using Directives.Core.Obligations;
using Directives.Core.Text;
using Directives.Ingestion.Pipeline;
using Directives.Search.Graph;

namespace Directives.Search.Obligations;

/// <summary>
/// Builds the register from every document's stored obligations, handed in one at a time (<see cref="Add"/>), and
/// the citation graph of the same generation: owners (a goal quoted in a report belongs to the document it cites, a
/// placeholder when that is not in the corpus), quotes merged into the goal they repeat, and results linked to the
/// obligations of the documents their reports are tied to (see <see cref="ResultLinker"/>).
/// Nothing a document says is kept as text: each item keeps its numbers and its subject as word ids, and the
/// register it builds holds rows of numbers (<see cref="RegisterRow"/>); texts are read back for the page shown.
/// </summary>
internal sealed class RegisterBuilder(GraphSnapshot graph)
{
    /// <summary>A quote and the goal it repeats share at least this much of their subjects.</summary>
    const double QuoteSimilarity = 0.3;
    /// <summary>Words of a task's work compared with a result: its first clause, and its bodies.</summary>
    const int TaskClause = 160;

    readonly RegisterNodes nodes = new();
    readonly SubjectWords words = new();
    readonly List<DocumentPart> parts = [];
    readonly Dictionary<string, string> strings = new(StringComparer.Ordinal);
    readonly Dictionary<string, int> bodyOrdinals = new(StringComparer.Ordinal);
    readonly List<string[]> bodies = [];

    /// <summary>Reads what one document brings; documents the graph does not show (another clearance's) are left out.</summary>
    public void Add(DocumentObligations d)
    {
        if (graph.Node(d.Document) is not { Type: GraphNodeTypes.Document } node) return;
        var holder = nodes.Add(node);
        var part = new DocumentPart(d.Document, holder, node.Kind == DocumentProcessor.NewsKind, d.Issues.Count)
        {
            Targets = new Goal[d.Targets.Count],
            Tasks = new Goal[d.Tasks.Count],
            Results = new Reading[d.Results.Count],
        };
        for (var i = 0; i < d.Targets.Count; i++) part.Targets[i] = TargetGoal(node, holder, i, d.Targets[i]);
        for (var i = 0; i < d.Tasks.Count; i++) part.Tasks[i] = TaskGoal(holder, i, d.Tasks[i]);
        for (var i = 0; i < d.Results.Count; i++) part.Results[i] = ReadingOf(node, i, d.Results[i].Item);
        parts.Add(part);
    }

    public RegisterTables Build()
    {
        parts.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var drafts = new List<Goal>();
        var links = new List<(int Draft, RegisterLink Link)>();
        // Each owner's goals in the order they were drafted, for the quotes to find the goal they repeat: a scan of
        // every draft per quote made the build quadratic (68 s at 20,000 documents, half a million obligations).
        var goals = new Dictionary<int, List<int>>();
        int Add(Goal draft)
        {
            drafts.Add(draft);
            if (!draft.IsTask)
            {
                if (!goals.TryGetValue(draft.Owner, out var own)) goals[draft.Owner] = own = [];
                own.Add(drafts.Count - 1);
            }
            return drafts.Count - 1;
        }
        var quotes = new List<Goal>();
        // A news report sets nothing: the goals it quotes belong to the documents it names, its recommendations to no one.
        foreach (var part in parts)
        {
            foreach (var t in part.Targets)
                if (t.Owner != t.Holder) quotes.Add(t);
                else if (!part.News) Add(t);
            if (!part.News) foreach (var k in part.Tasks) Add(k);
        }
        foreach (var q in quotes)
        {
            var same = goals.GetValueOrDefault(q.Owner)?.FirstOrDefault(i => Repeats(drafts[i], q), -1) ?? -1;
            var draft = same >= 0 ? same : Add(q);
            if (same >= 0) links.Add((same, Link(RegisterLink.Quote, q, met: null)));
            if (q.Achieved is { } met) links.Add((draft, Link(RegisterLink.Statement, q, met)));
        }
        new ResultLinker(graph, nodes, words, parts.Where(p => p.Results.Length > 0).ToDictionary(p => p.Holder, p => p.Results))
            .Link(drafts, links);
        return Tables(drafts, links);
    }

    RegisterTables Tables(List<Goal> drafts, List<(int Draft, RegisterLink Link)> links)
    {
        // Each draft's links in the order they were found (a stable counting sort), then by their document's date.
        var first = new int[drafts.Count + 1];
        foreach (var (d, _) in links) first[d + 1]++;
        for (var i = 0; i < drafts.Count; i++) first[i + 1] += first[i];
        var placed = new RegisterLink[links.Count];
        var next = (int[])first.Clone();
        foreach (var (d, l) in links) placed[next[d]++] = l;
        for (var i = 0; i < drafts.Count; i++)
            if (first[i + 1] - first[i] > 1)
            {
                var sorted = placed[first[i]..first[i + 1]].OrderBy(l => nodes.View(l.Document).Date, StringComparer.Ordinal).ToArray();
                sorted.CopyTo(placed, first[i]);
            }

        var order = Enumerable.Range(0, drafts.Count)
            .OrderBy(i => nodes.View(drafts[i].Owner).Province ?? "~", StringComparer.Ordinal)
            .ThenBy(i => nodes.View(drafts[i].Owner).Date ?? "", StringComparer.Ordinal)
            .ThenBy(i => nodes.View(drafts[i].Owner).Id, StringComparer.Ordinal)
            .ThenBy(i => drafts[i].Owner == drafts[i].Holder ? "" : nodes.View(drafts[i].Holder).Id, StringComparer.Ordinal)
            .ThenBy(i => drafts[i].Start);
        var rows = new RegisterRow[drafts.Count];
        var rowLinks = new RegisterLink[links.Count];
        var at = 0;
        var n = 0;
        foreach (var i in order)
        {
            var g = drafts[i];
            var count = first[i + 1] - first[i];
            Array.Copy(placed, first[i], rowLinks, at, count);
            var owner = nodes.View(g.Owner);
            rows[n++] = new RegisterRow
            {
                Owner = g.Owner,
                Holder = g.Holder,
                Index = g.Index,
                Start = g.Start,
                End = g.End,
                Due = g.Due,
                // A goal exists from its document's date (a quoted one from the cited document's, when that is known).
                Issued = owner.Date is not null ? nodes.Day(g.Owner) : g.Owner != g.Holder ? nodes.Day(g.Holder) : RegisterNodes.NoDay,
                Bodies = g.Bodies,
                FirstLink = at,
                LinkCount = count,
                IsTask = g.IsTask,
                Standing = g.Standing,
            };
            at += count;
        }
        var findings = parts.SelectMany(p => Enumerable.Range(0, p.Issues).Select(i => new FindingRow(p.Holder, i))).ToArray();
        return new RegisterTables(graph, nodes, rows, rowLinks, findings, bodies.ToArray());
    }

    RegisterLink Link(byte kind, Goal quote, bool? met) => new()
    {
        Kind = kind,
        Document = quote.Holder,
        Item = quote.Index,
        Day = nodes.Day(quote.Holder),
        Via = 0, // "quotes"
        Met = met is null ? (sbyte)-1 : met.Value ? (sbyte)1 : (sbyte)0,
    };

    bool Repeats(in Goal goal, in Goal quote)
        => goal.Comparator == quote.Comparator && goal.Value == quote.Value && goal.ValueMax == quote.ValueMax
           && string.Equals(goal.Unit, quote.Unit, StringComparison.Ordinal)
           && (goal.Year is null || quote.Year is null || goal.Year == quote.Year)
           && words.Score(goal.Words, quote.Words) >= QuoteSimilarity;

    Goal TargetGoal(GraphNode holderNode, int holder, int index, Evidenced<Core.Extraction.Target> e)
    {
        var t = e.Item;
        return new Goal
        {
            Owner = Owner(t.Source, holderNode, holder),
            Holder = holder,
            Index = index,
            Start = t.Start,
            End = t.End,
            Comparator = Intern(t.Comparator),
            Value = t.Value,
            ValueMax = t.ValueMax,
            Unit = Intern(t.Unit),
            UnitKey = t.Unit is null ? null : Intern(VietnameseText.Fold(t.Unit)),
            Year = t.Deadline,
            Achieved = t.Achieved,
            Due = t.Deadline is { } y ? ObligationStatus.EndOfYear(y).DayNumber : RegisterNodes.NoDay,
            Standing = t.Recurring is not null,
            Bodies = -1,
            Words = words.Add(t.Subject),
        };
    }

    Goal TaskGoal(int holder, int index, Evidenced<Core.Extraction.AssignedTask> e)
    {
        var k = e.Item;
        var due = Core.Dates.IsoDate.Parse(k.Deadline) ?? (k.DeadlineYear is { } y ? ObligationStatus.EndOfYear(y) : null);
        return new Goal
        {
            IsTask = true,
            Owner = holder,
            Holder = holder,
            Index = index,
            Start = k.Start,
            End = k.End,
            Due = due?.DayNumber ?? RegisterNodes.NoDay,
            Standing = k.Ongoing || k.Recurrence is not null,
            Bodies = Bodies(k.Leads, k.Supporting),
            Words = words.Add(TaskWords(k.Leads, k.Text)),
        };
    }

    /// <summary>What of a task a result is compared with: its bodies and the first clause of its work.</summary>
    public static string TaskWords(IReadOnlyList<string> leads, string work)
    {
        var clause = work.Split(';')[0];
        if (clause.Length > TaskClause) clause = clause[..TaskClause];
        return string.Join(" ", leads) + " " + clause;
    }

    Reading ReadingOf(GraphNode report, int index, Core.Extraction.Result r) => new()
    {
        Index = index,
        Value = r.Value,
        Unit = Intern(r.Unit),
        UnitKey = r.Unit is null ? null : Intern(VietnameseText.Fold(r.Unit)),
        PercentOfTarget = r.PercentOfTarget,
        Achieved = r.Achieved,
        Complement = r.Complement,
        Measures = Measures(r.TargetSource, report),
        Words = words.Add(r.Subject),
    };

    /// <summary>
    /// "đạt 98,44% chỉ tiêu Nghị quyết Đại hội XV Đảng bộ tỉnh": a result that names the goal it is measured against
    /// speaks of that document only (its node ordinal); a plain "kế hoạch", "chỉ tiêu" names none (<see cref="Reading.Any"/>).
    /// </summary>
    int Measures(string? source, GraphNode report)
    {
        if (source is null) return Reading.Any;
        if (PartyNumber.TryParse(source, out var number))
        {
            var resolved = graph.Resolver.Resolve(new GraphMention(number.Canonical), new ResolutionScope(report.Province, report.District, report.Date));
            return resolved.Outcome != ResolutionOutcome.Resolved ? Reading.Any : nodes.Add(graph.Node(resolved.Node!.Id) ?? resolved.Node!);
        }
        return source.Any(char.IsUpper) ? Reading.None : Reading.Any;
    }

    /// <summary>The document a goal's stated source means, read from where the text stands; the text itself when it names none.</summary>
    int Owner(string? source, GraphNode holderNode, int holder)
    {
        if (source is null || !PartyNumber.TryParse(source, out var number)) return holder;
        var r = graph.Resolver.Resolve(new GraphMention(number.Canonical), new ResolutionScope(holderNode.Province, holderNode.District, holderNode.Date));
        return r.Outcome == ResolutionOutcome.Resolved ? nodes.Add(graph.Node(r.Node!.Id) ?? r.Node!) : holder;
    }

    int Bodies(IReadOnlyList<string> leads, IReadOnlyList<string> supporting)
    {
        if (leads.Count + supporting.Count == 0) return -1;
        var all = leads.Concat(supporting).ToArray();
        var key = string.Join('\u001f', all);
        if (bodyOrdinals.TryGetValue(key, out var o)) return o;
        bodies.Add(all);
        return bodyOrdinals[key] = bodies.Count - 1;
    }

    string? Intern(string? s)
    {
        if (s is null) return null;
        if (strings.TryGetValue(s, out var kept)) return kept;
        return strings[s] = s;
    }

    /// <summary>One document's items, read: kept until the build, in document order.</summary>
    sealed record DocumentPart(string Id, int Holder, bool News, int Issues)
    {
        public required Goal[] Targets { get; init; }
        public required Goal[] Tasks { get; init; }
        public required Reading[] Results { get; init; }
    }
}

/// <summary>A target or task while the register is built: where it stands, its numbers, and its subject's words.</summary>
internal struct Goal
{
    public int Owner, Holder, Index, Start, End;
    public bool IsTask;
    public string? Comparator;
    public double? Value, ValueMax;
    public string? Unit;
    /// <summary>The unit folded, to compare with a result's.</summary>
    public string? UnitKey;
    /// <summary>A target's deadline year.</summary>
    public int? Year;
    /// <summary>What a report quoting the goal says of it.</summary>
    public bool? Achieved;
    public int Due;
    public bool Standing;
    public int Bodies;
    public WordSpan Words;
}

/// <summary>A result while the register is built: its figure and its subject's words.</summary>
internal struct Reading
{
    public const int Any = -1, None = -2;

    public int Index;
    public double Value;
    public string? Unit, UnitKey;
    public double? PercentOfTarget;
    public bool? Achieved;
    public bool Complement;
    /// <summary>The goal's document it names (node ordinal), <see cref="Any"/> or <see cref="None"/>.</summary>
    public int Measures;
    public WordSpan Words;
}

/// <summary>A subject's distinct content words, as sorted ids in <see cref="SubjectWords"/>.</summary>
internal readonly record struct WordSpan(int At, int Count);

/// <summary>
/// Subjects as sets of word ids (the words <see cref="SubjectSimilarity"/> counts), all in one pool: comparing two is
/// a merge of sorted ids, where comparing texts split and folded both texts again for every pair.
/// </summary>
internal sealed class SubjectWords
{
    // Words every goal of this domain shares ("đảng viên", "chi bộ", "tổ chức đảng"): a match needs one more than these,
    // so "xóa tên 11 đảng viên" does not measure "kết nạp 360 đảng viên".
    static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal) { "dang", "vien", "chi", "bo", "to", "chuc", "co", "so", "moi" };

    readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    readonly List<bool> generic = [];
    readonly List<int> pool = [];

    public WordSpan Add(string text)
    {
        var at = pool.Count;
        foreach (var w in SubjectSimilarity.FoldedWords(text))
        {
            if (!ids.TryGetValue(w, out var id))
            {
                ids[w] = id = generic.Count;
                generic.Add(GenericWords.Contains(w));
            }
            pool.Add(id);
        }
        var span = new WordSpan(at, pool.Count - at);
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(pool).Slice(at, span.Count).Sort();
        return span;
    }

    /// <summary><see cref="SubjectSimilarity.Compare"/>'s score, and whether a shared word is more than the domain's generic ones.</summary>
    public (double Score, bool Specific) Compare(WordSpan a, WordSpan b)
    {
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(pool);
        var x = all.Slice(a.At, a.Count);
        var y = all.Slice(b.At, b.Count);
        int i = 0, j = 0, shared = 0;
        var specific = false;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] < y[j]) i++;
            else if (x[i] > y[j]) j++;
            else
            {
                shared++;
                specific |= !generic[x[i]];
                i++;
                j++;
            }
        }
        return (SubjectSimilarity.Score(shared, a.Count, b.Count), specific);
    }

    public double Score(WordSpan a, WordSpan b) => Compare(a, b).Score;
}

/// <summary>What a register build produces: rows and links of numbers, over the nodes they name.</summary>
internal sealed record RegisterTables(GraphSnapshot Graph, RegisterNodes Nodes, RegisterRow[] Rows, RegisterLink[] Links, FindingRow[] Findings, string[][] Bodies)
{
    public static string Id(string holder, bool task, int start, int end)
        => string.Create(CultureInfo.InvariantCulture, $"{holder}~{(task ? "k" : "t")}{start}-{end}");
}
