using System.Text.RegularExpressions;
using Directives.Core.Citations;
using Directives.Core.Dates;
using Directives.Core.StateLaw;

namespace Directives.Core.Documents;

/// <summary>The number line of a header: "Số 45 – KH/TU", "Số:" + "45-KH/TU" on the next line, "Số: 1520/QĐ-UBND".</summary>
internal sealed record HeaderNumber(int Start, int End, PartyNumber? Party, string? State, string? StateKind)
{
    /// <summary>"TU" when the issuer was written "TƯ", which a local committee writes for its own TU.</summary>
    public string? LocalIssuer { get; init; }
}

/// <summary>"Phú Yên, ngày 03 tháng 7 năm 2020": place (when written) and day.</summary>
internal sealed record HeaderDate(int Start, int End, string? Place, DateOnly Date);

/// <summary>A type word in capitals ("KẾ HOẠCH") and where its line's remainder starts.</summary>
internal sealed record HeaderType(int Start, int End, string Kind);

/// <summary>
/// Finds the elements of a header anywhere in the opening of a text, whatever the order of its cells: real texts
/// copied off portals flatten the two header columns in either order, put every cell on its own line, or run the
/// whole header into one line behind site chrome (domain.md §8). Offsets are into the string searched.
/// </summary>
internal static partial class HeaderElements
{
    const int NumberReach = 48;

    /// <summary>Every "Số …" that stands as a header cell: at a line start or after capitals, a star or a bar, never after a type word.</summary>
    internal static IEnumerable<HeaderNumber> Numbers(string s, int limit)
    {
        foreach (Match m in NumberWord().Matches(s))
        {
            if (m.Index >= limit) yield break;
            if (!StandsAsCell(s, m.Index, lowerCase: m.Value[0] == 's')) continue;
            var after = m.Index + m.Length;
            var window = s.Substring(after, Math.Min(NumberReach, s.Length - after));
            var lead = 0;
            while (lead < window.Length && (char.IsWhiteSpace(window[lead]) || window[lead] is ':' or '.')) lead++;
            var party = CitationScanner.Scan(window).FirstOrDefault();
            var state = StateReferenceScanner.Scan(window).FirstOrDefault();
            if (state is not null && state.Start <= lead && (party is null || party.Start > state.Start || state.End > party.End))
            {
                yield return new HeaderNumber(m.Index, after + state.End, null, state.Citation, state.Kind);
                continue;
            }
            if (party is not null && party.Start <= lead && party.KindWord is null)
                yield return new HeaderNumber(m.Index, after + party.End, party.Number, null, null) { LocalIssuer = party.AlternativeIssuer };
        }
    }

    static bool StandsAsCell(string s, int at, bool lowerCase)
    {
        var i = at - 1;
        while (i >= 0 && s[i] is ' ' or '\t' or '\u00A0') i--;
        if (i < 0 || s[i] is '\n' or '\r') return true;
        if (lowerCase) return false;
        if (s[i] is '*' or '|' or ':' or ']' or ')') return true;
        // After a capital word: the committee column run into the number ("TỈNH ỦY PHÚ YÊN Số 45-KH/TU").
        var end = i + 1;
        while (i >= 0 && !char.IsWhiteSpace(s[i])) i--;
        var word = s[(i + 1)..end];
        return IsCapitalWord(word)
               && DocumentKinds.CanonicalName(TailWords(s, end, 3)) is null && DocumentKinds.CanonicalName(TailWords(s, end, 2)) is null;
    }

    // The last n words before end ("CHỈ THỊ" before "SỐ 28-CT/TW" makes a title, not a number cell).
    static string TailWords(string s, int end, int n)
    {
        var start = end;
        for (var k = 0; k < n && start > 0; k++)
        {
            while (start > 0 && char.IsWhiteSpace(s[start - 1])) start--;
            while (start > 0 && !char.IsWhiteSpace(s[start - 1])) start--;
        }
        return s[start..end];
    }

    /// <summary>Header dates between from and to: "Place, ngày …" anywhere, or "ngày …" at a line start.</summary>
    internal static IEnumerable<HeaderDate> Dates(string s, int from, int to)
    {
        from = Math.Max(0, from);
        to = Math.Min(s.Length, to);
        // Searched as if the text ended at to, from the character before from on (its look-behind reads one character,
        // and no match can start inside another: each is a word with no letter before it).
        var beginning = Math.Max(0, from - 1);
        for (var m = DayWord().Match(s, beginning, Math.Max(0, to - beginning)); m.Success; m = m.NextMatch())
        {
            if (m.Index < from) continue;
            var dates = VietnameseDates.Find(s.Substring(m.Index, Math.Min(48, s.Length - m.Index)));
            if (dates.Count == 0 || dates[0].Start > 6 || dates[0].Precision != DatePrecision.Day) continue;
            var day = dates[0].Date;
            var (place, placeStart, comma) = PlaceBefore(s, m.Index);
            var atLineStart = placeStart == m.Index && LineStartBefore(s, m.Index);
            // A comma alone is no header date ("…08-QĐi/TW, ngày 25/10/2018"): a place name stands before it.
            if (!(comma && place is not null) && !atLineStart) continue;
            yield return new HeaderDate(placeStart, m.Index + dates[0].Start + dates[0].Length, place, day);
        }
    }

    static bool LineStartBefore(string s, int at)
    {
        var i = at - 1;
        while (i >= 0 && s[i] is ' ' or '\t') i--;
        return i < 0 || s[i] == '\n';
    }

    // Title-case words before ", ngày", across one line break ("Châu" / "Thành, ngày …"); never capitals or lower case.
    static (string? Place, int Start, bool Comma) PlaceBefore(string s, int at)
    {
        var i = at - 1;
        while (i >= 0 && s[i] is ' ' or '\t') i--;
        if (i < 0 || s[i] != ',') return (null, at, false);
        var words = new List<string>();
        var start = i;
        var j = i - 1;
        while (words.Count < 5)
        {
            var breaks = 0;
            while (j >= 0 && char.IsWhiteSpace(s[j])) { if (s[j] == '\n') breaks++; j--; }
            if (j < 0 || breaks > 1) break;
            var end = j + 1;
            while (j >= 0 && !char.IsWhiteSpace(s[j])) j--;
            var word = s[(j + 1)..end];
            if (!IsPlaceWord(word)) break;
            words.Insert(0, word);
            start = j + 1;
        }
        return words.Count == 0 ? (null, i, true) : (string.Join(' ', words), start, true);
    }

    // "Phú", "Yên", "TP.", and the number of an urban district ("Quận 8").
    static bool IsPlaceWord(string word) =>
        word.Length > 0 && word.Length <= 3 && word.All(char.IsDigit)
        || word.Length > 0 && char.IsUpper(word[0]) && (word.Length == 1 || word.Skip(1).Where(char.IsLetter).All(char.IsLower) || word is "TP." or "TP")
        && word.All(c => char.IsLetter(c) || c is '.' or '\'' or '-');

    /// <summary>"Số      -BC/ĐU", "Số:" alone: a draft's number cell left blank.</summary>
    internal static bool HasBlankNumberCell(string s, int from, int to) => BlankNumberCell().IsMatch(s[from..to]);

    [GeneratedRegex(@"(?m)^[ \t]*(?:Số|SỐ)[ \t]*:?[ \t]*(?:[-–][ \t]*\p{L}{1,5}/\p{L}{1,8})?[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex BlankNumberCell();

    /// <summary>The first type word in capitals standing alone (or opening its line) between from and to.</summary>
    internal static HeaderType? TypeWord(string s, int from, int to)
    {
        to = Math.Min(to, s.Length);
        foreach (var run in CapitalRuns(s, Math.Max(0, from), to))
        {
            var text = s[run.Start..run.End].TrimEnd(':', ' ');
            if (DocumentKinds.CanonicalName(text) is { } kind) return new HeaderType(run.Start, run.Start + text.Length, kind);
            if (!LineStartBefore(s, run.Start)) continue;
            // "KẾ HOẠCH THỰC HIỆN …" on one line: the type word opens a title written in capitals.
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var n = Math.Min(3, words.Length - 1); n >= 1; n--)
                if (DocumentKinds.CanonicalName(string.Join(' ', words.Take(n))) is { } k)
                    return new HeaderType(run.Start, run.Start + string.Join(' ', words.Take(n)).Length, k);
        }
        return null;
    }

    /// <summary>Runs of words in capitals within a line, in order.</summary>
    internal static IEnumerable<(int Start, int End)> CapitalRuns(string s, int from, int to)
    {
        var i = from;
        while (i < to)
        {
            while (i < to && char.IsWhiteSpace(s[i])) i++;
            var runStart = -1;
            var runEnd = -1;
            while (i < to && s[i] != '\n')
            {
                var w = i;
                while (i < to && !char.IsWhiteSpace(s[i])) i++;
                // Any other blank ("\r", "\v", U+2000…) ends a run too, and is stepped over.
                if (w == i)
                {
                    if (runStart >= 0) { yield return (runStart, runEnd); runStart = -1; }
                    i++;
                    continue;
                }
                var word = s[w..i];
                if (IsCapitalWord(word)) { if (runStart < 0) runStart = w; runEnd = i; }
                else if (runStart >= 0) { yield return (runStart, runEnd); runStart = -1; }
                while (i < to && s[i] is ' ' or '\t' or '\u00A0') i++;
            }
            if (runStart >= 0) yield return (runStart, runEnd);
        }
    }

    internal static bool IsCapitalWord(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (!char.IsLetter(c)) continue;
            if (char.IsLower(c)) return false;
            letters++;
        }
        return letters >= 1 && word.All(c => char.IsLetterOrDigit(c) || c is ',' or '(' or ')' or '-' or '.' or ':' or '–');
    }

    // "So" and "SO": a text stripped of its diacritics.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:Số|SỐ|số|Sô|SÔ|So|SO)(?=\s*[:.]?\s*\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberWord();

    [GeneratedRegex(@"(?<![\p{L}])(?:ngày|Ngày|NGÀY|ngay|Ngay)(?=\s*\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DayWord();
}
