using System.Buffers;
using Directives.Core.Text;
using System.Text.RegularExpressions;

namespace Directives.Core.Obligations;

/// <summary>Finds where a text sets goals, so targets are read there and results everywhere else.</summary>
internal static class GoalScopes
{
    internal const string TriggerPattern =
        @"(?<![\p{L}\p{N}])(?:phan {1,3}dau(?! {1,3}(?:vao|ren luyen|tro thanh|cua|va)(?![\p{L}]))|(?<t>muc {1,3}tieu|chi {1,3}tieu)|(?<y>hang {1,3}nam|moi {1,3}nam))(?![\p{L}\p{N}])";

    // Anchored, and tried only where one of its first words stands (see LiteralAnchored).
    static readonly Regex Trigger = new(@"\G" + TriggerPattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);
    internal static readonly SearchValues<string> TriggerStarts = SearchValues.Create(["phan", "muc", "chi", "hang", "moi"], StringComparison.Ordinal);

    // "đạt 98,44% chỉ tiêu", "đạt và vượt mục tiêu", "chưa đạt chỉ tiêu": the goal is being reported on, not set.
    // Read on the lower-cased text, since folding makes "đạt" (reach) and "đặt" (set) one word.
    static readonly Regex ReportedOn = new(
        @"(?:%|(?<![\p{L}])(?:đạt|vượt|hoàn thành|hòan thành|đảm bảo|bảo đảm|thực hiện)(?: và vượt| được)?(?: các| mọi)?) ?$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // "Các mục tiêu … đều đạt và vượt": a reporting verb in the goal's own clause, before any number.
    static readonly Regex ReportingVerb = new(
        @"(?<![\p{L}])(?:đạt|vượt|hoàn thành|hòan thành)(?![\p{L}])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // "Mục tiêu đến năm 2025 tỷ lệ … đạt 25%": a year ahead makes "đạt" part of the goal.
    static readonly Regex FutureYear = new(
        @"(?<![\p{L}])(?:đến|tới|trước|giai đoạn|nhiệm kỳ)(?: hết| cuối)?(?: năm)? \d{4}",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    static readonly Regex ReportMarker = new(
        @"(?<![\p{L}])(?:đến nay|hiện nay|hiện tại|kết quả|thực tế|đã đạt|chỉ đạt|đã kết nạp|tuy nhiên|nhưng)(?![\p{L}])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    static readonly Regex PastReport = new(
        @"(?<![\p{L}])(?:đến nay|hiện nay|hiện tại|kết quả|thực tế|đã|chỉ đạt|bình quân)(?![\p{L}])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // "1. Đến năm 2025", "b) Giai đoạn 2026 - 2030:": a sub-heading that dates the goals below it.
    static readonly Regex YearHeading = new(
        @"^\s*(?:(?:\d{1,2}|[a-zđ]|[IVX]{1,4})[.)-]\s*)?(?:Đến|Tới|Trước|Giai đoạn|Từ nay đến)(?: hết| cuối)?(?: năm)? (?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*:?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.IgnoreCase);

    const int MaxHeading = 80;
    const int ClauseReach = 120;
    const int MaxItemLead = 24;

    const int MaxListSentences = 15;

    /// <summary>The text's goal scopes; targets and results both ask for them, so a whole text is read once.</summary>
    public static IReadOnlyList<GoalScope> For(string text) => Last.Get(text);

    static readonly LastTextMemo<IReadOnlyList<GoalScope>> Last = new(t => Find(t, VietnameseText.Fold(t), SentenceIndex.For(t), QuantityScanner.Scan(t)));

    static IReadOnlyList<GoalScope> Find(string text, string folded, SentenceIndex sentences, IReadOnlyList<Quantity> quantities)
    {
        var scopes = new List<GoalScope>();
        var coveredTo = -1;
        foreach (var m in LiteralAnchored.Matches(Trigger, folded, TriggerStarts))
        {
            if (m.Index < coveredTo) continue;
            var sentenceStart = sentences.SentenceStart(m.Index);
            if (m.Groups["t"].Success)
            {
                var from = Math.Max(sentenceStart, m.Index - 24);
                if (ReportedOn.IsMatch(VietnameseText.Lower(text.AsSpan(from, m.Index - from)))) continue;
                var clause = VietnameseText.Lower(ClauseAfter(text, m.Index + m.Length, quantities));
                if (ReportingVerb.IsMatch(clause) && !FutureYear.IsMatch(clause)) continue;
            }
            // "Hằng năm đều có …", "hằng năm đã kết nạp …": a report of past years, not a goal.
            if (m.Groups["y"].Success && (Regex.IsMatch(VietnameseText.Lower(ClauseAfter(text, m.Index + m.Length, quantities)), @"(?<![\p{L}])(?:đã|đều|được)(?![\p{L}])")
                || PastReport.IsMatch(VietnameseText.Lower(text.AsSpan(Math.Max(sentenceStart, m.Index - ClauseReach)..m.Index))))) continue;
            var sentenceEnd = sentences.SentenceEnd(m.Index);
            var end = ReportStart(text, m.Index + m.Length, AsideEnd(text, m.Index, sentenceStart, sentenceEnd));
            if (end == sentenceEnd && OpensList(text, sentences, quantities, m.Index, end)) end = ExtendHeadedList(text, sentences, quantities, end);
            else if (end == sentenceEnd && folded.AsSpan(m.Index, end - m.Index).Contains(':')) end = ExtendList(folded, sentences, quantities, end);
            scopes.Add(new GoalScope(sentenceStart, m.Index, m.Index + m.Length, end, m.Groups["y"].Success));
            coveredTo = end;
        }
        return scopes;
    }

    /// <summary>"(phấn đấu đến năm 2018, có trên 60% …)": a goal quoted in brackets ends with them.</summary>
    static int AsideEnd(string text, int trigger, int sentenceStart, int sentenceEnd)
    {
        var i = trigger - 1;
        while (i >= sentenceStart && text[i] == ' ') i--;
        if (i < sentenceStart || text[i] != '(') return sentenceEnd;
        var close = text.IndexOf(')', trigger, sentenceEnd - trigger);
        return close < 0 ? sentenceEnd : close + 1;
    }

    /// <summary>"Mục tiêu đề ra là 90%, đến nay đạt 85%": the goal stops where the report of what was done begins.</summary>
    static int ReportStart(string text, int from, int end)
    {
        var m = ReportMarker.Match(VietnameseText.Lower(text.AsSpan(from, end - from)));
        return m.Success ? from + m.Index : end;
    }

    /// <summary>The rest of a goal word's clause, up to a comma, a colon or the first quantity.</summary>
    static string ClauseAfter(string text, int from, IReadOnlyList<Quantity> quantities)
    {
        var limit = Math.Min(text.Length, from + ClauseReach);
        var next = FirstAtOrAfter(quantities, from);
        if (next < quantities.Count) limit = Math.Min(limit, quantities[next].Start);
        var end = from;
        while (end < limit && text[end] is not (',' or ';' or ':' or '.' or '(' or '\n')) end++;
        return text[from..end];
    }

    /// <summary>"II. CHỈ TIÊU", "Phấn đấu đến năm 2025:" on a line of its own: the goals are the lines that follow.</summary>
    static bool OpensList(string text, SentenceIndex sentences, IReadOnlyList<Quantity> quantities, int trigger, int end)
    {
        var next = FirstAtOrAfter(quantities, trigger);
        if (next < quantities.Count && quantities[next].Start < end) return false;
        var body = text.AsSpan(trigger, end - trigger).TrimEnd();
        if (body.EndsWith(":")) return true;
        var lineEnds = end == text.Length || text[end - 1] == '\n';
        return lineEnds && end - sentences.ParagraphStart(trigger) <= MaxHeading;
    }

    /// <summary>Lines under a goal heading, while each gives a quantity and none reports what was done.</summary>
    static int ExtendHeadedList(string text, SentenceIndex sentences, IReadOnlyList<Quantity> quantities, int end)
    {
        for (var n = 0; n < MaxListSentences && end < text.Length; n++)
        {
            var next = sentences.SentenceEnd(end);
            if (next <= end) break;
            if (text.AsSpan(end, next - end).IsWhiteSpace()) { end = next; continue; }
            var lineEnd = text.IndexOf('\n', end);
            if (lineEnd < 0) lineEnd = text.Length;
            if (lineEnd - end <= MaxHeading && YearHeading.IsMatch(text.AsSpan(end, lineEnd - end))) { end = Math.Min(text.Length, lineEnd + 1); continue; }
            // A wrapped line of the item above ("… có trên 90% chi bộ trong doanh nghiệp ngoài khu\nvực nhà nước …") runs on.
            if (char.IsLower(text[end]) && end > 0 && text[end - 1] == '\n' && !PastReport.IsMatch(VietnameseText.Lower(text.AsSpan(end, next - end)))) { end = next; continue; }
            var k = FirstAtOrAfter(quantities, end);
            if (k >= quantities.Count || quantities[k].Start >= next) break;
            if (PastReport.IsMatch(VietnameseText.Lower(text.AsSpan(end, next - end)))) break;
            end = next;
        }
        return end;
    }

    /// <summary>A list after a colon goes on while the following sentences still give quantities.</summary>
    static int ExtendList(string folded, SentenceIndex sentences, IReadOnlyList<Quantity> quantities, int end)
    {
        for (var n = 0; n < MaxListSentences && end < folded.Length; n++)
        {
            var next = sentences.SentenceEnd(end);
            if (next <= end) break;
            if (folded.AsSpan(end, next - end).IsWhiteSpace()) { end = next; continue; }
            if (!IsListItem(folded, quantities, end, next)) break;
            end = next;
        }
        return end;
    }

    /// <summary>"Lý luận chính trị: 85% …", "100% chi bộ …", "Có từ 80% …": a labelled item or one that opens with its number.</summary>
    static bool IsListItem(string folded, IReadOnlyList<Quantity> quantities, int from, int to)
    {
        var k = FirstAtOrAfter(quantities, from);
        if (k >= quantities.Count || quantities[k].Start >= to) return false;
        var lead = folded.AsSpan(from, quantities[k].Start - from);
        if (lead.Contains(':')) return true;
        return lead.Trim().Length <= MaxItemLead && !Regex.IsMatch(lead, @"(?:19|20)\d\d");
    }

    internal static int FirstAtOrAfter(IReadOnlyList<Quantity> quantities, int from) =>
        Positions.FirstAtOrAfter(quantities, q => q.Start, from);
}
