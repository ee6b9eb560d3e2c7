using Directives.Core.Citations;
using Directives.Core.Dates;
using Directives.Core.Text;

namespace Directives.Core.Documents;

/// <summary>
/// Reads the header block of a party document (Hướng dẫn 36-HD/VPTW layout): committee, number, place and date,
/// type word and title (trích yếu). Returns null for texts without a header, such as news articles.
/// </summary>
public static class HeaderRecognizer
{
    const int HeadLines = 25;
    const int MaxTitleLines = 5;
    const int MaxTitleLineLength = 250;

    /// <param name="text">The whole text; its first lines are searched.</param>
    /// <param name="headerBlock">Header lines a reader found apart from the body (e.g. a DOCX header table).</param>
    // The header sits in the first lines; never normalise or split a whole long text to find it.
    static string Head(string text)
    {
        var end = 0;
        for (var line = 0; line < HeadLines + MaxTitleLines + 5 && end < text.Length; line++)
        {
            var next = text.IndexOf('\n', end);
            end = next < 0 ? text.Length : next + 1;
        }
        return text[..end];
    }

    const int BodySearchLines = 60;

    /// <summary>
    /// Offset of the line where a party document's body begins: the first rule ("-----"), "Căn cứ …", "I-" or
    /// "1." line after the number line "Số …". Null when the text has no number line or no such line follows.
    /// Wrapped titles (PDF) make the opening many lines long, so the body is found by its shape, not a line count.
    /// </summary>
    public static int? BodyStart(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var seenNumber = false;
        var position = 0;
        for (var n = 0; n < BodySearchLines && position < text.Length; n++)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0) end = text.Length;
            var line = text[position..end];
            if (!seenNumber) seenNumber = HeaderLines.Segments(HeaderLines.WithoutPartyName(line)).Any(HeaderLines.IsNumberLine);
            else if (HeaderLines.IsBodyStart(line.Trim())) return position;
            position = end + 1;
        }
        return null;
    }

    public static DocumentHeader? Recognize(string text, IReadOnlyList<string>? headerBlock = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var block = (headerBlock ?? []).SelectMany(l => VietnameseText.Normalize(l).Split('\n')).ToList();
        var body = VietnameseText.Normalize(Head(text)).Split('\n').Take(HeadLines + MaxTitleLines + 5).ToList();
        var lines = block.Concat(body).ToList();
        var limit = block.Count + Math.Min(HeadLines, body.Count);

        var committee = new List<string>();
        PartyNumber? number = null;
        string? place = null;
        DateOnly? date = null;
        string? kind = null;
        string? title = null;
        string? issuingBody = null;
        var committeeClosed = false;

        for (var i = 0; i < limit && kind is null; i++)
        {
            foreach (var segment in HeaderLines.Segments(HeaderLines.WithoutPartyName(lines[i])))
            {
                if (HeaderLines.IsPartyName(segment) || HeaderLines.IsDecoration(segment)) continue;
                if (number is null && HeaderLines.IsNumberLine(segment))
                {
                    (number, var rest) = ReadNumber(segment);
                    committeeClosed = true;
                    if (date is null && TryPlaceDate(rest, out var p1, out var d1)) (place, date) = (p1, d1);
                    continue;
                }
                if (date is null && TryPlaceDate(segment, out var p, out var d))
                {
                    (place, date) = (p, d);
                    committeeClosed = true;
                    continue;
                }
                var typeWord = HeaderLines.TypeWord(segment);
                if (typeWord is not null && (number is not null || committee.Count > 0))
                {
                    kind = typeWord;
                    (issuingBody, title) = ReadTitle(lines, i + 1);
                    break;
                }
                if (!committeeClosed && HeaderLines.IsCapitals(segment)
                    && (committee.Count > 0 || HeaderLines.IsCommittee(segment)))
                {
                    committee.Add(segment);
                    continue;
                }
                // A sentence before any header element: prose, not a party document. Short lines (site chrome,
                // a site name) may sit above a real header and are passed over.
                if (number is null && committee.Count == 0 && i >= block.Count && HeaderLines.IsSentence(segment))
                    return null;
            }
        }

        if (number is null && (committee.Count == 0 || kind is null)) return null;
        var organization = OrganizationNames.FromHeaderLines(committee);
        // Central documents carry "BAN CHẤP HÀNH TRUNG ƯƠNG" above and "CỦA BỘ CHÍNH TRỊ" under the type word.
        if (issuingBody is not null && (organization is null || organization == "Ban Chấp hành Trung ương"))
            organization = issuingBody;
        return new DocumentHeader
        {
            Citation = number?.Canonical,
            Kind = kind ?? (number is null ? null : DocumentKinds.NameForCode(number.Code)),
            Number = number?.Number,
            Code = number?.Code,
            Issuer = number?.Issuer,
            Organization = organization,
            Place = place,
            Date = date,
            Title = title,
        };
    }

    // "Số 121-KH/TU" alone, or followed on the same line by the place and date.
    static (PartyNumber? Number, string After) ReadNumber(string segment)
    {
        if (PartyNumber.TryParse(segment, out var whole)) return (whole, "");
        var found = CitationScanner.Scan(segment);
        return found.Count > 0 ? (found[0].Number, segment[found[0].End..].Trim()) : (null, "");
    }

    static bool TryPlaceDate(string segment, out string? place, out DateOnly? date)
    {
        place = null;
        date = null;
        var m = HeaderLines.MatchPlaceDate(segment);
        if (!m.Success) return false;
        var dates = VietnameseDates.Find(segment);
        if (dates.Count == 0 || dates[0].Precision != DatePrecision.Day) return false;
        date = dates[0].Date;
        if (m.Groups["place"].Success) place = OrganizationNames.ModernTones(m.Groups["place"].Value.Trim());
        return true;
    }

    static (string? Body, string? Title) ReadTitle(List<string> lines, int from)
    {
        string? body = null;
        var parts = new List<string>();
        for (var i = from; i < lines.Count && parts.Count < MaxTitleLines; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                if (parts.Count == 0) continue; // a blank line between the type word and the title
                break;
            }
            if (HeaderLines.IsBodyStart(line) || line.Length > MaxTitleLineLength) break;
            // The body's opening sentence right under the title, when no rule line parts them (a scan loses the rule).
            if (parts.Count > 0 && line.StartsWith("Thực hiện ", StringComparison.Ordinal)) break;
            if (HeaderLines.IsDecoration(line)) { if (parts.Count > 0) break; continue; }
            if (parts.Count == 0 && body is null && HeaderLines.IsIssuedBy(line, out var issuer))
            {
                body = OrganizationNames.TitleCase(issuer);
                continue;
            }
            parts.Add(line);
        }
        if (parts.Count == 0) return (body, null);
        return (body, string.Join(' ', string.Join(' ', parts).Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }
}
