namespace Directives.Core.Obligations;

/// <summary>
/// Cuts the words naming what a quantity measures: the phrase after it ("90% đảng viên hoàn thành tốt nhiệm vụ")
/// or, when nothing follows, the phrase before it ("còn 401 thôn trưởng chưa phải là đảng viên, chiếm 45,88%").
/// </summary>
internal static class SubjectPhrase
{
    const int MaxChars = 220;
    const int MaxWords = 24;
    const int MaxAside = 40;

    static readonly string[] PostStops = [" theo ", " so voi ", ", dat ", ", chiem ", ", tang ", ", giam ", " ([", " [", ", hien ", ", con ", ", trong do", ", nang "];
    static readonly string[] NotASubject = ["so voi", "tong so", "ke hoach", "chi tieu", "muc tieu", "dan so", "nghi quyet", "tro xuong"];

    // Verbs and comparators between a subject and its number: "tỷ lệ kết nạp đạt từ", "chưa phải là đảng viên, chiếm".
    static readonly string[] TrailingLinks =
    [
        "dat", "chiem", "la", "bang", "co", "con", "tu", "tren", "duoi", "khoang", "it nhat", "toi thieu", "khong qua",
        "toi da", "hon", "giu vung", "ty le", "ti le", "duoc", "voi", "vuot", "va", "chi", "hien nay", "hien tai", "hien co", "dat duoc", "nang", "dat ty le", "dat ti le", "tang", "giam",
    ];

    static bool IsBoundary(string text, int i) => text[i] switch
    {
        ';' or ':' or '(' or ')' or '\n' or '!' or '?' or '“' or '”' or '"' => true,
        '.' => !(i > 0 && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1])),
        _ => false,
    };

    /// <summary>The phrase after a quantity, up to the end of its clause.</summary>
    public static (int Start, int End) After(string text, string folded, int from, bool strict = true)
    {
        var i = SkipSpaces(text, from);
        if (folded.AsSpan(i).StartsWith("tro len", StringComparison.Ordinal)) i = SkipSpaces(text, i + 7);
        var limit = Math.Min(text.Length, i + MaxChars);
        var end = i;
        var words = 0;
        for (var j = i; j < limit && (!IsBoundary(text, j) || SkipsAside(text, j, out j)); j++)
        {
            if (StopsAt(folded, j)) break;
            if (text[j] == ' ' && j > i && text[j - 1] != ' ' && ++words >= MaxWords) break;
            end = j + 1;
        }
        end = TrimEnd(text, i, end);
        if (end <= i || !strict) return (i, Math.Max(i, end));
        foreach (var stop in NotASubject)
            if (folded.AsSpan(i).StartsWith(stop, StringComparison.Ordinal)) return (i, i);
        return (i, end);
    }

    /// <summary>The phrase before a quantity, back to the clause start (or notBefore), without its linking verb.</summary>
    public static (int Start, int End) Before(string text, string folded, int to, int notBefore)
    {
        var floor = Math.Max(notBefore, to - MaxChars);
        var start = to;
        while (start > floor && !IsBoundary(text, start - 1)) start--;
        // "còn cao (28,37%)": the subject stands before the bracket.
        if (start > floor && start == to && text[start - 1] == '(')
        {
            start--;
            to = start;
            while (start > floor && !IsBoundary(text, start - 1)) start--;
        }
        var end = to;
        while (true)
        {
            end = TrimEnd(text, start, end);
            var link = TrailingLink(folded, start, end);
            if (link == 0) break;
            end -= link;
        }
        // "đến năm 2025, tỷ lệ đảng viên dưới 30 tuổi đạt 25%": the measured rate starts at "tỷ lệ";
        // otherwise "còn 401 thôn trưởng …" names what comes after its count.
        var rate = Math.Max(folded.LastIndexOf("ty le", Math.Max(start, end - 1), Math.Max(0, end - start), StringComparison.Ordinal),
            folded.LastIndexOf("ti le", Math.Max(start, end - 1), Math.Max(0, end - start), StringComparison.Ordinal));
        if (rate >= start && (rate == start || folded[rate - 1] == ' ')) start = rate;
        else start = AfterLastNumber(text, folded, start, end);
        start = SkipLead(text, folded, start, end);
        var words = 0;
        for (var j = end - 1; j > start; j--)
            if (text[j] == ' ' && text[j - 1] != ' ' && ++words >= MaxWords) { start = j + 1; break; }
        return (start, Math.Max(start, end));
    }

    /// <summary>"thôn (làng), tổ dân phố": a short aside without numbers belongs to the phrase.</summary>
    static bool SkipsAside(string text, int j, out int next)
    {
        next = j;
        if (text[j] != '(') return false;
        var close = text.IndexOf(')', j, Math.Min(MaxAside, text.Length - j));
        if (close < 0) return false;
        for (var k = j + 1; k < close; k++)
            if (char.IsDigit(text[k]) || text[k] is '(' or '\n') return false;
        next = close;
        return true;
    }

    /// <summary>Start just past the last count in the phrase: "còn 401 thôn trưởng …" names "thôn trưởng …".</summary>
    static int AfterLastNumber(string text, string folded, int start, int end)
    {
        for (var j = end - 1; j > start; j--)
        {
            if (!char.IsDigit(text[j])) continue;
            var gap = text[j + 1] == '%' && j + 2 < end && text[j + 2] == ' ' ? 1 : 0;
            if (text[j + 1 + gap] != ' ') continue;
            var k = j;
            while (k > start && (char.IsDigit(text[k - 1]) || text[k - 1] is '.' or ',')) k--;
            if (k > start && text[k - 1] != ' ') return start;
            var word = folded.AsSpan(start, k - start).TrimEnd();
            if (word.EndsWith("nam") || word.EndsWith("ngay") || word.EndsWith("thang") || word.EndsWith("so")) return start;
            return j + 2 + gap;
        }
        return start;
    }

    public static bool IsRatePhrase(string folded, int start) =>
        folded.AsSpan(start).StartsWith("ty le", StringComparison.Ordinal) || folded.AsSpan(start).StartsWith("ti le", StringComparison.Ordinal);

    static int TrailingLink(string folded, int start, int end)
    {
        foreach (var word in TrailingLinks)
        {
            var at = end - word.Length;
            if (at < start || !folded.AsSpan(at, word.Length).SequenceEqual(word)) continue;
            if (at == start || folded[at - 1] is ' ' or ',') return word.Length;
        }
        if (end > start && folded[end - 1] == '=') return 1;
        return 0;
    }

    static bool StopsAt(string folded, int j)
    {
        foreach (var stop in PostStops)
            if (folded.AsSpan(j).StartsWith(stop, StringComparison.Ordinal)) return true;
        return false;
    }

    static readonly string[] LeadWords = ["phan dau ", "hang nam ", "moi nam ", "hang nam, ", "moi nam, ", "tuy nhien ", "den nay ", "hien nay ", "nhung "];

    /// <summary>Bullets and the goal words themselves ("- Phấn đấu hằng năm kết nạp …") are not the subject.</summary>
    static int SkipLead(string text, string folded, int start, int end)
    {
        for (var changed = true; changed && start < end;)
        {
            changed = false;
            while (start < end && text[start] is ' ' or ',' or '-' or '–' or '+' or '•' or '*') { start++; changed = true; }
            foreach (var word in LeadWords)
                if (end - start > word.Length && folded.AsSpan(start).StartsWith(word, StringComparison.Ordinal)) { start += word.Length; changed = true; }
        }
        return start;
    }

    static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or ',') i++;
        return i;
    }

    static int TrimEnd(string text, int start, int end)
    {
        while (end > start && text[end - 1] is ' ' or ',' or '-' or '–' or '/' or '…') end--;
        return end;
    }
}
