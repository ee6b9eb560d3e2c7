using System.Globalization;
using Directives.Core.Citations;
using Directives.Core.Dates;
using Directives.Core.Extraction;

namespace Directives.Core.Checking;

/// <summary>
/// How a reference is written in house style: the full form at the first mention ("Chỉ thị số 28-CT/TW, ngày
/// 21/01/2019 của Ban Bí thư về …"), the short form after it ("Chỉ thị số 28-CT/TW").
/// </summary>
public static class CanonicalForm
{
    const string CentralCommittee = "Ban Chấp hành Trung ương";

    /// <summary>The full form from what is known of the document, filled in with what the draft wrote; null without a number.</summary>
    public static string? Full(KnownDocument? document, Reference mention)
    {
        if (Short(document, mention) is not { } head) return null;
        var date = IsoDate.Parse(document?.Date ?? mention.Date);
        var body = document?.Body ?? mention.Body;
        var term = document?.Term ?? mention.Term;
        var title = document?.Title;
        var full = head;
        if (date is { } d) full += ", ngày " + WrittenDate(d);
        if (body is not null)
        {
            full += " của " + body;
            if (body.StartsWith(CentralCommittee, StringComparison.Ordinal) && term is not null && !body.Contains("khóa", StringComparison.Ordinal))
                full += (body.EndsWith("Đảng", StringComparison.Ordinal) ? "" : " Đảng") + " khóa " + term;
        }
        if (!string.IsNullOrWhiteSpace(title)) full += " về " + title;
        return full;
    }

    /// <summary>"Chỉ thị số 28-CT/TW"; null for a document without a number.</summary>
    public static string? Short(KnownDocument? document, Reference mention)
    {
        var citation = document?.Citation ?? mention.Citation ?? mention.Resolved;
        if (citation is null || !PartyNumber.TryParse(citation, out var number)) return null;
        var kind = document?.Kind ?? DocumentKinds.NameForCode(number.Code) ?? mention.Kind;
        return kind is null ? "Số " + number.Canonical : $"{kind} số {number.Canonical}";
    }

    /// <summary>"21/01/2019": day and month with two digits, as party documents write them.</summary>
    public static string WrittenDate(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
