using Directives.Core.Dates;
using Directives.Core.StateLaw;

namespace Directives.Core.Extraction;

/// <summary>State numbers with what is written around them, as for party ones: "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ".</summary>
public static class StateReferences
{
    public static IReadOnlyList<Reference> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return StateReferenceScanner.Scan(text).Select(r => WithContext(text, r)).ToList();
    }

    static Reference WithContext(string text, Reference r)
    {
        var context = MentionContextReader.Read(text, r.End);
        var date = context.Date ?? MentionContextReader.DateBefore(text, r.Start);
        if (date is null && context.Body is null) return r;
        var end = context.Date is null && context.Body is null ? r.End : PartyReferences.TrimEnd(text, context.End);
        return r with
        {
            Date = IsoDate.Format(date?.Date),
            Body = context.Body,
            Surface = text[r.Start..end],
            End = end,
            Warnings = date?.Warning is { } w ? [w] : r.Warnings,
        };
    }
}
