using System.Text.RegularExpressions;
using Directives.Core.Extraction;
using Directives.Core.Text;

namespace Directives.Core.Obligations;

/// <summary>
/// Goals a text sets: "phấn đấu đến năm 2025 có trên 90% …", "Đề án đặt mục tiêu đến năm 2025: 100% …; 70% … trở lên",
/// "Hằng năm có từ 80% chi bộ trở lên …". Deadline and source carry over to every item of a list.
/// </summary>
public static class TargetRecognizer
{
    static readonly Regex Deadline = new(
        (@"(?<![\p{L}])(?:(?:den|toi|truoc|vao|het|cuoi|trong)(?: het| cuoi)?(?: nam)? (?<y>(?:19|20)\d{2})|(?:giai doan|nhiem ky) (?:19|20)\d{2}\x20{0,2}[-–]\x20{0,2}(?<y>(?:19|20)\d{2}))(?![\p{N}])").Replace(" ", " {1,3}", StringComparison.Ordinal),
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    static readonly Regex Yearly = new(@"(?<![\p{L}])(?:hang nam|moi nam)(?![\p{L}])|/ ?nam(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static IReadOnlyList<Target> Find(string text, IReadOnlyList<Reference> references)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(references);
        var folded = VietnameseText.Fold(text);
        var sentences = SentenceIndex.For(text);
        var quantities = QuantityScanner.Scan(text);
        var index = new ReferenceIndex(references);
        var targets = new List<Target>();
        var q = 0;
        foreach (var scope in GoalScopes.For(text))
        {
            while (q < quantities.Count && quantities[q].Start < scope.TriggerEnd) q++;
            var first = q;
            var deadlines = Deadline.Matches(folded[scope.SentenceStart..scope.End])
                .Select(m => (At: scope.SentenceStart + m.Index, Year: int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture)))
                .ToList();
            string? source = null;
            var sourceRead = false;
            for (; q < quantities.Count && quantities[q].Start < scope.End; q++)
            {
                var quantity = quantities[q];
                if (TargetMention.Follows(folded, quantity.End)) continue;
                if (!sourceRead)
                {
                    source = GoalSource.Resolve(folded, index, sentences, scope, quantities[first].Start);
                    sourceRead = true;
                }
                targets.Add(Build(text, folded, scope, quantity, deadlines, source));
            }
        }
        return targets;
    }

    static Target Build(string text, string folded, GoalScope scope, Quantity quantity, List<(int At, int Year)> deadlines, string? source)
    {
        var (comparator, start) = Comparators.Read(folded, quantity);
        var clauseStart = Math.Max(scope.TriggerEnd, scope.SentenceStart);
        var before = SubjectPhrase.Before(text, folded, start, clauseStart);
        // "Chỉ tiêu kết nạp đảng viên mới hằng năm đạt 3-4%": the subject came before the goal word.
        if (before.End == before.Start) before = SubjectPhrase.Before(text, folded, start, scope.SentenceStart);
        var after = SubjectPhrase.After(text, folded, quantity.End);
        // A count is named by its verb ("kết nạp … đảng viên"); a percentage by what follows it, unless a rate precedes.
        var usesBefore = after.End == after.Start || (before.End > before.Start
            && (SubjectPhrase.IsRatePhrase(folded, before.Start) || !quantity.IsPercent));
        var (subjectStart, subjectEnd) = usesBefore ? before : after;
        var subject = text[subjectStart..subjectEnd];
        if (!quantity.IsPercent && usesBefore) subject = subject.Length == 0 ? quantity.Unit! : subject + " " + quantity.Unit;
        else if (!quantity.IsPercent) subject = quantity.Unit + (subject.Length > 0 ? " " + subject : "");

        // The last year named before the item; deadlines are in text order.
        var next = Positions.FirstAtOrAfter(deadlines, d => d.At, quantity.Start);
        int? deadline = next > 0 ? deadlines[next - 1].Year : null;

        var surfaceStart = Math.Min(start, subjectEnd > subjectStart ? subjectStart : start);
        var surfaceEnd = Math.Max(quantity.End, subjectEnd);
        return new Target
        {
            Subject = subject.Trim(),
            Comparator = comparator,
            Value = quantity.Value,
            ValueMax = quantity.ValueMax,
            Unit = quantity.Unit,
            Deadline = deadline,
            Recurring = IsYearly(text, folded, scope, quantity) ? "yearly" : null,
            Source = source,
            Achieved = Verdicts.Read(VietnameseText.Lower(text.AsSpan(scope.SentenceStart..scope.TriggerStart))),
            Surface = text[surfaceStart..surfaceEnd],
            Start = surfaceStart,
            End = surfaceEnd,
        };
    }

    /// <summary>"Hằng năm" or "/năm" in the item's own clause, or a scope opened by "hằng năm" that is not a list.</summary>
    static bool IsYearly(string text, string folded, GoalScope scope, Quantity quantity)
    {
        var from = quantity.Start;
        var floor = Math.Max(scope.SentenceStart, quantity.Start - 200);
        while (from > floor && folded[from - 1] is not (';' or ':' or '\n' or '(' or ')')) from--;
        var to = quantity.End;
        var ceiling = Math.Min(text.Length, quantity.End + 200);
        while (to < ceiling && folded[to] is not (';' or ':' or '\n' or '(' or ')' or '.')) to++;
        if (Yearly.IsMatch(folded[from..to])) return true;
        return scope.Yearly && !folded.AsSpan(scope.TriggerStart, Math.Max(0, quantity.Start - scope.TriggerStart)).Contains(';');
    }
}
