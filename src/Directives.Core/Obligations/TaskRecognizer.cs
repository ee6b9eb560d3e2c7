using System.Globalization;
using System.Text.RegularExpressions;
using Directives.Core.Dates;
using Directives.Core.Extraction;
using Directives.Core.Text;

namespace Directives.Core.Obligations;

/// <summary>
/// Work a text assigns to bodies: "Giao Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Ban Tuyên giáo Tỉnh ủy theo dõi …",
/// "Các huyện ủy, thị ủy … xây dựng kế hoạch …", "Ban Tuyên giáo Tỉnh ủy tham mưu …", with deadline
/// ("trước ngày 30/6/2023", "trong quý IV/2019"), recurrence ("định kỳ hằng năm", "6 tháng") and standing work ("thường xuyên").
/// A clause opens a task when it starts with a list of bodies followed by a verb of work; a clause after ';' without
/// bodies of its own continues the open task. What a body did ("đã hướng dẫn") and reports ("… đến nay như sau") are not tasks.
/// Every scan is bounded or runs once over its own clause, so the whole is linear in the text.
/// </summary>
public static class TaskRecognizer
{
    const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
    /// <summary>How far after a clause start (or "phối hợp với") the verb that ends a list of bodies may be.</summary>
    const int MaxListSpan = 200;
    const int MaxBodyLength = 100;
    const int MaxBodyWords = 10;
    const int MaxLeadIn = 40;
    /// <summary>A line at least this long that runs on without a closing mark was wrapped, not ended.</summary>
    const int WrappedLine = 50;

    // Verbs of work, in folded text; a match counts only when written in lower case (so "Ban Tổ chức", "Ủy ban Kiểm tra" are names).
    static readonly Regex Verb = new(
        @"(?<!\p{L})(?:chu tri|phoi hop|tham muu|theo doi|don doc|tong hop|bao cao|xay dung|to chuc(?! (?:dang|co so dang|chinh tri|doan the))|trien khai|quan triet|thuc hien|huong dan|kiem tra|giam sat|chi dao|lanh dao|ra soat|tuyen truyen|ban hanh|cu the hoa|can cu|(?:co|chiu) trach nhiem|duoc giao|giao(?: cho)?|yeu cau|de nghi|thanh lap|lap|gioi thieu|giup do|hoc tap|xem xet|xu ly|kiem diem|quan tam|phat huy|tang cuong|chu trong|thuong xuyen|dinh ky|hang (?:nam|quy|thang)|sinh hoat|nghien cuu|de xuat|phu trach|bo tri|cung co|danh gia|so ket|tong ket|tiep tuc|tap trung|chu dong|day manh|nang cao|sap xep|kien toan|khan truong|phan cong|hoan thanh|cap nhat|rut kinh nghiem|quan ly|bao dam|dam bao)(?!\p{L})".Replace(" ", @"\s", StringComparison.Ordinal),
        Options);

    // Heads of body names, folded, at an item's start. "ban", "sở", "hội" need a name after them (checked in IsBody).
    static readonly Regex BodyHead = new(
        @"\G(?:(?:cac|tat ca cac|moi) )?(?<head>so, (?:ban, )?nganh|ban |uy ban|van phong|dang doan|dang uy|dang bo|tinh uy|thanh uy|huyen uy|thi uy|quan uy|cap uy|chi bo|chi uy|mat tran|bo chinh tri|thuong truc|thuong vu|so |hoi (?!nghi)|tinh doan|huyen doan|doan thanh nien|to chuc (?:dang|co so dang|chinh tri)|doan the|co quan|don vi|dia phuong|dong chi|cong an|bo chi huy|ubnd|ubkt|ubmttq|mttq|lien doan|truong chinh tri|bi thu|nganh|cap )".Replace(" ", @"\s", StringComparison.Ordinal),
        Options);

    static readonly Regex LowerBoardName = new(@"\G(?:can su|dang|nganh|chi dao|thuong vu|chap hanh|to chuc|tuyen giao|dan van|noi chinh|kinh te)(?!\p{L})", Options);

    internal static readonly Regex Enumerator = new(
        @"\G[ \t]*(?:(?:\d{1,2}(?:\.\d{1,2}){0,3}|[IVX]{1,5}|[a-zđ])[.)][ \t]+|[-–•+*][ \t]*|(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là[,:][ \t]*)?",
        Options);

    static readonly Regex PastLeadIn = new(@"(?<!\p{L})(?:qua|nam|thang|da|vua|nay|ket qua)(?!\p{L})|\p{N}", Options);

    static readonly Regex Report = new(@"(?<!\p{L})(?:den nay|nhu sau)(?!\p{L})", Options);

    static readonly Regex Cooperate = new(@"(?<!\p{L})phoi hop (?:voi |cung )?", Options);

    // Words that never stand inside a body's name: a list that holds them is a sentence, not names
    // ("Đồng chí Trưởng Ban Tổ chức Tỉnh ủy cho biết", "Tỉnh ủy về …", "tổ chức đảng các cấp phải coi …").
    static readonly Regex NotAName = new(@"(?<!\p{L})(?:về|có|được|cho biết|xác định|phải|yêu cầu|đề nghị|đã|chưa|không|luôn|là|này|nếu|theo|những|khi|để)(?!\p{L})|\p{N}", Options);

    // "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số …": a document already issued is news, not work to do.
    static readonly Regex IssuedDocument = new(@"\Gban hành\s+(?:\p{Lu}|(?:kế hoạch|nghị quyết|chỉ thị|quy định|hướng dẫn) số)", Options);

    static readonly Regex DeadlineYear = new(
        @"(?<!\p{L})(?:truoc|trong|vao|den|cuoi|het|xong)(?: (?:het|cuoi|dau|nam|quy [ivx1-4]{1,3}|thang \d{1,2})){0,2}(?: ?/ ?| )(?<y>(?:19|20)\d{2})(?!\d)",
        Options);

    static readonly Regex DeadlineWord = new(@"(?<!\p{L})(?:truoc|cham nhat|han|den|xong|trong|vao)(?!\p{L})", Options);

    static readonly Regex Monthly = new(@"(?<!\p{L})(?:hang|moi|tung) thang(?!\p{L})|(?<!\p{L})thang (?:mot|1) lan(?!\p{L})", Options);
    static readonly Regex Quarterly = new(@"(?<!\p{L})(?:hang|moi|tung) quy(?!\p{L})|(?<!\p{L})quy (?:mot|1) lan(?!\p{L})", Options);
    static readonly Regex HalfYearly = new(@"(?<!(?:trong|vong|han|sau|lai) )(?<![\p{L}\p{N}/.])(?:0?6|sau) thang(?!\p{L})|(?<!\p{L})nua nam(?!\p{L})", Options);
    static readonly Regex Yearly = new(@"(?<!\p{L})(?:hang|moi) nam(?!\p{L})|(?<!\p{L})bao cao (?:ket qua )?nam(?!\p{L}|\s*\d)|(?<!\p{L})nam (?:mot|1) lan(?!\p{L})|(?<!\p{L})cuoi nam(?![\p{L}\p{N}]| \p{N})", Options);
    static readonly Regex Standing = new(@"(?<!\p{L}|giao duc )(?:thuong xuyen|kip thoi|lien tuc|lau dai)(?!\p{L})", Options);

    static readonly string[] Modals = ["sẽ", "cần", "phải", "cũng", "cần phải"];
    static readonly string[] PastMarkers = ["đã", "vừa", "từng", "đang", "chưa", "đều"];

    public static IReadOnlyList<AssignedTask> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = VietnameseText.Fold(text);
        var tasks = new List<AssignedTask>();
        foreach (var (sentenceStart, sentenceEnd) in Sentences(text))
        {
            Assignment? open = null;
            var openEnd = 0;
            var clauseStart = sentenceStart;
            while (clauseStart < sentenceEnd)
            {
                var semicolon = text.IndexOf(';', clauseStart, sentenceEnd - clauseStart);
                var clauseEnd = semicolon < 0 ? sentenceEnd : semicolon + 1;
                var assignment = TryAssign(text, folded, clauseStart, clauseEnd);
                if (assignment is not null)
                {
                    if (open is not null) Add(tasks, text, folded, open, openEnd);
                    open = assignment;
                    openEnd = clauseEnd;
                }
                else if (open is not null)
                {
                    openEnd = clauseEnd;
                }
                clauseStart = clauseEnd;
            }
            if (open is not null) Add(tasks, text, folded, open, openEnd);
        }
        return tasks;
    }

    sealed record Assignment(int Start, int VerbStart, IReadOnlyList<string> Leads);

    static void Add(List<AssignedTask> into, string text, string folded, Assignment a, int end)
    {
        while (end > a.VerbStart && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ';' or ',' or ':')) end--;
        if (end <= a.VerbStart) return;
        var unit = folded[a.Start..end];
        if ((Has(unit, "den nay") || Has(unit, "nhu sau")) && Report.IsMatch(unit)) return;
        // "Tổ chức cơ sở đảng … hoàn thành tốt nhiệm vụ trở lên trên 90%": a number to reach is a target, not a task.
        var firstClause = unit.IndexOf(';', StringComparison.Ordinal);
        if (unit.AsSpan(0, firstClause < 0 ? unit.Length : firstClause).Contains('%')) return;

        var (deadline, year) = ReadDeadline(text, folded, a.Start, end);
        into.Add(new AssignedTask
        {
            Text = text[a.VerbStart..end].Trim(),
            Leads = a.Leads,
            Supporting = Supporting(text, folded, a.VerbStart, end),
            Deadline = deadline is { } d ? IsoDate.Format(d) : null,
            DeadlineYear = deadline?.Year ?? year,
            Recurrence = ReadRecurrence(unit),
            Ongoing = IsStanding(unit),
            Surface = text[a.Start..end],
            Start = a.Start,
            End = end,
        });
    }

    static readonly System.Buffers.SearchValues<char> SentenceMarks = System.Buffers.SearchValues.Create("\n.!?");

    /// <summary>Sentences end at a line break, or at '.', '!', '?' followed by a space and a capital, digit or bracket.</summary>
    static IEnumerable<(int Start, int End)> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var next = text.AsSpan(i).IndexOfAny(SentenceMarks); // nothing else can end a sentence
            if (next < 0) break;
            i += next;
            var c = text[i];
            // A line break inside a sentence (a wrapped line) runs on: no closing mark before it, lower case after it.
            var ends = c == '\n' && !IsWrap(text, i);
            if (!ends && c is '.' or '!' or '?' && i + 1 < text.Length && text[i + 1] == ' ')
            {
                var j = i + 1;
                while (j < text.Length && text[j] == ' ') j++;
                ends = j < text.Length && (char.IsUpper(text[j]) || char.IsDigit(text[j]) || text[j] is '(' or '"' or '“');
            }
            if (!ends) continue;
            if (i + 1 > start) yield return (start, i + 1);
            start = i + 1;
        }
        if (start < text.Length) yield return (start, text.Length);
    }

    /// <summary>
    /// A line break inside a sentence: no closing mark before it, and either lower case after it or a long line of
    /// running text before it (a hard-wrapped paragraph: "… của Ban Thường vụ\nTỉnh ủy thực hiện …") and no list item after it.
    /// </summary>
    static bool IsWrap(string text, int i)
    {
        var lineStart = i == 0 ? 0 : text.LastIndexOf('\n', i - 1) + 1;
        var before = i - 1;
        while (before >= lineStart && text[before] is ' ' or '\t') before--;
        if (before < lineStart || text[before] is '.' or ';' or ':' or '!' or '?') return false;
        var after = i + 1;
        while (after < text.Length && text[after] is ' ' or '\t') after++;
        if (after >= text.Length || EnumeratorLength(text, after) > 0) return false;
        if (char.IsLower(text[after])) return true;
        if (before - lineStart < WrappedLine || !char.IsLetterOrDigit(text[before]) && text[before] != ',') return false;
        if (!HasLower(text, lineStart, before)) return false; // a header in capitals
        return char.IsLetter(text[after]) && !IsRomanHeading(text, after);
    }

    static bool HasLower(string text, int s, int e)
    {
        for (var k = s; k <= e; k++) if (char.IsLower(text[k])) return true;
        return false;
    }

    static bool IsRomanHeading(string text, int i)
    {
        var k = i;
        while (k < text.Length && text[k] is 'I' or 'V' or 'X') k++;
        return k > i && k < text.Length && text[k] is '.' or '-' or ')';
    }

    static Assignment? TryAssign(string text, string folded, int clauseStart, int clauseEnd)
    {
        var p = clauseStart + EnumeratorLength(text, clauseStart);
        while (p < clauseEnd && char.IsWhiteSpace(text[p])) p++;
        if (p >= clauseEnd) return null;

        // "Giao Ban Tổ chức …", "Giao cho các huyện ủy …": the bodies follow.
        if (IsGiao(text, p) && p + 5 <= clauseEnd && text[p + 4] == ' ')
        {
            var q = p + 5;
            if (string.CompareOrdinal(folded, q, "cho ", 0, 4) == 0) q += 4;
            return Parse(text, folded, q, clauseEnd, p, allowGiao: false);
        }
        if (Parse(text, folded, p, clauseEnd, p, allowGiao: true) is { } direct) return direct;

        // A short lead-in that does not place the sentence in the past: "Thời gian tới, Ban Tuyên giáo Tỉnh ủy …".
        var comma = text.IndexOf(',', p, Math.Min(MaxLeadIn, clauseEnd - p));
        if (comma < 0 || !char.IsUpper(text[p])) return null;
        var after = comma + 1;
        while (after < clauseEnd && text[after] == ' ') after++;
        if (!MayStartBodies(text, folded, after, clauseEnd) || PastLeadIn.IsMatch(folded.AsSpan(p, comma - p))
            || FindVerb(text, folded, p, comma) is not null) return null;
        return Parse(text, folded, after, clauseEnd, after, allowGiao: true);
    }

    static bool IsGiao(string text, int i)
        => i + 4 <= text.Length && (string.CompareOrdinal(text, i, "Giao", 0, 4) == 0 || string.CompareOrdinal(text, i, "giao", 0, 4) == 0)
           && (i + 4 == text.Length || !char.IsLetter(text[i + 4]));

    /// <summary>A list of bodies from start, then a verb of work; null when the words before the verb are not bodies.</summary>
    static Assignment? Parse(string text, string folded, int from, int clauseEnd, int start, bool allowGiao)
    {
        if (!MayStartBodies(text, folded, from, clauseEnd)) return null;
        if (FindVerb(text, folded, from, Math.Min(clauseEnd, from + MaxListSpan)) is not { } verb) return null;
        var regionEnd = TrimTail(text, from, verb.Index, out var past);
        if (past) return null;
        var bodies = Bodies(text, folded, from, regionEnd, prefixOnly: false);
        if (bodies is null) return null;
        if (IssuedDocument.IsMatch(text, verb.Index)) return null;
        var verbWords = folded.AsSpan(verb.Index, verb.Length);
        if (verbWords is "giao" or "giao cho" or "yeu cau" or "de nghi")
        {
            // "Ban Thường vụ Tỉnh ủy giao Ban Tổ chức …": the issuer gives the work to the bodies after "giao".
            return allowGiao ? Parse(text, folded, verb.Index + verb.Length + 1, clauseEnd, start, allowGiao: false) : null;
        }
        var verbStart = verbWords is "duoc giao" && verb.Index + verb.Length + 1 < clauseEnd ? verb.Index + verb.Length + 1 : verb.Index;
        return new Assignment(start, verbStart, bodies);
    }

    /// <summary>
    /// Whether a list of bodies can start at from, before searching the clause for its verb: <see cref="Bodies"/> takes
    /// none unless its first item is a body, and that item starts at the first character that is not white space, unless
    /// the list opens with a separator (an empty item).
    /// </summary>
    static bool MayStartBodies(string text, string folded, int from, int clauseEnd)
    {
        var s = from;
        while (s < clauseEnd && char.IsWhiteSpace(text[s])) s++;
        if (s >= clauseEnd) return false;
        if (text[s] == ',' || string.CompareOrdinal(folded, s, "va ", 0, 3) == 0) return true;
        // Most clauses open with no body's head at all: asked without building a Match first.
        return BodyHead.IsMatch(folded.AsSpan(s)) && IsBody(text, folded, s);
    }

    /// <summary>The first verb of work in folded[from..to], searched as if the window were the whole text.</summary>
    static (int Index, int Length)? FindVerb(string text, string folded, int from, int to)
    {
        if (to <= from) return null;
        foreach (var v in Verb.EnumerateMatches(folded.AsSpan(from, to - from)))
        {
            var index = from + v.Index;
            if (char.IsUpper(text[index])) continue;
            // "ủy ban kiểm tra", "ban chỉ đạo" written in lower case are names.
            if (index >= 4 && string.CompareOrdinal(folded, index - 4, "ban ", 0, 4) == 0 && (index == 4 || !char.IsLetter(folded[index - 5]))) continue;
            if (folded.AsSpan(index, v.Length).StartsWith("giao", StringComparison.Ordinal) && !IsGiao(text, index)) continue; // "tuyên giáo"
            return (index, v.Length);
        }
        return null;
    }

    /// <summary>
    /// Length of the list marker at i ("1.", "a)", "-", "Một là,") with the blanks before it, the blanks alone when
    /// there is none; nothing allocated. The engine is asked only where a marker can start (what each alternative of
    /// <see cref="Enumerator"/> opens with): most clauses open with a word.
    /// </summary>
    internal static int EnumeratorLength(string text, int i)
    {
        var j = i;
        while (j < text.Length && text[j] is ' ' or '\t') j++;
        if (j == text.Length) return j - i;
        var c = text[j];
        var next = j + 1 < text.Length ? text[j + 1] : '\0';
        var mayMark = char.IsDigit(c) || c is 'I' or 'V' or 'X' or '-' or '–' or '•' or '+' or '*'
            || c is >= 'a' and <= 'z' or 'đ' && next is '.' or ')'
            || StartsWithOrdinalLead(text.AsSpan(j));
        if (!mayMark) return j - i;
        foreach (var m in Enumerator.EnumerateMatches(text.AsSpan(), i)) return m.Length;
        return 0;
    }

    static readonly string[] OrdinalLeads = ["Một là", "Hai là", "Ba là", "Bốn là", "Năm là", "Sáu là", "Bảy là", "Tám là", "Chín là", "Mười là"];

    static bool StartsWithOrdinalLead(ReadOnlySpan<char> at)
    {
        foreach (var lead in OrdinalLeads)
            if (at.StartsWith(lead, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Drops modal words before the verb ("sẽ", "cần"); past says a past or negative marker stood there ("đã").</summary>
    static int TrimTail(string text, int from, int end, out bool past)
    {
        past = false;
        while (true)
        {
            while (end > from && text[end - 1] == ' ') end--;
            var word = Array.Find(Modals, m => EndsWithWord(text, from, end, m));
            if (word is not null) { end -= word.Length; continue; }
            past = Array.Exists(PastMarkers, m => EndsWithWord(text, from, end, m));
            return end;
        }
    }

    static bool EndsWithWord(string text, int from, int end, string word)
        => end - from > word.Length && text[end - word.Length - 1] == ' '
           && string.CompareOrdinal(text, end - word.Length, word, 0, word.Length) == 0;

    /// <summary>
    /// Items separated by ", " and " và ", each a body name; a short item without a head ("Chi bộ xóm, tiểu khu")
    /// belongs to the one before. prefixOnly keeps the bodies before the first item that is not one.
    /// </summary>
    static List<string>? Bodies(string text, string folded, int from, int to, bool prefixOnly)
    {
        var items = new List<(int Start, int End)>();
        var itemStart = from;
        var whole = Joined(folded, from, to);
        for (var i = from; i <= to; i++)
        {
            int next;
            if (i == to) next = to;
            else if (i < whole) continue;
            else if (text[i] == ',') next = i + 1;
            else if (i + 4 <= to && string.CompareOrdinal(folded, i, " va ", 0, 4) == 0) next = i + 4;
            else if (text[i] is '(' or ')' or ':' or '"' or '“' or '”')
            {
                if (!prefixOnly) return null;
                to = i;
                next = i;
            }
            else continue;

            var (s, e) = Trim(text, itemStart, Math.Min(i, to));
            if (e > s)
            {
                if (e - s > MaxBodyLength || NotAName.IsMatch(text.AsSpan(s, e - s)) || Words(text, s, e) > MaxBodyWords)
                    return prefixOnly ? Result(text, items) : null;
                if (IsBody(text, folded, s)) items.Add((s, e));
                else if (items.Count > 0 && Words(text, s, e) <= 3 && !HasUpper(text, s, e)) items[^1] = (items[^1].Start, e);
                else if (prefixOnly) return Result(text, items);
                else return null;
            }
            if (i >= to) break;
            itemStart = next;
            whole = Joined(folded, next, to);
            i = next - 1;
        }
        return Result(text, items);
    }

    /// <summary>End of a name written with commas inside ("các sở, ban, ngành") starting at from; from when none.</summary>
    static int Joined(string folded, int from, int to)
    {
        while (from < to && char.IsWhiteSpace(folded[from])) from++;
        var m = CommaName.Match(folded, from);
        return m.Success && m.Index + m.Length <= to ? m.Index + m.Length : from;
    }

    static readonly Regex CommaName = new(@"\G(?:cac )?so, (?:ban, )?nganh(?!\p{L})", Options);

    static List<string>? Result(string text, List<(int Start, int End)> items)
        => items.Count == 0 ? null : items.ConvertAll(x => VietnameseText.CollapseSpaces(text.AsSpan(x.Start, x.End - x.Start)));

    static (int, int) Trim(string text, int s, int e)
    {
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        return (s, e);
    }

    static int Words(string text, int s, int e)
    {
        var n = 1;
        for (var i = s; i < e; i++) if (char.IsWhiteSpace(text[i])) n++;
        return n;
    }

    static bool HasUpper(string text, int s, int e)
    {
        for (var i = s; i < e; i++) if (char.IsUpper(text[i])) return true;
        return false;
    }

    static bool IsBody(string text, string folded, int s)
    {
        var m = BodyHead.Match(folded, s);
        if (!m.Success) return false;
        var head = m.Groups["head"];
        var word = head.Value.TrimEnd();
        if (word is not ("ban" or "so" or "hoi")) return true;
        var name = head.Index + head.Length;
        if (name >= text.Length) return false;
        return char.IsUpper(text[name]) || (word == "ban" && LowerBoardName.IsMatch(folded, name));
    }

    static IReadOnlyList<string> Supporting(string text, string folded, int verbStart, int end)
    {
        var semicolon = text.IndexOf(';', verbStart, end - verbStart);
        var clauseEnd = semicolon < 0 ? end : semicolon;
        var from = -1;
        foreach (var m in Cooperate.EnumerateMatches(folded.AsSpan(verbStart, clauseEnd - verbStart)))
        {
            from = verbStart + m.Index + m.Length;
            break;
        }
        if (from < 0) return [];
        var verb = FindVerb(text, folded, from, Math.Min(clauseEnd, from + MaxListSpan));
        var to = verb?.Index ?? Math.Min(clauseEnd, from + MaxListSpan);
        return Bodies(text, folded, from, to, prefixOnly: true) ?? [];
    }

    static (DateOnly? Date, int? Year) ReadDeadline(string text, string folded, int start, int end)
    {
        DateOnly? date = null;
        foreach (var d in VietnameseDates.Find(text[start..end]))
        {
            if (d.Precision != DatePrecision.Day) continue;
            var at = start + d.Start;
            var window = Math.Max(start, at - 24);
            if (!DeadlineWord.IsMatch(folded.AsSpan(window, at - window))) continue;
            date = d.Date;
            break;
        }
        // A deadline year is written "19…" or "20…": without either the pattern is not searched.
        var unit = folded.AsSpan(start, end - start);
        if (!unit.Contains("20", StringComparison.Ordinal) && !unit.Contains("19", StringComparison.Ordinal)) return (date, null);
        var year = DeadlineYear.Match(folded, start, end - start);
        return (date, year.Success ? int.Parse(year.Groups["y"].Value, CultureInfo.InvariantCulture) : null);
    }

    // Each period's pattern holds one of these words as written; a unit without it is not searched (most units).
    static string? ReadRecurrence(string unit)
    {
        // The most frequent period stated wins: "báo cáo 6 tháng, hằng năm" is reported every six months.
        var month = Has(unit, "thang");
        if (month && Monthly.IsMatch(unit)) return "monthly";
        if (Has(unit, "quy") && Quarterly.IsMatch(unit)) return "quarterly";
        if ((month || Has(unit, "nua nam")) && HalfYearly.IsMatch(unit)) return "half-yearly";
        if (Has(unit, "nam") && Yearly.IsMatch(unit)) return "yearly";
        return null;
    }

    static bool Has(string unit, string word) => unit.Contains(word, StringComparison.Ordinal);

    static bool IsStanding(string unit) =>
        (Has(unit, "thuong xuyen") || Has(unit, "kip thoi") || Has(unit, "lien tuc") || Has(unit, "lau dai")) && Standing.IsMatch(unit);
}
