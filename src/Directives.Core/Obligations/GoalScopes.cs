using System.Text.RegularExpressions;

namespace Directives.Core.Obligations;

/// <summary>Finds where a text sets goals, so targets are read there and results everywhere else.</summary>
internal static class GoalScopes
{
    static readonly Regex Trigger = new(
        @"(?<![\p{L}\p{N}])(?:phan dau|(?<t>muc tieu|chi tieu)|(?<y>hang nam|moi nam))(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // "đạt 98,44% chỉ tiêu", "đạt và vượt mục tiêu", "chưa đạt chỉ tiêu": the goal is being reported on, not set.
    // Read on the lower-cased text, since folding makes "đạt" (reach) and "đặt" (set) one word.
    static readonly Regex ReportedOn = new(
        @"(?:%|(?<![\p{L}])(?:đạt|vượt|hoàn thành|hòan thành|đảm bảo|bảo đảm|thực hiện)(?: và vượt| được)?(?: các| mọi)?) ?$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // "Các mục tiêu … đều đạt và vượt": a reporting verb in the goal's own clause, before any number.
    static readonly Regex ReportingVerb = new(
        @"(?<![\p{L}])(?:đạt|vượt|hoàn thành|hòan thành)(?![\p{L}])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    const int ClauseReach = 120;

    const int MaxListSentences = 15;

    public static IReadOnlyList<GoalScope> Find(string text, string folded, SentenceIndex sentences, IReadOnlyList<Quantity> quantities)
    {
        var scopes = new List<GoalScope>();
        var coveredTo = -1;
        foreach (Match m in Trigger.Matches(folded))
        {
            if (m.Index < coveredTo) continue;
            var sentenceStart = sentences.SentenceStart(m.Index);
            if (m.Groups["t"].Success)
            {
                var from = Math.Max(sentenceStart, m.Index - 24);
                if (ReportedOn.IsMatch(text.Substring(from, m.Index - from).ToLowerInvariant())) continue;
                if (ReportingVerb.IsMatch(ClauseAfter(text, m.Index + m.Length).ToLowerInvariant())) continue;
            }
            var end = sentences.SentenceEnd(m.Index);
            if (folded.AsSpan(m.Index, end - m.Index).Contains(':')) end = ExtendList(folded, sentences, quantities, end);
            scopes.Add(new GoalScope(sentenceStart, m.Index, m.Index + m.Length, end, m.Groups["y"].Success));
            coveredTo = end;
        }
        return scopes;
    }

    /// <summary>The rest of a goal word's clause, up to a comma, a colon or the first digit.</summary>
    static string ClauseAfter(string text, int from)
    {
        var end = from;
        var limit = Math.Min(text.Length, from + ClauseReach);
        while (end < limit && !char.IsDigit(text[end]) && text[end] is not (',' or ';' or ':' or '.' or '(' or '\n')) end++;
        return text[from..end];
    }

    /// <summary>A list after a colon goes on while the following sentences still give quantities.</summary>
    static int ExtendList(string folded, SentenceIndex sentences, IReadOnlyList<Quantity> quantities, int end)
    {
        for (var n = 0; n < MaxListSentences && end < folded.Length; n++)
        {
            var next = sentences.SentenceEnd(end);
            if (next <= end) break;
            if (folded.AsSpan(end, next - end).IsWhiteSpace()) { end = next; continue; }
            if (!AnyWithin(quantities, end, next)) break;
            end = next;
        }
        return end;
    }

    internal static bool AnyWithin(IReadOnlyList<Quantity> quantities, int from, int to)
    {
        int lo = 0, hi = quantities.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (quantities[mid].Start < from) lo = mid + 1; else hi = mid;
        }
        return lo < quantities.Count && quantities[lo].Start < to;
    }
}
