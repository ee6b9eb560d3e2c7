using Directives.Core.Text;
using System.Text.RegularExpressions;
using Directives.Core.Authority;
using Directives.Core.Extraction;

namespace Directives.Core.References;

/// <summary>
/// Documents outside the party's numbering that party texts cite by name (domain.md §8): laws, codes and ordinances
/// ("Luật Tổ chức chính quyền địa phương", "Bộ luật Lao động", "Pháp lệnh Cựu chiến binh"), the Constitution
/// ("Hiến pháp năm 2013"), mass organisations' charters ("Điều lệ Công đoàn Việt Nam") and committees' working
/// regulations by term ("Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XVI"). Names run on the written
/// text, since their capitals are what tell where a name ends.
/// </summary>
public static partial class StatuteNameScanner
{
    const int MaxNameWords = 9;

    // Words that end a name: what the sentence goes on to say about the document.
    static readonly HashSet<string> Stops = new(StringComparer.Ordinal)
    {
        "của", "ngày", "năm", "số", "được", "đã", "và", "theo", "tại", "trong", "nhằm", "để", "với", "có", "là", "cũng",
        "thì", "do", "này", "đó", "khi", "sẽ", "về", "quy", "đề", "sửa", "khóa", "khoá", "nhiệm", "lần", "các",
        "những", "đến", "từ", "cho", "như", "vào", "mà", "hoặc", "hay", "ban", "thông", "qua", "gồm", "(sửa",
    };

    public static IReadOnlyList<Reference> Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<Reference>();
        foreach (Match m in Statute().Matches(text))
        {
            var kind = VietnameseText.CollapseSpaces(m.Groups["kind"].Value);
            if (ReadName(text, m.Index + m.Length, firstCapital: true) is not { } name) continue;
            if (name.Words is ["sư" or "gia" or "sư," or "gia,", ..]) continue;
            found.Add(NamedReferenceScanner.Named(text, m.Index, name.End, kind, $"{kind} {string.Join(' ', name.Words)}"));
        }
        foreach (Match m in Constitution().Matches(text))
            found.Add(NamedReferenceScanner.Named(text, m.Index, m.Index + m.Length, "Hiến pháp", $"Hiến pháp năm {m.Groups["y"].Value}"));
        foreach (Match m in OrganisationCharter().Matches(text))
        {
            var start = m.Groups["org"].Index;
            if (ReadName(text, start, firstCapital: true) is not { } org) continue;
            found.Add(NamedReferenceScanner.Named(text, m.Index, org.End, "Điều lệ", $"Điều lệ {string.Join(' ', org.Words)}"));
        }
        foreach (Match m in WorkingRules().Matches(text))
            if (WorkingRulesName(text, m) is { } r) found.Add(r);
        return found.OrderBy(r => r.Start).ToList();
    }

    /// <summary>Words of a name from <paramref name="start"/>: up to a stop word or a clause mark, commas only inside ("Cán bộ, công chức").</summary>
    static (List<string> Words, int End)? ReadName(string text, int start, bool firstCapital)
    {
        var words = new List<string>();
        var end = start;
        var i = start;
        while (words.Count < MaxNameWords)
        {
            while (i < text.Length && text[i] is ' ' or '\t' or '\u00A0') i++;
            var w = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            if (w == i) break;
            var raw = text[w..i];
            var word = raw.TrimEnd(',', ';', '.', ':', ')', '"', '”', '’');
            if (word.Length == 0 || !char.IsLetter(word[0])) break;
            if (words.Count == 0 && firstCapital && !char.IsUpper(word[0])) return null;
            if (words.Count > 0 && Stops.Contains(VietnameseText.Lower(word)) && !char.IsUpper(word[0])) break;
            if (words.Count > 0 && char.IsUpper(word[0]) && word is "Luật" or "Bộ" or "Hiến" or "Nghị" or "Điều" or "Pháp" or "Quy" or "Căn") break;
            words.Add(word);
            end = w + word.Length;
            if (raw.Length == word.Length) continue;
            // "Cán bộ, công chức": a comma goes on to one lower-case word that is not a stop word; any other mark ends the name.
            if (raw[word.Length] != ',' || words.Count > 3) break;
            var next = NextWord(text, i);
            if (next is null || !char.IsLower(next[0]) || Stops.Contains(next.TrimEnd(',', ';', '.'))) break;
            words[^1] += ",";
        }
        return words.Count == 0 ? null : (words, end);
    }

    static string? NextWord(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        var w = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
        return w == i ? null : text[w..i];
    }

    /// <summary>"Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XVI, nhiệm kỳ 2015 - 2020" → "… khóa XVI" with its term.</summary>
    static Reference? WorkingRulesName(string text, Match m)
    {
        var rest = m.Groups["rest"];
        var term = TermMark().Match(rest.Value);
        if (term.Success && RomanNumerals.Canonical(term.Groups["t"].Value) is { } roman && term.Groups["t"].Value == roman)
        {
            var owner = Collapse(rest.Value[..term.Index]).TrimEnd(',', ' ', '(');
            var end = rest.Index + term.Index + term.Length;
            return NamedReferenceScanner.Named(text, m.Index, end, "Quy chế", $"Quy chế làm việc {owner} khóa {roman}") with { Term = roman };
        }
        var cut = OwnerEnd().Match(rest.Value);
        var ownerOnly = Collapse(cut.Success ? rest.Value[..cut.Index] : rest.Value).TrimEnd(',', ' ');
        if (ownerOnly.Split(' ').Length < 3) return null;
        return NamedReferenceScanner.Named(text, m.Index, rest.Index + (cut.Success ? cut.Index : rest.Length), "Quy chế", $"Quy chế làm việc {ownerOnly}");
    }

    static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // Written with its capital: "pháp luật", "kỷ luật" are no names; "Luật số 22/2023/QH15" is a numbered one.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<kind>Bộ\s+luật|Luật|Pháp\s+lệnh)(?=\s+\p{Lu})(?!\s+(?:số|Số)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Statute();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])Hiến\s+pháp\s+(?:nước\s+Cộng\s+hòa\s+xã\s+hội\s+chủ\s+nghĩa\s+Việt\s+Nam\s+)?(?:năm\s+)?(?<y>(?:19|20)\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Constitution();

    // Another body's charter; "Điều lệ Đảng" is the party's own (NamedGrammar.Charter).
    [GeneratedRegex(@"(?<![\p{L}\p{N}])Điều\s+lệ\s+(?<org>(?:Hội|Công\s+đoàn|Đoàn|Mặt\s+trận|Liên\s+hiệp|Liên\s+đoàn|Hợp\s+tác\s+xã)\s+\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex OrganisationCharter();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])Quy\s+chế\s+làm\s+việc\s+(?<rest>của\s+[^;.\n]{3,160})", RegexOptions.CultureInvariant)]
    private static partial Regex WorkingRules();

    [GeneratedRegex(@"[\s,(]+(?i:khóa|khoá)\s+(?<t>[IVXL]{1,6})(?![\p{L}])\)?", RegexOptions.CultureInvariant)]
    private static partial Regex TermMark();

    [GeneratedRegex(@",|\s(?:nhiệm\s+kỳ|ban\s+hành|số|ngày|được|đã|và\s+các)\s|\(", RegexOptions.CultureInvariant)]
    private static partial Regex OwnerEnd();
}
