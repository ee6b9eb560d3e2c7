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
internal sealed class ResultLinker(GraphSnapshot graph, IReadOnlyDictionary<string, DocumentObligations> documents, Func<GraphNode, ObligationDocument> view)
{
    public const double MinSimilarity = 0.45;
    /// <summary>Words of a task's work compared with a result: its first clause, and its bodies.</summary>
    const int TaskClause = 160;

    static readonly HashSet<string> Ties = new(StringComparer.Ordinal)
    {
        RelationTypes.Reviews, RelationTypes.Implements, RelationTypes.Continues, RelationTypes.Guides, RelationTypes.Cites, RelationTypes.BasedOn,
    };

    // Words every goal of this domain shares ("đảng viên", "chi bộ", "tổ chức đảng"): a match needs one more than these,
    // so "xóa tên 11 đảng viên" does not measure "kết nạp 360 đảng viên".
    static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal) { "dang", "vien", "chi", "bo", "to", "chuc", "co", "so", "moi" };

    public void Link(List<Draft> drafts)
    {
        foreach (var owner in drafts.GroupBy(d => d.Owner.Id, StringComparer.Ordinal))
        {
            var own = owner.ToList();
            foreach (var (report, via, viaEvidence) in Reports(own))
            {
                if (!documents.TryGetValue(report.Id, out var stored)) continue;
                foreach (var result in stored.Results) LinkOne(own, report, via, viaEvidence, result);
            }
        }
    }

    /// <summary>Reports tied to the owner: those quoting its goals, then those with a graph edge to it, each once.</summary>
    IEnumerable<(GraphNode Report, string Via, string? Evidence)> Reports(List<Draft> own)
    {
        var owner = own[0].Owner;
        var seen = new HashSet<string>(StringComparer.Ordinal) { owner.Id };
        foreach (var d in own)
            if (d.Holder.Id != owner.Id && seen.Add(d.Holder.Id)) yield return (d.Holder, "quotes", null);
        foreach (var edge in graph.Incoming(owner.Id))
        {
            if (!Ties.Contains(edge.Type) || graph.Node(edge.From) is not { Type: GraphNodeTypes.Document } report) continue;
            if (owner.Date is not null && report.Date is not null && string.CompareOrdinal(report.Date, owner.Date) < 0) continue;
            if (!seen.Add(report.Id)) continue;
            yield return (report, edge.Type, edge.Assertions.Count > 0 ? edge.Assertions[0].Evidence : null);
        }
    }

    void LinkOne(List<Draft> own, GraphNode report, string via, string? viaEvidence, Evidenced<Result> e)
    {
        var r = e.Item;
        if (!MayMeasure(r, own[0].Owner, report)) return;
        var scored = own.Where(d => UnitsAgree(d.Obligation, r))
            .Select(d => (Draft: d, Match: SubjectSimilarity.Compare(Words(d.Obligation), r.Subject)))
            .Where(x => x.Match.Score >= MinSimilarity && x.Match.Shared.Any(w => !GenericWords.Contains(VietnameseText.Fold(w))))
            .ToList();
        if (scored.Count == 0) return;
        var best = scored.Max(x => x.Match.Score);
        foreach (var (draft, match) in scored.Where(x => x.Match.Score == best))
            draft.Links.Add(Build(draft.Obligation, report, via, viaEvidence, e, match));
    }

    /// <summary>
    /// "đạt 98,44% chỉ tiêu Nghị quyết Đại hội XV Đảng bộ tỉnh": a result that names the goal it is measured against
    /// speaks of that document only; a plain "kế hoạch", "chỉ tiêu" names none.
    /// </summary>
    bool MayMeasure(Result r, GraphNode owner, GraphNode report)
    {
        if (r.TargetSource is not { } source) return true;
        if (PartyNumber.TryParse(source, out var number))
        {
            var resolved = graph.Resolver.Resolve(new GraphMention(number.Canonical), new ResolutionScope(report.Province, report.District, report.Date));
            return resolved.Outcome != ResolutionOutcome.Resolved || resolved.Node!.Id == owner.Id;
        }
        return !source.Any(char.IsUpper);
    }

    static string Words(Obligation o)
    {
        if (o.Kind == ObligationKinds.Target) return o.Subject;
        var clause = o.Subject.Split(';')[0];
        if (clause.Length > TaskClause) clause = clause[..TaskClause];
        return string.Join(" ", o.Leads) + " " + clause;
    }

    static bool UnitsAgree(Obligation o, Result r)
    {
        if (o.Kind == ObligationKinds.Task) return r.Unit == "%";
        if (o.Unit == "%" || r.Unit == "%") return o.Unit == r.Unit || (o.Unit != "%" && r.PercentOfTarget is not null && r.Unit == "%");
        return o.Unit is not null && r.Unit is not null && VietnameseText.Fold(o.Unit) == VietnameseText.Fold(r.Unit);
    }

    ObligationLink Build(Obligation o, GraphNode report, string via, string? viaEvidence, Evidenced<Result> e, SubjectMatch match)
    {
        var r = e.Item;
        var measured = r.Complement && r.Unit == "%" ? Math.Round(100 - r.Value, 2) : r.Value;
        var (met, reason) = o.Kind == ObligationKinds.Task ? TaskVerdict(r, measured) : TargetVerdict(o, r, measured);
        return new ObligationLink
        {
            Kind = LinkKinds.Result,
            Document = view(report),
            Via = report.Id == o.StatedIn?.Id ? "quotes" : via,
            ViaEvidence = viaEvidence,
            Sentence = e.Sentence,
            Start = r.Start,
            End = r.End,
            Value = r.Value,
            Unit = r.Unit,
            Measured = measured,
            PercentOfTarget = r.PercentOfTarget,
            Subject = r.Subject,
            Similarity = match,
            Met = met,
            Reason = reason + " Cùng chủ đề: " + match.Explain() + ".",
        };
    }

    static (bool?, string) TargetVerdict(Obligation o, Result r, double measured)
    {
        if (r.PercentOfTarget is { } p)
            return (p >= 100, $"Đạt {VietnameseNumber.Format(p)}% chỉ tiêu.");
        if (r.Achieved is { } said)
            return (said, said ? "Báo cáo nêu đã đạt, vượt." : "Báo cáo nêu chưa đạt.");
        if (o.Comparator is null || o.Value is null) return (null, "Số liệu báo cáo.");
        var met = ObligationStatus.Satisfies(o.Comparator, o.Value.Value, measured);
        var figure = r.Complement
            ? $"{VietnameseNumber.Format(measured)}{r.Unit} (báo cáo nêu còn {VietnameseNumber.Format(r.Value)}{r.Unit} chưa đạt)"
            : $"{VietnameseNumber.Format(measured)}{(r.Unit == "%" ? "%" : " " + r.Unit)}";
        return (met, $"{figure} so với mục tiêu {Goal(o)}: {(met ? "đạt" : "chưa đạt")}.");
    }

    static (bool?, string) TaskVerdict(Result r, double measured)
    {
        if (r.Achieved == true || measured >= 100) return (true, $"Báo cáo nêu {VietnameseNumber.Format(measured)}% đã thực hiện.");
        return (null, $"Báo cáo nêu {VietnameseNumber.Format(measured)}% đã thực hiện.");
    }

    static string Goal(Obligation o) => o.Comparator switch
    {
        "range" => $"{VietnameseNumber.Format(o.Value!.Value)}–{VietnameseNumber.Format(o.ValueMax ?? o.Value!.Value)}{Unit(o)}",
        "=" => $"{VietnameseNumber.Format(o.Value!.Value)}{Unit(o)}",
        // As the texts write it, never a symbol: "từ 90% trở lên", "dưới 5%".
        ">=" => $"từ {VietnameseNumber.Format(o.Value!.Value)}{Unit(o)} trở lên",
        ">" => $"trên {VietnameseNumber.Format(o.Value!.Value)}{Unit(o)}",
        "<" => $"dưới {VietnameseNumber.Format(o.Value!.Value)}{Unit(o)}",
        "<=" => $"tối đa {VietnameseNumber.Format(o.Value!.Value)}{Unit(o)}",
        _ => $"{VietnameseNumber.Format(o.Value!.Value)}{Unit(o)}",
    };

    static string Unit(Obligation o) => o.Unit == "%" ? "%" : " " + o.Unit;
}
