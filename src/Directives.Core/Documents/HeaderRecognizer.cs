using Directives.Core.Citations;
using Directives.Core.Dates;
using Directives.Core.Text;

namespace Directives.Core.Documents;

/// <summary>
/// Reads the header block of a party document (Hướng dẫn 36-HD/VPTW layout): committee, number, place and date,
/// type word and title (trích yếu). Returns null for texts without a header, such as news articles.
/// </summary>
public static partial class HeaderRecognizer
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
            // A number line holds a digit: a line without one is not split into its columns to be asked.
            if (!seenNumber) seenNumber = DigitAnchored.HasDigit(line) && HeaderLines.Segments(HeaderLines.WithoutPartyName(line)).Any(HeaderLines.IsNumberLine);
            else if (HeaderLines.IsBodyStart(line.Trim())) return position;
            position = end + 1;
        }
        return null;
    }

    const int NumberSearchChars = 3500;
    const int DateReachBefore = 500;
    const int DateReachAfter = 400;
    const int TypeReach = 700;
    const int CommitteeReach = 400;

    public static DocumentHeader? Recognize(string text, IReadOnlyList<string>? headerBlock = null) =>
        Read(text, headerBlock)?.Header;

    /// <summary>The header and the offset in <paramref name="text"/> where the body after it begins.</summary>
    public static HeaderReading? Read(string text, IReadOnlyList<string>? headerBlock = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var block = (headerBlock ?? []).SelectMany(l => VietnameseText.Normalize(l).Split('\n')).ToList();
        var prefix = block.Count > 0 ? string.Join('\n', block) + "\n" : "";
        var s = prefix + VietnameseText.Normalize(Head(text));

        foreach (var number in HeaderElements.Numbers(s, prefix.Length + NumberSearchChars))
        {
            var date = HeaderElements.Dates(s, number.End, BodyLineAfter(s, number.End, number.End + DateReachAfter)).FirstOrDefault()
                       ?? HeaderElements.Dates(s, number.Start - DateReachBefore, number.Start).LastOrDefault();
            var committee = Committee(s, number.Start);
            var typeFrom = date is not null && date.Start >= number.End ? date.End : number.End;
            var type = HeaderElements.TypeWord(s, typeFrom, BodyLineAfter(s, typeFrom, typeFrom + TypeReach));
            if (date is null && type is null && committee.Count == 0) continue;
            return Build(text, s, prefix.Length, number, date, committee, type);
        }

        // No number line: a committee, a place and date, then a type word on its own line.
        foreach (var (start, _) in HeaderElements.CapitalRuns(s, 0, Math.Min(s.Length, prefix.Length + NumberSearchChars)))
        {
            var type = HeaderElements.TypeWord(s, start, BodyLineAfter(s, start, start + 60));
            if (type is null || type.Start != start) continue;
            var date = HeaderElements.Dates(s, start - DateReachBefore, start).LastOrDefault();
            var committee = Committee(s, date?.Start ?? start);
            // A site name in capitals over a heading is no header: a header without a number shows its date or its blank number cell.
            if (committee.Count == 0 || date is null && !HeaderElements.HasBlankNumberCell(s, Math.Max(0, start - DateReachBefore), start)) continue;
            return Build(text, s, prefix.Length, null, date, committee, type);
        }
        return IdentityUnderTitle.Read(s) is { } identity
            ? new HeaderReading(identity.Header, Math.Clamp(identity.End - prefix.Length, 0, text.Length))
            : null;
    }

    static HeaderReading Build(string text, string s, int prefixLength, HeaderNumber? number, HeaderDate? date,
        List<string> committee, HeaderType? type)
    {
        var (issuingBody, title, titleEnd) = type is null ? (null, null, number!.End) : ReadTitle(s, type.End);
        var organization = OrganizationNames.FromHeaderLines(committee);
        // Central documents carry "BAN CHẤP HÀNH TRUNG ƯƠNG" above and "CỦA BỘ CHÍNH TRỊ" under the type word.
        if (issuingBody is not null && (organization is null || organization == "Ban Chấp hành Trung ương"))
            organization = issuingBody;
        var party = number?.Party;
        // "Số 318-KL/TƯ" under "TỈNH ỦY …": the committee decides that TƯ is its own TU, not the centre's TW (domain.md §7).
        if (party is { Issuer: "TW" } && number!.LocalIssuer is { } local && IsLocalCommittee(organization)) party = party with { Issuer = local };
        var header = new DocumentHeader
        {
            Citation = party?.Canonical ?? number?.State,
            Kind = type?.Kind ?? (party is null ? number?.StateKind : DocumentKinds.NameForCode(party.Code)),
            Number = party?.Number,
            Code = party?.Code,
            Issuer = party?.Issuer,
            Organization = organization,
            Place = date?.Place is { } p ? OrganizationNames.ModernTones(p) : null,
            Date = date?.Date,
            Title = title,
            IsState = number?.State is not null,
        };
        var body = BodyStart(text) ?? Math.Clamp(titleEnd - prefixLength, 0, text.Length);
        return new HeaderReading(header, body);
    }

    static bool IsLocalCommittee(string? organization) =>
        organization is not null && !organization.Contains("Trung ương", StringComparison.Ordinal)
        && organization is not ("Bộ Chính trị" or "Ban Bí thư");

    /// <summary>
    /// Capital lines above the number that name the committee ("ĐẢNG BỘ TỈNH TRÀ VINH" / "HUYỆN ỦY CÀNG LONG"),
    /// read upwards past the other column's place and date, and cut where site chrome ends.
    /// </summary>
    static List<string> Committee(string s, int before)
    {
        var from = Math.Max(0, before - CommitteeReach);
        var pieces = HeaderLines.WithoutPartyName(s[from..before]).Split('\n')
            .SelectMany(HeaderLines.Segments)
            .SelectMany(p => p.Split('*', '|'))
            .Select(p => p.Trim())
            .Where(p => p.Length > 0)
            .ToList();
        var collected = new List<string>();
        var skipped = 0;
        for (var k = pieces.Count - 1; k >= 0; k--)
        {
            var piece = pieces[k];
            if (HeaderLines.IsDecoration(piece)) continue;
            var run = TrailingCapitals(piece);
            if (run.Length == 0 || HeaderLines.TypeWord(run) is not null)
            {
                if (collected.Count > 0 || ++skipped > 6) break;
                continue;
            }
            collected.Insert(0, run);
            if (run.Length < piece.Length) break; // the capitals began mid-line, after chrome
        }
        while (collected.Count > 0 && !HeaderLines.IsCommittee(collected[0]))
        {
            if (CommitteeSuffix(collected[0]) is { } cut) { collected[0] = cut; break; }
            collected.RemoveAt(0);
        }
        return collected;
    }

    static string TrailingCapitals(string piece)
    {
        var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var n = 0;
        // "QUẬN ỦY QUẬN 8": a number may close a committee's name.
        while (n < words.Length && (HeaderElements.IsCapitalWord(words[^(n + 1)]) || n == 0 && words[^1].All(char.IsDigit))) n++;
        while (n > 0 && words[^n].All(char.IsDigit)) n--;
        return string.Join(' ', words[^n..]);
    }

    static string? CommitteeSuffix(string run)
    {
        var words = run.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length; i++)
        {
            var rest = string.Join(' ', words[i..]);
            if (HeaderLines.IsCommittee(rest)) return rest;
        }
        return null;
    }

    // The first line after from that opens the body ("Căn cứ …", "I-", "-----"), or to.
    static int BodyLineAfter(string s, int from, int to)
    {
        to = Math.Min(to, s.Length);
        var i = from;
        while (i < to)
        {
            var end = s.IndexOf('\n', i);
            if (end < 0 || end >= to) break;
            var next = end + 1;
            var lineEnd = s.IndexOf('\n', next);
            var line = s[next..(lineEnd < 0 ? s.Length : lineEnd)].Trim();
            // A rule under a state header's committee or motto is furniture; the body starts with words.
            if (!HeaderLines.IsDecoration(line) && HeaderLines.IsBodyStart(line) || IsRunningText(line)) return next;
            i = next;
        }
        return to;
    }

    static bool IsRunningText(string line) => line.Length > MaxTitleLineLength;

    /// <summary>
    /// The trích yếu after the type word: the rest of its line when the header was run into one line (cut where
    /// the body begins), else the next lines up to a blank line or the body. Also "CỦA BỘ CHÍNH TRỊ" under the type word.
    /// </summary>
    static (string? Body, string? Title, int End) ReadTitle(string s, int typeEnd)
    {
        var lineEnd = s.IndexOf('\n', typeEnd);
        if (lineEnd < 0) lineEnd = s.Length;
        var rest = s[typeEnd..lineEnd];
        if (rest.Trim().Trim(':').Length > 0)
        {
            var cut = InlineBody().Match(rest);
            var end = typeEnd + (cut.Success ? cut.Index : Math.Min(rest.Length, MaxTitleLineLength));
            var inline = Collapse(s[typeEnd..end]);
            return (null, inline.Length == 0 ? null : inline, end);
        }
        string? body = null;
        var parts = new List<string>();
        var position = lineEnd + 1;
        var titleEnd = lineEnd;
        while (position < s.Length && parts.Count < MaxTitleLines)
        {
            var next = s.IndexOf('\n', position);
            if (next < 0) next = s.Length;
            var line = s[position..next].Trim();
            var at = position;
            position = next + 1;
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
                titleEnd = next;
                continue;
            }
            if (BodyLead().IsMatch(line)) break;
            var cut = InlineBody().Match(line);
            if (cut.Success && cut.Index > 0) { parts.Add(line[..cut.Index]); titleEnd = at + cut.Index; break; }
            parts.Add(line);
            titleEnd = next;
        }
        return parts.Count == 0 ? (body, null, titleEnd) : (body, Collapse(string.Join(' ', parts)), titleEnd);
    }

    static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim(' ', '-', '–');

    // Where a title run into one line with the body stops: "- Căn cứ", "Căn cứ", "Thực hiện", "I." after the title words.
    [System.Text.RegularExpressions.GeneratedRegex(@"\s[-–+•]?\s*(?:Căn\s+cứ|Thực\s+hiện|Trên\s+cơ\s+sở|Kính\s+gửi|Phần\s+[IVX\d]|[IVX]+\s*[-.)]\s+\p{Lu}{2}|\d+\s*[.)]\s)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex InlineBody();

    // A line that opens the body in the document's own voice: the title has ended before it.
    [System.Text.RegularExpressions.GeneratedRegex(@"^[-–+•]?\s*(?:Căn\s+cứ|Thực\s+hiện|Trên\s+cơ\s+sở|Kính\s+gửi)\s", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex BodyLead();
}
