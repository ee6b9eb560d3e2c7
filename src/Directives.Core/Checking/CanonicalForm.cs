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
        => Short(document, mention) is { } head
            ? Compose(head, document?.Date ?? mention.Date, document?.Body ?? mention.Body, document?.Term ?? mention.Term, document?.Title)
            : null;

    /// <summary>The full form of a known document; null without a number.</summary>
    public static string? Full(KnownDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Short(document) is { } head ? Compose(head, document.Date, document.Body, document.Term, document.Title) : null;
    }

    static string Compose(string head, string? isoDate, string? body, string? term, string? title)
    {
        var full = head;
        if (IsoDate.Parse(isoDate) is { } d) full += ", ngày " + WrittenDate(d);
        if (body is not null)
        {
            full += " của " + body;
            if (body.StartsWith(CentralCommittee, StringComparison.Ordinal) && term is not null && !body.Contains("khóa", StringComparison.Ordinal))
                full += (body.EndsWith("Đảng", StringComparison.Ordinal) ? "" : " Đảng") + " khóa " + term;
        }
        if (!string.IsNullOrWhiteSpace(title)) full += " về " + title;
        return full;
    }

    /// <summary>"Chỉ thị số 28-CT/TW" for a known document; null without a number.</summary>
    public static string? Short(KnownDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Head(document.Citation, document.Kind, null);
    }

    /// <summary>"Chỉ thị số 28-CT/TW"; null for a document without a number.</summary>
    public static string? Short(KnownDocument? document, Reference mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return Head(document?.Citation ?? mention.Citation ?? mention.Resolved, document?.Kind, mention.Kind);
    }

    static string? Head(string? citation, string? kind, string? writtenKind)
    {
        if (citation is null || !PartyNumber.TryParse(citation, out var number)) return null;
        var name = kind ?? DocumentKinds.NameForCode(number.Code) ?? writtenKind;
        return name is null ? "Số " + number.Canonical : $"{name} số {number.Canonical}";
    }

    /// <summary>"21/01/2019": day and month with two digits, as party documents write them.</summary>
    public static string WrittenDate(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
