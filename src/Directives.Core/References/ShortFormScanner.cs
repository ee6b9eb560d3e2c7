using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Directives.Core.Citations;
using Directives.Core.Dates;
using Directives.Core.Extraction;
using Directives.Core.Text;

namespace Directives.Core.References;

/// <summary>
/// Short forms that point back to a full mention: "Nghị quyết 03", "Chỉ thị 28", "Kế hoạch số 121", and
/// footnote aliases "(sau đây gọi tắt là Chỉ thị 28)".
/// </summary>
public static partial class ShortFormScanner
{
    const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // Folded text; a number followed by a code, a slash or a hyphen is a full number or a date, not a short form.
    internal const string ShortPattern =
        @"(?<![\p{L}\p{N}])(?<kind>nghi\s+quyet|chi\s+thi|ke\s+hoach|quy\s+dinh|qui\s+dinh|ket\s+luan|huong\s+dan|quyet\s+dinh" +
        @"|de\s+an|chuong\s+trinh|thong\s+bao(?:\s+ket\s+luan)?|quy\s+che|thong\s+tri)\s+(?:so\s*)?(?<n>\d{1,4})" +
        // "Thông báo kết luận số 159-TB của Bộ Chính trị": a code without its issuer is still no full number.
        @"(?:[-–](?<bare>nq|ct|kh|qdi?|kl|hd|da|ctr|tb|qc|tt)(?![\p{L}\p{N}/]|\s?/))?" +
        @"(?![\p{L}\p{N}]|\s?[-–/]|[.,]\d|\s+(?:nq|ct|kh|qdi?|kl|hd|da|ctr|tb|qc|tt)\s?[-–/])";

    // Anchored, and searched for around digits only (see DigitAnchored): before its number a short form holds a kind
    // word (at most "thong bao ket luan"), spaces and "so".
    [GeneratedRegex(@"\G" + ShortPattern, Options)]
    private static partial Regex Short();

    internal static readonly SearchValues<char> KindStarts = SearchValues.Create("nckqhdt");
    internal const int LettersBefore = 20;

    /// <summary>The last word of each kind in <see cref="ShortPattern"/>, the word a short form's number follows.</summary>
    static readonly HashSet<string> KindEnds = ["quyet", "thi", "hoach", "dinh", "luan", "dan", "an", "trinh", "bao", "che", "tri"];

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KindEndLookup = KindEnds.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// What the pattern needs before a number (a necessary condition, see <see cref="DigitAnchored.RunFilter"/>):
    /// at most four digits, after white space and a kind's last word, or after "so" that follows one.
    /// </summary>
    internal static bool MayFollowKind(string text, int from, int digit, int runEnd)
    {
        if (runEnd - digit > 4 || from == digit) return false;
        var at = digit;
        var word = WordBefore(text, ref at, out var spaced);
        if (word.SequenceEqual("so")) word = WordBefore(text, ref at, out spaced);
        return spaced && KindEndLookup.Contains(word); // a kind word stands apart from what follows it
    }

    /// <summary>
    /// The letters before <paramref name="at"/>, after any white space (<paramref name="spaced"/> tells whether there
    /// was some); at moves to the letters' start.
    /// </summary>
    static ReadOnlySpan<char> WordBefore(string text, ref int at, out bool spaced)
    {
        var end = at;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        spaced = end < at;
        at = end;
        while (at > 0 && char.IsLetter(text[at - 1])) at--;
        return text.AsSpan(at, end - at);
    }

    [GeneratedRegex(@"(?:goi\s+tat|viet\s+tat)(?:\s+la)?\s*:?\s*[""“(]?\s*$", Options)]
    private static partial Regex AliasLead();

    const int AliasReach = 40;
    const int AliasTargetReach = 400;

    /// <summary>
    /// Short forms in text order (Category "short"). <paramref name="fullMentions"/> are the numbered references
    /// of the same text; a short form resolves to the nearest preceding one of its kind and number (else any
    /// one in the text; else none), and an alias to the full mention it follows.
    /// </summary>
    public static IReadOnlyList<Reference> Scan(string text, IReadOnlyList<Reference> fullMentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fullMentions);
        var folded = VietnameseText.Fold(text);
        var numbered = fullMentions.Where(f => f.Citation is not null).OrderBy(f => f.Start).ToList();
        var byNumber = numbered.Where(f => f.Number is not null).GroupBy(f => f.Number!.Value).ToDictionary(g => g.Key, g => g.ToList());
        var spans = fullMentions.Select(f => (f.Start, f.End)).OrderBy(f => f.Start).ToArray();
        var maxLength = spans.Length == 0 ? 0 : spans.Max(f => f.End - f.Start);
        var found = new List<Reference>();
        foreach (var m in DigitAnchored.Matches(Short(), folded, KindStarts, LettersBefore, MayFollowKind))
        {
            if (Overlaps(spans, maxLength, m.Index, m.Index + m.Length)) continue;
            if (!int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                || n == 0 || (m.Groups["n"].Length == 4 && n is >= 1900 and <= 2100)) continue;
            var kindGroup = m.Groups["kind"];
            var kind = DocumentKinds.CanonicalName(text.Substring(kindGroup.Index, kindGroup.Length));
            if (kind is null) continue;

            var lead = Math.Max(0, m.Index - AliasReach);
            var target = AliasLead().IsMatch(folded.AsSpan(lead, m.Index - lead))
                ? AliasTarget(numbered, byNumber.GetValueOrDefault(n), m.Index)
                : Target(byNumber.GetValueOrDefault(n), m.Index, kind);
            if (target is null && Uncoded(text, m, kind, n) is { } uncoded)
            {
                found.Add(uncoded);
                continue;
            }
            found.Add(new Reference
            {
                Category = ReferenceCategories.Short,
                Kind = kind,
                Number = n,
                Code = target?.Code,
                Issuer = target?.Issuer,
                Resolved = target?.Citation,
                Surface = text.Substring(m.Index, m.Length),
                Start = m.Index,
                End = m.Index + m.Length,
            });
        }
        return found;
    }

    /// <summary>
    /// "Kế hoạch số 174 của Tỉnh ủy", "Chỉ thị 17 của Ban Thường vụ Tỉnh ủy", "ngày 6/8/2020 … ban hành Chỉ thị số 17":
    /// a number the text never writes in full is a reference of its own — kind, number and committee, no invented code.
    /// Named by "Kế hoạch số 174" so relations can point at it.
    /// </summary>
    static Reference? Uncoded(string text, Match m, string kind, int n)
    {
        var context = MentionContextReader.Read(text, m.Index + m.Length);
        var date = context.Date ?? MentionContextReader.DateBefore(text, m.Index);
        var writtenNumberWord = text.AsSpan(m.Index, m.Length).ToString().Contains("số", StringComparison.OrdinalIgnoreCase);
        if (context.Body is null && date is null && !writtenNumberWord) return null;
        var end = context.Body is null && context.Date is null ? m.Index + m.Length : PartyReferences.TrimEnd(text, context.End);
        return new Reference
        {
            Category = ReferenceCategories.Named,
            Kind = kind,
            Number = n,
            Name = $"{kind} số {n}",
            Body = context.Body is { } body ? CommitteeWithoutPlace(body) : null,
            Term = context.Term,
            Date = IsoDate.Format(date?.Date),
            Surface = text[m.Index..end],
            Start = m.Index,
            End = end,
            Warnings = date?.Warning is { } w ? [w] : [],
        };
    }

    // "Ban Thường vụ Tỉnh ủy Yên Bái" → "Ban Thường vụ Tỉnh ủy": the committee as the text names it, not its place.
    static string CommitteeWithoutPlace(string body)
    {
        var m = CommitteeWord().Match(body);
        return m.Success && m.Index + m.Length < body.Length ? body[..(m.Index + m.Length)] : body;
    }

    [GeneratedRegex(@"(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)\s+[uủ]ỷ?y?(?=\s+\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex CommitteeWord();

    static Reference? Target(List<Reference>? sameNumber, int start, string kind)
    {
        if (sameNumber is null) return null;
        Reference? first = null, before = null;
        foreach (var f in sameNumber)
        {
            if (!SameKind(f, kind)) continue;
            first ??= f;
            if (f.End <= start) before = f;
            else break;
        }
        return before ?? first;
    }

    // "(sau đây gọi tắt là Chỉ thị 28)": the full mention just before, by number first.
    static Reference? AliasTarget(List<Reference> numbered, List<Reference>? sameNumber, int start)
    {
        var sameBefore = sameNumber?.LastOrDefault(f => f.End <= start);
        if (sameBefore is not null && start - sameBefore.End <= AliasTargetReach) return sameBefore;
        int lo = 0, hi = numbered.Count - 1, hit = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (numbered[mid].End <= start) { hit = mid; lo = mid + 1; } else hi = mid - 1;
        }
        return hit >= 0 && start - numbered[hit].End <= AliasTargetReach ? numbered[hit] : null;
    }

    static bool Overlaps((int Start, int End)[] spans, int maxLength, int start, int end)
    {
        int lo = 0, hi = spans.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (spans[mid].Start < end) lo = mid + 1; else hi = mid - 1;
        }
        for (var i = hi; i >= 0 && spans[i].Start >= start - maxLength; i--)
            if (spans[i].End > start) return true;
        return false;
    }

    static bool SameKind(Reference full, string kind) =>
        full.Kind == kind
        || (full.Code is { } code && (DocumentKinds.CodeForName(kind) == code || (kind == "Quy định" && code == "QĐ")));
}
