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
    readonly BuildStrings strings = new();
    readonly ChunkedList<Goal> goals = new();
    readonly ChunkedList<Reading> readings = new();
    readonly List<DocumentPart> parts = [];
    readonly Dictionary<string, int> bodyOrdinals = new(StringComparer.Ordinal);
    readonly List<string[]> bodies = [];

    /// <summary>Reads what one document brings; documents the graph does not show (another clearance's) are left out.</summary>
    public void Add(DocumentObligations d)
    {
        if (graph.Node(d.Document) is not { Type: GraphNodeTypes.Document } node) return;
        var holder = nodes.Add(node);
        var part = new DocumentPart(d.Document, holder, node.Kind == DocumentProcessor.NewsKind, d.Issues.Count, goals.Count, d.Targets.Count, d.Tasks.Count, readings.Count, d.Results.Count);
        for (var i = 0; i < d.Targets.Count; i++) goals.Add(TargetGoal(node, holder, i, d.Targets[i]));
        for (var i = 0; i < d.Tasks.Count; i++) goals.Add(TaskGoal(holder, i, d.Tasks[i]));
        for (var i = 0; i < d.Results.Count; i++) readings.Add(ReadingOf(node, i, d.Results[i].Item));
        parts.Add(part);
    }

    public RegisterTables Build()
    {
        parts.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        // Drafts are positions in goals: the document's own targets and tasks in document order, then the quotes
        // that repeat no goal of their owner, each a goal of the document it cites.
        var drafts = new ChunkedList<int>();
        var quotes = new List<int>();
        // A news report sets nothing: the goals it quotes belong to the documents it names, its recommendations to no one.
        foreach (var part in parts)
        {
            for (var g = part.FirstGoal; g < part.FirstGoal + part.Targets; g++)
                if (goals[g].Owner != goals[g].Holder) quotes.Add(g);
                else if (!part.News) drafts.Add(g);
            if (!part.News) for (var g = part.FirstGoal + part.Targets; g < part.FirstGoal + part.Targets + part.Tasks; g++) drafts.Add(g);
        }
        var links = new List<(int Draft, RegisterLink Link)>();
        // The goals of each quoted owner in the order they were drafted, for its quotes to find the goal they repeat.
        var quoted = new Dictionary<int, List<int>>();
        foreach (var q in quotes) quoted.TryAdd(goals[q].Owner, []);
        for (var i = 0; i < drafts.Count; i++)
            if (!goals[drafts[i]].IsTask && quoted.TryGetValue(goals[drafts[i]].Owner, out var own)) own.Add(i);
        foreach (var q in quotes)
        {
            ref readonly var quote = ref goals[q];
            var own = quoted[quote.Owner];
            var same = -1;
            foreach (var i in own)
                if (Repeats(goals[drafts[i]], quote)) { same = i; break; }
            var draft = same;
            if (same < 0)
            {
                draft = drafts.Add(q);
                own.Add(draft);
            }
            else links.Add((same, Link(RegisterLink.Quote, quote, met: null)));
            if (quote.Achieved >= 0) links.Add((draft, Link(RegisterLink.Statement, quote, quote.Achieved == 1)));
        }
        var results = new Dictionary<int, (int First, int Count)>();
        foreach (var p in parts) if (p.Results > 0) results[p.Holder] = (p.FirstReading, p.Results);
        new ResultLinker(graph, nodes, words, strings, goals, readings, results).Link(drafts, links);
        return Tables(drafts, links);
    }

    RegisterTables Tables(ChunkedList<int> drafts, List<(int Draft, RegisterLink Link)> links)
    {
        var count = drafts.Count;
        // Each draft's links in the order they were found (a stable counting sort), then by their document's date.
        var first = new int[count + 1];
        foreach (var (d, _) in links) first[d + 1]++;
        for (var i = 0; i < count; i++) first[i + 1] += first[i];
        var placed = new RegisterLink[links.Count];
        var next = (int[])first.Clone();
        foreach (var (d, l) in links) placed[next[d]++] = l;
        for (var i = 0; i < count; i++)
            if (first[i + 1] - first[i] > 1)
            {
                var sorted = placed[first[i]..first[i + 1]].OrderBy(l => nodes.View(l.Document).Date, StringComparer.Ordinal).ToArray();
                sorted.CopyTo(placed, first[i]);
            }

        // Rows by the owner's province, date and id, then the stating document's id (the owner's own first), then
        // span, then draft order: ranks of the nodes make the comparison one of integers.
        var byOwner = Ranks((a, b) => Compare(nodes.View(a), nodes.View(b)));
        var byId = Ranks((a, b) => string.CompareOrdinal(nodes.View(a).Id, nodes.View(b).Id));
        var order = new int[count];
        for (var i = 0; i < count; i++) order[i] = i;
        Array.Sort(order, (a, b) =>
        {
            ref readonly var x = ref goals[drafts[a]];
            ref readonly var y = ref goals[drafts[b]];
            var c = byOwner[x.Owner].CompareTo(byOwner[y.Owner]);
            if (c == 0) c = (x.Owner == x.Holder ? -1 : byId[x.Holder]).CompareTo(y.Owner == y.Holder ? -1 : byId[y.Holder]);
            if (c == 0) c = x.Start.CompareTo(y.Start);
            return c != 0 ? c : a.CompareTo(b);
        });
        var rows = new RegisterRow[count];
        var rowLinks = new RegisterLink[links.Count];
        var at = 0;
        for (var n = 0; n < count; n++)
        {
            var i = order[n];
            ref readonly var g = ref goals[drafts[i]];
            var linkCount = first[i + 1] - first[i];
            Array.Copy(placed, first[i], rowLinks, at, linkCount);
            rows[n] = new RegisterRow
            {
                Owner = g.Owner,
                Holder = g.Holder,
                Index = g.Index,
                Start = g.Start,
                End = g.End,
                Due = g.Due,
                // A goal exists from its document's date (a quoted one from the cited document's, when that is known).
                Issued = nodes.View(g.Owner).Date is not null ? nodes.Day(g.Owner) : g.Owner != g.Holder ? nodes.Day(g.Holder) : RegisterNodes.NoDay,
                Bodies = g.Bodies,
                FirstLink = at,
                LinkCount = linkCount,
                IsTask = g.IsTask,
                Standing = g.Standing,
            };
            at += linkCount;
        }
        var findings = parts.SelectMany(p => Enumerable.Range(0, p.Issues).Select(i => new FindingRow(p.Holder, i))).ToArray();
        return new RegisterTables(graph, nodes, rows, rowLinks, findings, bodies.ToArray());
    }

    static int Compare(ObligationDocument a, ObligationDocument b)
    {
        var c = string.CompareOrdinal(a.Province ?? "~", b.Province ?? "~");
        if (c == 0) c = string.CompareOrdinal(a.Date ?? "", b.Date ?? "");
        return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
    }

    /// <summary>Each node's rank in the order <paramref name="compare"/> gives.</summary>
    int[] Ranks(Comparison<int> compare)
    {
        var sorted = Enumerable.Range(0, nodes.Count).ToArray();
        Array.Sort(sorted, compare);
        var rank = new int[nodes.Count];
        for (var i = 0; i < sorted.Length; i++) rank[sorted[i]] = i;
        return rank;
    }

    RegisterLink Link(byte kind, in Goal quote, bool? met) => new()
    {
        Kind = kind,
        Document = quote.Holder,
        Item = quote.Index,
        Day = nodes.Day(quote.Holder),
        Via = 0, // "quotes"
        Met = met is null ? (sbyte)-1 : met.Value ? (sbyte)1 : (sbyte)0,
    };

    bool Repeats(in Goal goal, in Goal quote)
        => goal.Comparator == quote.Comparator && goal.Value.Equals(quote.Value) && goal.ValueMax.Equals(quote.ValueMax) && goal.Unit == quote.Unit
           && (goal.Year == 0 || quote.Year == 0 || goal.Year == quote.Year)
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
            Comparator = strings.Id(t.Comparator),
            Value = t.Value,
            ValueMax = t.ValueMax ?? double.NaN,
            Unit = strings.Id(t.Unit),
            UnitKey = strings.Id(t.Unit is null ? null : VietnameseText.Fold(t.Unit)),
            Year = t.Deadline ?? 0,
            Achieved = t.Achieved is { } a ? (sbyte)(a ? 1 : 0) : (sbyte)-1,
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
            Comparator = -1,
            Value = double.NaN,
            ValueMax = double.NaN,
            Unit = -1,
            UnitKey = -1,
            Achieved = -1,
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
        Unit = strings.Id(r.Unit),
        UnitKey = strings.Id(r.Unit is null ? null : VietnameseText.Fold(r.Unit)),
        PercentOfTarget = r.PercentOfTarget ?? double.NaN,
        Achieved = r.Achieved is { } a ? (sbyte)(a ? 1 : 0) : (sbyte)-1,
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

    /// <summary>One document's items, read: positions in the builder's goals (its targets, then its tasks) and readings.</summary>
    readonly record struct DocumentPart(string Id, int Holder, bool News, int Issues, int FirstGoal, int Targets, int Tasks, int FirstReading, int Results);
}

/// <summary>The few distinct strings items repeat (comparators, units), by id, so the build's items hold no references.</summary>
internal sealed class BuildStrings
{
    readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    readonly List<string> values = [];

    /// <summary>The id of a string; -1 for null.</summary>
    public int Id(string? s)
    {
        if (s is null) return -1;
        if (ids.TryGetValue(s, out var id)) return id;
        values.Add(s);
        return ids[s] = values.Count - 1;
    }

    public string? Value(int id) => id < 0 ? null : values[id];
}

/// <summary>A target or task while the register is built: where it stands, its numbers, and its subject's words.</summary>
internal struct Goal
{
    public int Owner, Holder, Index, Start, End;
    /// <summary>Ids in <see cref="BuildStrings"/> (-1: none); the unit folded, to compare with a result's.</summary>
    public int Comparator, Unit, UnitKey;
    /// <summary>NaN for none.</summary>
    public double Value, ValueMax;
    /// <summary>A target's deadline year; 0 for none.</summary>
    public int Year;
    public int Due;
    public int Bodies;
    public WordSpan Words;
    /// <summary>What a report quoting the goal says of it: 1 reached, 0 not, -1 nothing.</summary>
    public sbyte Achieved;
    public bool IsTask;
    public bool Standing;
}

/// <summary>A result while the register is built: its figure and its subject's words.</summary>
internal struct Reading
{
    public const int Any = -1, None = -2;

    public int Index;
    public double Value;
    /// <summary>NaN for none.</summary>
    public double PercentOfTarget;
    public int Unit, UnitKey;
    /// <summary>The goal's document it names (node ordinal), <see cref="Any"/> or <see cref="None"/>.</summary>
    public int Measures;
    public WordSpan Words;
    public sbyte Achieved;
    public bool Complement;
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
    readonly ChunkedList<int> pool = new();
    readonly List<int> scratch = [];

    public WordSpan Add(string text)
    {
        scratch.Clear();
        foreach (var w in SubjectSimilarity.FoldedWords(text))
        {
            if (!ids.TryGetValue(w, out var id))
            {
                ids[w] = id = generic.Count;
                generic.Add(GenericWords.Contains(w));
            }
            scratch.Add(id);
        }
        var words = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scratch);
        words.Sort();
        return new WordSpan(pool.AddBlock(words), words.Length);
    }

    /// <summary><see cref="SubjectSimilarity.Compare"/>'s score, and whether a shared word is more than the domain's generic ones.</summary>
    public (double Score, bool Specific) Compare(WordSpan a, WordSpan b)
    {
        var x = pool.Block(a.At, a.Count);
        var y = pool.Block(b.At, b.Count);
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
