using System.Text.RegularExpressions;
using Directives.Core.Citations;
using Directives.Core.Dates;
using Directives.Core.Text;

namespace Directives.Core.Documents;

/// <summary>
/// Portals that re-post a document without its header block still say who it is, right under the title:
/// "(Kết luận số 119-KL/TU, ngày 30/6/2022 của Ban Thường vụ Tỉnh ủy)"; newspapers printing a congress
/// resolution put "NGHỊ QUYẾT" over "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN … LẦN THỨ …". Either is the text's own identity.
/// </summary>
internal static partial class IdentityUnderTitle
{
    const int SearchLines = 10;

    internal static (DocumentHeader Header, int End)? Read(string s)
    {
        var position = 0;
        string? previous = null;
        for (var n = 0; n < SearchLines && position < s.Length; n++)
        {
            var end = s.IndexOf('\n', position);
            if (end < 0) end = s.Length;
            var line = s[position..end].Trim();
            position = end + 1;
            if (line.Length == 0) continue;
            if (Parenthesised(line) is { } own) return (own, end);
            if (previous is not null && HeaderLines.TypeWord(previous) == "Nghị quyết" && CongressTitle().Match(line) is { Success: true } congress)
                return (new DocumentHeader
                {
                    Kind = "Nghị quyết",
                    Organization = OrganizationNames.TitleCase(congress.Groups["congress"].Value.Trim()),
                    Title = line,
                }, end);
            previous = line;
        }
        return null;
    }

    // "(Kết luận số 119-KL/TU, ngày 30/6/2022 của …)": the whole line in brackets, a type word that agrees with the code.
    static DocumentHeader? Parenthesised(string line)
    {
        if (line.Length < 12 || line[0] != '(' || line[^1] != ')') return null;
        var inner = line[1..^1];
        var numbers = CitationScanner.Scan(inner);
        if (numbers.Count == 0) return null;
        var first = numbers[0];
        var kind = DocumentKinds.CanonicalName(string.Join(' ', VietnameseText.Fold(inner[..first.Start]).Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeWhile(w => w != "so")));
        if (kind is null || DocumentKinds.CodeForName(kind) is not { } code || !SameCode(code, first.Number.Code)) return null;
        var date = VietnameseDates.Find(inner[first.End..]).FirstOrDefault(d => d.Precision == DatePrecision.Day);
        return new DocumentHeader
        {
            Citation = first.Number.Canonical,
            Kind = kind,
            Number = first.Number.Number,
            Code = first.Number.Code,
            Issuer = first.Number.Issuer,
            Date = date?.Date,
        };
    }

    static bool SameCode(string kindCode, string numberCode) => kindCode == numberCode || kindCode == "QĐi" && numberCode == "QĐ";

    [GeneratedRegex(@"^(?<congress>ĐẠI HỘI (?:ĐẠI BIỂU )?ĐẢNG BỘ [^,(]{2,80}?LẦN THỨ [IVXL]+)", RegexOptions.CultureInvariant)]
    private static partial Regex CongressTitle();
}
