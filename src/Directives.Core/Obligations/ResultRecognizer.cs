using System.Text.RegularExpressions;
using Directives.Core.Extraction;
using Directives.Core.Text;

namespace Directives.Core.Obligations;

/// <summary>
/// Reported achievements: "kết nạp mới 4.922 đảng viên, đạt 98,44% chỉ tiêu …", "đạt 104,17% kế hoạch",
/// "chiếm 45,88%", "2.364/3.174 = 74,48% chi bộ …". Numbers inside goal-setting sentences are targets, not results.
/// </summary>
public static class ResultRecognizer
{
    static readonly Regex CountVerb = new(
        @"(?<![\p{L}])(?<v>ket nap|phat trien|thanh lap|kien toan|boi duong|dao tao|khai tru|xoa ten|ky luat|thi hanh ky luat|xu ly|dua ra khoi dang|cho ra khoi dang|tiep nhan|cong nhan|trao tang)(?: (?:moi|duoc|them|vao dang|cho|tong cong|tong so|tat ca|toan bo|lai|tong|so|it nhat|toi thieu|tren|hon|khoang|gan|tu))* $",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    static readonly Regex PercentLink = new(@"^[ ,(–-]*(?:dat|bang|tuong duong|=)[ ]*$", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    // Read on lower-cased text, not folded: folding makes "đạt" (reached) and "đặt" (set) one word.
    static readonly Regex Exceeded = new(@"(?<![\p{L}])vượt(?: mức)? ?$|(?<![\p{L}])đạt và vượt[^;.]{0,40}$", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    // "còn 401 thôn trưởng … chưa phải là đảng viên, chiếm 45,88%": the share of those still missing.
    static readonly Regex Negation = new(@"(?<![\p{L}])(?:chua|khong)(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // "yêu cầu 100% cán bộ …", "cần kết nạp 50 đảng viên": what must be done, not what was.
    static readonly Regex Modal = new(@"(?<![\p{L}])(?:yêu cầu|cần|sẽ|nhằm|để|dự kiến)(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    const int VerbWindow = 48;
    const int ModalWindow = 40;

    public static IReadOnlyList<Result> Find(string text, IReadOnlyList<Reference> references)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(references);
        var folded = VietnameseText.Fold(text);
        var sentences = SentenceIndex.For(text);
        var quantities = QuantityScanner.Scan(text);
        var scopes = GoalScopes.For(text);
        var index = new ReferenceIndex(references);
        var results = new List<Result>();
        var s = 0;
        var consumed = -1;
        for (var i = 0; i < quantities.Count; i++)
        {
            var q = quantities[i];
            while (s < scopes.Count && scopes[s].End <= q.Start) s++;
            if (i <= consumed || (s < scopes.Count && scopes[s].Covers(q.Start)) || IsRequired(text, sentences, q.Start)) continue;
            var result = q.IsPercent
                ? Percentage(text, folded, sentences, q, index)
                : Count(text, folded, sentences, quantities, i, index, out consumed);
            if (result is not null) results.Add(result);
        }
        return results;
    }

    static bool IsRequired(string text, SentenceIndex sentences, int numberStart)
    {
        var floor = Math.Max(sentences.SentenceStart(numberStart), numberStart - ModalWindow);
        var from = numberStart;
        while (from > floor && text[from - 1] is not (',' or ';' or ':' or '\n')) from--;
        return Modal.IsMatch(VietnameseText.Lower(text.AsSpan(from..numberStart)));
    }

    static Result? Count(string text, string folded, SentenceIndex sentences, IReadOnlyList<Quantity> quantities, int i,
        ReferenceIndex references, out int consumed)
    {
        consumed = -1;
        var q = quantities[i];
        var sentenceStart = sentences.SentenceStart(q.Start);
        var from = Math.Max(sentenceStart, q.Start - VerbWindow);
        var verb = CountVerb.Match(folded[from..q.Start]);
        double? percent = null;
        string? source = null;
        var end = q.End;
        if (i + 1 < quantities.Count && quantities[i + 1] is { IsPercent: true } p && p.Start - q.End <= 24
            && PercentLink.IsMatch(folded[q.End..p.Start])
            && TargetMention.TryRead(text, folded, p.End, references, out var mentionEnd, out source))
        {
            percent = p.Value;
            end = mentionEnd;
            consumed = i + 1;
        }
        if (!verb.Success && percent is null) return null;
        var start = verb.Success ? from + verb.Groups["v"].Index : q.Start;
        var subject = verb.Success ? text[start..q.End] : q.Unit!;
        return Build(text, folded, sentences, subject, q.Value, q.Unit, percent, source, start, end, q.Start);
    }

    static Result Percentage(string text, string folded, SentenceIndex sentences, Quantity q, ReferenceIndex references)
    {
        var sentenceStart = sentences.SentenceStart(q.Start);
        var linkFrom = Math.Max(sentenceStart, q.Start - 16);
        var link = folded[linkFrom..q.Start];
        // "vượt 5% kế hoạch" is over by five, not five per cent of the plan: met, but no share to report.
        var exceeded = link.TrimEnd().EndsWith("vuot", StringComparison.Ordinal);
        var measured = link.TrimEnd().EndsWith("dat", StringComparison.Ordinal) || link.TrimEnd().EndsWith("bang", StringComparison.Ordinal);
        double? percent = null;
        string? source = null;
        var end = q.End;
        if ((measured || exceeded) && TargetMention.TryRead(text, folded, q.End, references, out var mentionEnd, out source))
        {
            percent = exceeded ? null : q.Value;
            end = mentionEnd;
        }
        var after = SubjectPhrase.After(text, folded, q.End);
        var before = SubjectPhrase.Before(text, folded, q.Start, sentenceStart);
        var (subjectStart, subjectEnd) = percent is null && after.End > after.Start && !SubjectPhrase.IsRatePhrase(folded, before.Start) ? after : before;
        if (subjectEnd == subjectStart && percent is null) (subjectStart, subjectEnd) = SubjectPhrase.After(text, folded, q.End, strict: false);
        var start = Math.Min(q.Start, subjectEnd > subjectStart ? subjectStart : q.Start);
        end = Math.Max(end, subjectEnd);
        var complement = percent is null && Negation.Match(folded, subjectStart, subjectEnd - subjectStart).Success;
        return Build(text, folded, sentences, text[subjectStart..subjectEnd], q.Value, "%", percent, source, start, end, q.Start) with { Complement = complement };
    }

    static Result Build(string text, string folded, SentenceIndex sentences, string subject, double value, string? unit,
        double? percent, string? source, int start, int end, int numberStart)
    {
        return new Result
        {
            Subject = subject.Trim(),
            Value = value,
            Unit = unit,
            PercentOfTarget = percent,
            Achieved = Achievement(text, sentences, percent, numberStart, end),
            TargetSource = source,
            Surface = text[start..end],
            Start = start,
            End = end,
        };
    }

    /// <summary>Met when the share of the goal is 100% or more, or the text says "vượt"/"hoàn thành"; null when it says nothing.</summary>
    static bool? Achievement(string text, SentenceIndex sentences, double? percent, int numberStart, int end)
    {
        var sentenceStart = sentences.SentenceStart(numberStart);
        var before = VietnameseText.Lower(text.AsSpan(Math.Max(sentenceStart, numberStart - 12)..numberStart));
        if (Exceeded.IsMatch(before.TrimEnd())) return true;
        if (percent is not null) return percent >= 100;
        var windowEnd = Math.Min(sentences.SentenceEnd(Math.Max(numberStart, end - 1)), end + 40);
        var from = numberStart;
        while (from > Math.Max(sentenceStart, numberStart - 80) && text[from - 1] != ';') from--;
        return Verdicts.Read(VietnameseText.Lower(text.AsSpan(from..Math.Max(numberStart, windowEnd))));
    }
}
