using System.Globalization;
using Directives.Core.Citations;
using Directives.Core.Extraction;
using Directives.Core.Obligations;
using Directives.Core.Text;
using Directives.Search.Graph;

namespace Directives.Search.Obligations;

/// <summary>
/// Ties reported results to obligations. A result may speak of an obligation when its report is tied to the
/// obligation's document: the report quoting the goal, or a report with a graph edge to the document (reviews,
/// implements, continues, guides, cites, based_on), never the setting document itself (its figures are the baseline).
/// Units must agree (a percentage with a percentage goal, a count of the same noun with a count); subjects must share
/// words (<see cref="SubjectSimilarity"/> at least <see cref="MinSimilarity"/>, one of them more than "đảng viên"); and a result goes to the obligation(s)
/// of that document it resembles most.
/// </summary>
internal sealed class ResultLinker(GraphSnapshot graph, RegisterNodes nodes, SubjectWords words, BuildStrings strings,
    ChunkedList<Goal> goals, ChunkedList<Reading> readings, IReadOnlyDictionary<int, (int First, int Count)> results)
{
    public const double MinSimilarity = 0.45;

    static readonly HashSet<string> Ties = new(StringComparer.Ordinal)
    {
        RelationTypes.Reviews, RelationTypes.Implements, RelationTypes.Continues, RelationTypes.Guides, RelationTypes.Cites, RelationTypes.BasedOn,
    };

    readonly int percent = strings.Id("%");

    /// <summary>Links results to the drafts (positions in goals) of each owner, owners in the order they first appear.</summary>
    public void Link(ChunkedList<int> drafts, List<(int Draft, RegisterLink Link)> links)
    {
        // Drafts grouped by owner, stably: each owner's drafts in draft order, owners by their first draft.
        var firstOf = new int[nodes.Count];
        Array.Fill(firstOf, int.MaxValue);
        for (var i = drafts.Count - 1; i >= 0; i--) firstOf[goals[drafts[i]].Owner] = i;
        var order = new int[drafts.Count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) =>
        {
            var c = firstOf[goals[drafts[a]].Owner].CompareTo(firstOf[goals[drafts[b]].Owner]);
            return c != 0 ? c : a.CompareTo(b);
        });
        for (var from = 0; from < order.Length;)
        {
            var owner = goals[drafts[order[from]]].Owner;
            var to = from;
            while (to < order.Length && goals[drafts[order[to]]].Owner == owner) to++;
            var own = new ArraySegment<int>(order, from, to - from);
            foreach (var (report, via) in Reports(owner, own, drafts))
                if (results.TryGetValue(report, out var read))
                    for (var r = read.First; r < read.First + read.Count; r++) LinkOne(drafts, own, owner, report, via, readings[r], links);
            from = to;
        }
    }

    /// <summary>Reports tied to the owner: those quoting its goals, then those with a graph edge to it, each once.</summary>
    IEnumerable<(int Report, string Via)> Reports(int ownerOrdinal, ArraySegment<int> own, ChunkedList<int> drafts)
    {
        var owner = nodes.Node(ownerOrdinal);
        var seen = new HashSet<int> { ownerOrdinal };
        foreach (var i in own)
            if (goals[drafts[i]].Holder is var holder && holder != ownerOrdinal && seen.Add(holder)) yield return (holder, "quotes");
        foreach (var edge in graph.Incoming(owner.Id))
        {
            if (!Ties.Contains(edge.Type) || graph.Node(edge.From) is not { Type: GraphNodeTypes.Document } report) continue;
            if (owner.Date is not null && report.Date is not null && string.CompareOrdinal(report.Date, owner.Date) < 0) continue;
            var ordinal = nodes.Add(report);
            if (!seen.Add(ordinal)) continue;
            yield return (ordinal, edge.Type);
        }
    }

    /// <summary>The evidence of the edge a report was tied to the owner by (see <see cref="Reports"/>): the first of its first tie of that type.</summary>
    public static string? ViaEvidence(GraphSnapshot graph, string owner, string report, string via)
        => via == "quotes" ? null
            : graph.Incoming(owner).FirstOrDefault(e => e.From == report && e.Type == via) is { Assertions.Count: > 0 } edge ? edge.Assertions[0].Evidence : null;

    void LinkOne(ChunkedList<int> drafts, ArraySegment<int> own, int owner, int report, string via, in Reading r, List<(int, RegisterLink)> links)
    {
        if (r.Measures == Reading.None || (r.Measures >= 0 && r.Measures != owner)) return;
        var best = double.MinValue;
        var scored = new List<(int Draft, double Score)>();
        foreach (var i in own)
        {
            ref readonly var d = ref goals[drafts[i]];
            if (!UnitsAgree(d, r)) continue;
            var (score, specific) = words.Compare(d.Words, r.Words);
            if (score < MinSimilarity || !specific) continue;
            scored.Add((i, score));
            best = Math.Max(best, score);
        }
        foreach (var (i, score) in scored)
        {
            if (score != best) continue;
            ref readonly var d = ref goals[drafts[i]];
            var (met, _) = Verdict(d.IsTask, strings.Value(d.Comparator), Nullable(d.Value), Nullable(d.ValueMax), strings.Value(d.Unit),
                r.Value, strings.Value(r.Unit), Nullable(r.PercentOfTarget), r.Achieved < 0 ? null : r.Achieved == 1, r.Complement, explain: false);
            links.Add((i, new RegisterLink
            {
                Kind = RegisterLink.Result,
                Document = report,
                Item = r.Index,
                Day = nodes.Day(report),
                Via = RegisterLinks.ViaOf(d.Holder != d.Owner && report == d.Holder ? "quotes" : via),
                Met = met is null ? (sbyte)-1 : met.Value ? (sbyte)1 : (sbyte)0,
            }));
        }
    }

    static double? Nullable(double value) => double.IsNaN(value) ? null : value;

    /// <summary>Units must agree: a percentage with a percentage goal (or a share of the target), a count of the same noun with a count.</summary>
    bool UnitsAgree(in Goal o, in Reading r)
    {
        if (o.IsTask) return r.Unit == percent;
        if (o.Unit == percent || r.Unit == percent) return o.Unit == r.Unit || (o.Unit != percent && !double.IsNaN(r.PercentOfTarget) && r.Unit == percent);
        return o.UnitKey >= 0 && r.UnitKey >= 0 && o.UnitKey == r.UnitKey;
    }

    /// <summary>The link a stored result makes with an obligation, with its similarity and its verdict explained.</summary>
    public static ObligationLink Build(Obligation o, ObligationDocument report, string via, string? viaEvidence, Evidenced<Result> e)
    {
        var r = e.Item;
        var match = SubjectSimilarity.Compare(o.Kind == ObligationKinds.Task ? RegisterBuilder.TaskWords(o.Leads, o.Subject) : o.Subject, r.Subject);
        var (met, reason) = Verdict(o.Kind == ObligationKinds.Task, o.Comparator, o.Value, o.ValueMax, o.Unit, r.Value, r.Unit, r.PercentOfTarget, r.Achieved, r.Complement, explain: true);
        return new ObligationLink
        {
            Kind = LinkKinds.Result,
            Document = report,
            Via = via,
            ViaEvidence = viaEvidence,
            Sentence = e.Sentence,
            Start = r.Start,
            End = r.End,
            Value = r.Value,
            Unit = r.Unit,
            Measured = Measured(r.Value, r.Unit, r.Complement),
            PercentOfTarget = r.PercentOfTarget,
            Subject = r.Subject,
            Similarity = match,
            Met = met,
            Reason = reason + " Cùng chủ đề: " + match.Explain() + ".",
        };
    }

    static double Measured(double value, string? unit, bool complement) => complement && unit == "%" ? Math.Round(100 - value, 2) : value;

    /// <summary>Whether a result shows the goal met (null: progress only), and, when asked, why in plain Vietnamese.</summary>
    static (bool? Met, string? Reason) Verdict(bool task, string? comparator, double? goal, double? goalMax, string? goalUnit,
        double value, string? unit, double? percentOfTarget, bool? achieved, bool complement, bool explain)
    {
        var measured = Measured(value, unit, complement);
        if (task)
        {
            var done = achieved == true || measured >= 100 ? true : (bool?)null;
            return (done, explain ? $"Báo cáo nêu {VietnameseNumber.Format(measured)}% đã thực hiện." : null);
        }
        if (percentOfTarget is { } p)
            return (p >= 100, explain ? $"Đạt {VietnameseNumber.Format(p)}% chỉ tiêu." : null);
        if (achieved is { } said)
            return (said, said ? "Báo cáo nêu đã đạt, vượt." : "Báo cáo nêu chưa đạt.");
        if (comparator is null || goal is null) return (null, "Số liệu báo cáo.");
        var met = ObligationStatus.Satisfies(comparator, goal.Value, measured);
        if (!explain) return (met, null);
        var figure = complement
            ? $"{VietnameseNumber.Format(measured)}{unit} (báo cáo nêu còn {VietnameseNumber.Format(value)}{unit} chưa đạt)"
            : $"{VietnameseNumber.Format(measured)}{(unit == "%" ? "%" : " " + unit)}";
        return (met, $"{figure} so với mục tiêu {Goal(comparator, goal.Value, goalMax, goalUnit)}: {(met ? "đạt" : "chưa đạt")}.");
    }

    static string Goal(string comparator, double value, double? valueMax, string? unit)
    {
        var u = unit == "%" ? "%" : " " + unit;
        return comparator switch
        {
            "range" => $"{VietnameseNumber.Format(value)}–{VietnameseNumber.Format(valueMax ?? value)}{u}",
            "=" => $"{VietnameseNumber.Format(value)}{u}",
            // As the texts write it, never a symbol: "từ 90% trở lên", "dưới 5%".
            ">=" => $"từ {VietnameseNumber.Format(value)}{u} trở lên",
            ">" => $"trên {VietnameseNumber.Format(value)}{u}",
            "<" => $"dưới {VietnameseNumber.Format(value)}{u}",
            "<=" => $"tối đa {VietnameseNumber.Format(value)}{u}",
            _ => $"{VietnameseNumber.Format(value)}{u}",
        };
    }
}
