using Directives.Core.Dates;
using Directives.Core.Citations;
using Directives.Core.Documents;

namespace Directives.Core.Extraction;

/// <summary>Numbered party references with what is written right after them: date, issuing body, term.</summary>
public static class PartyReferences
{
    public static IReadOnlyList<Reference> Find(string text, DocumentHeader? header)
    {
        var found = new List<Reference>();
        // A local committee's own text that writes "TƯ" means its own "TU" (domain.md §7): the header decides.
        var localText = header?.Issuer is { } own && own != "TW";
        foreach (var m in CitationScanner.Scan(text))
        {
            var number = m.AlternativeIssuer is { } alternative && localText ? m.Number with { Issuer = alternative } : m.Number;
            var context = MentionContextReader.Read(text, m.End);
            var end = context.Date is null && context.Body is null && context.Term is null ? m.End : TrimEnd(text, context.End);
            var date = context.Date ?? MentionContextReader.DateBefore(text, m.Start);
            var warnings = new List<string>();
            if (date?.Warning is { } w) warnings.Add(w);
            if (m.Repair is { } repair) warnings.Add(repair);
            if (!ReferenceEquals(number, m.Number)) warnings.Add($"issuer TƯ read as {number.Issuer}, the committee of this document");
            found.Add(new Reference
            {
                Category = ReferenceCategories.Party,
                Citation = number.Canonical,
                Kind = m.Kind,
                Number = number.Number,
                Code = number.Code,
                Issuer = number.Issuer,
                Term = context.Term,
                Date = IsoDate.Format(date?.Date),
                Body = context.Body,
                Surface = text[m.Start..end],
                Start = m.Start,
                End = end,
                Warnings = warnings,
            });
        }
        return found;
    }

    internal static int TrimEnd(string text, int end)
    {
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ',')) end--;
        return end;
    }
}
