using System.Globalization;
using Directives.Core.Authority;
using Directives.Core.Citations;
using Directives.Core.Dates;
using Directives.Core.Extraction;
using Directives.Core.Obligations;
using Directives.Core.Text;

namespace Directives.Core.Checking;

/// <summary>
/// Checks the references of a draft: for every party, named and short reference, what it resolves to, what in it
/// contradicts the resolved document (date, body, type word, subject), whether that document was replaced, whether
/// the draft writes it consistently and in full at its first mention; plus the draft's own arithmetic.
/// Only what can be shown wrong is reported: a mention that agrees with what is known gets no finding.
/// </summary>
public static class DraftChecker
{
    const double TitleOverlap = 0.4;

    public static CheckReport Check(ExtractionResult extraction, string text, ICitationLookup lookup, DraftScope? scope = null)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(lookup);
        scope ??= new DraftScope(extraction.Organization, extraction.Document?.Date);
        var references = extraction.References.Where(r => r.Category != ReferenceCategories.State).OrderBy(r => r.Start).ToList();
        // A short form or name without a term means the numbered document of the draft, when the draft cites only one term of it.
        var terms = references.Where(r => r.Citation is not null && r.Term is not null).GroupBy(r => r.Citation!)
            .Where(g => g.Select(r => r.Term).Distinct().Count() == 1).ToDictionary(g => g.Key, g => g.First().Term);
        references = references.Select(r => r.Term is null && (r.Citation ?? r.Resolved) is { } c && terms.TryGetValue(c, out var t) ? r with { Term = t } : r).ToList();
        var groups = references.GroupBy(Key).ToDictionary(g => g.Key, g => g.ToList());
        var cache = new Dictionary<(string?, string?, string?, string?), ReferenceResolution>();
        var checkedReferences = new List<CheckedReference>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<string>();

        foreach (var r in references)
        {
            var key = Key(r);
            var group = groups[key];
            var richest = group.OrderByDescending(Richness).ThenBy(m => m.Start).First();
            var date = r.Date ?? richest.Date;
            var term = r.Term ?? richest.Term;
            var citation = r.Citation ?? r.Resolved;
            var name = citation is null ? r.Name : null;
            if (!cache.TryGetValue((citation, name, date, term), out var resolution))
                cache[(citation, name, date, term)] = resolution = lookup.Resolve(citation, name, date, term, scope);

            // A title or headline names documents briefly by custom; house style starts after it.
            var first = !InFirstLine(text, r) && seen.Add(key);
            var findings = new List<Finding>();
            MentionFindings(text, r, resolution.Document, findings);
            if (first) FirstMentionFindings(extraction, text, r, group, resolution, scope, findings);
            Consistency(r, group, resolution.Document, findings);

            var full = CanonicalForm.Full(resolution.Document, richest);
            if (full is not null && listed.Add(key)) list.Add(full);
            checkedReferences.Add(new CheckedReference
            {
                Reference = r,
                Resolution = resolution,
                Findings = findings,
                CanonicalFull = full,
                CanonicalShort = CanonicalForm.Short(resolution.Document, r),
            });
        }

        var arithmetic = Arithmetic(text).ToList();
        // A total the footnote check already reported is not reported twice.
        arithmetic.AddRange(StatedFigures.Find(text).Where(f => !arithmetic.Any(a => a.Start < f.End && f.Start < a.End)));
        var all = checkedReferences.SelectMany(c => c.Findings).Concat(arithmetic)
            .OrderBy(f => f.Start).ThenBy(f => f.Code, StringComparer.Ordinal).ToList();
        return new CheckReport
        {
            Source = extraction.Source,
            Organization = scope.Organization,
            References = checkedReferences,
            Findings = all,
            ReferenceList = list.Distinct(StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>A document's identity in the draft: its number (with the term, numbers restart every term) or its name.</summary>
    static string Key(Reference r) => (r.Citation ?? r.Resolved) is { } c ? c + "@" + r.Term : "name:" + r.Name;

    static bool InFirstLine(string text, Reference r)
    {
        var firstLineEnd = text.TrimStart().Length is var trimmed && text.IndexOf('\n', text.Length - trimmed) is var nl and >= 0 ? nl : text.Length;
        return r.Start < firstLineEnd;
    }

    static int Richness(Reference r) => (r.Date is null ? 0 : 2) + (r.Body is null ? 0 : 1) + (r.Category == ReferenceCategories.Party ? 1 : 0);

    /// <summary>Date, body, type word and subject of one mention against the document it means.</summary>
    static void MentionFindings(string text, Reference r, KnownDocument? doc, List<Finding> findings)
    {
        var impossible = r.Category == ReferenceCategories.Party ? WrittenForms.ImpossibleDate(text, r.Start, r.End) : null;
        if (impossible is { } bad)
        {
            var fix = bad.Repaired is null ? "" : $"; có lẽ là {bad.Repaired}";
            findings.Add(new Finding
            {
                Code = FindingCodes.ImpossibleDate, Severity = Severities.Error,
                Message = $"Ngày “{bad.Written}” không thể có{fix}.",
                Surface = text[bad.Start..bad.End], Start = bad.Start, End = bad.End, Suggestion = bad.Repaired,
            });
        }
        if (r.Category != ReferenceCategories.Party || doc is null) return;
        var label = doc.Citation ?? r.Citation;

        // Local numbers restart with every term: a date of another term may mean another document of the same number.
        var central = r.Issuer?.EndsWith("TW", StringComparison.Ordinal) == true;
        if (impossible is null && r.Date is { } written && doc.Date is { } actual && written != actual && (central || SameTerm(written, actual)))
            findings.Add(Make(FindingCodes.DateMismatch, Severities.Error, r,
                $"Sai ngày ban hành: {label} ban hành ngày {Written(actual)}, dự thảo ghi ngày {Written(written)}.", Written(actual)));

        if (CentralBody(r.Body) is { } saidBody && CentralBody(doc.Body) is { } realBody && saidBody != realBody)
            findings.Add(Make(FindingCodes.BodyMismatch, Severities.Error, r,
                $"Sai cơ quan ban hành: {label} là văn bản của {doc.Body}, không phải của {r.Body}.", doc.Body));

        if (KindContradicts(r, doc) is { } expected)
            findings.Add(Make(FindingCodes.KindMismatch, Severities.Error, r,
                $"Sai loại văn bản: {label} là {expected}, dự thảo viết “{r.Kind}”.", expected));

        // Subjects are compared for central documents only, whose titles are known for certain.
        if (central && doc.Title is { } title && WrittenForms.Title(text, r.End) is { } said && SubjectDiffers(said.Title, title))
            findings.Add(new Finding
            {
                Code = FindingCodes.TitleMismatch, Severity = Severities.Warning,
                Message = $"Trích yếu không khớp: {label} là văn bản về “{title}”.",
                Surface = text[said.Start..said.End], Start = said.Start, End = said.End, Suggestion = title,
            });
    }

    /// <summary>Findings given once per document, at its first mention: status, house style, unknown or ambiguous numbers.</summary>
    static void FirstMentionFindings(ExtractionResult x, string text, Reference r, List<Reference> group, ReferenceResolution resolution,
        DraftScope scope, List<Finding> findings)
    {
        var doc = resolution.Document;
        var citation = r.Citation ?? r.Resolved;
        if (doc is { Status: not "in_force" } && !Acknowledged(x, text, r, doc, scope))
        {
            var by = string.Join("; ", doc.ChangedBy.Select(c => c.Citation is null ? c.Id : $"{c.Kind ?? "văn bản"} số {c.Citation}" + (IsoDate.Parse(c.Date) is { } d ? $" ngày {CanonicalForm.WrittenDate(d)}" : "")));
            var (code, severity, verb) = doc.Status switch
            {
                "replaced" => (FindingCodes.Replaced, Severities.Warning, "đã được thay thế bởi"),
                "repealed" => (FindingCodes.Repealed, Severities.Warning, "đã bị bãi bỏ bởi"),
                _ => (FindingCodes.Amended, Severities.Info, "đã được sửa đổi, bổ sung bởi"),
            };
            findings.Add(Make(code, severity, r, $"{citation} {verb} {by}; kiểm tra lại việc trích dẫn.", null));
        }

        var isCentral = citation is not null && PartyNumber.TryParse(citation, out var number) && number.Issuer.EndsWith("TW", StringComparison.Ordinal);
        if (citation is not null && r.Category is ReferenceCategories.Party or ReferenceCategories.Short)
        {
            var laterFull = group.Any(m => m.Start > r.Start && m.Date is not null && m.Body is not null);
            if (r.Date is null && r.Body is null)
                findings.Add(Make(FindingCodes.MissingFullForm, Severities.Info, r,
                    laterFull
                        ? $"Lần đầu nhắc đến {citation} nên ghi đầy đủ ngày ban hành và cơ quan ban hành (ở dưới mới ghi đầy đủ); các lần sau ghi gọn."
                        : $"Lần đầu nhắc đến {citation} nên ghi đầy đủ ngày ban hành và cơ quan ban hành; các lần sau ghi gọn.",
                    CanonicalForm.Full(doc, r)));
        }
        if (!isCentral || r.Category == ReferenceCategories.Named) return;
        if (resolution.Kind == ResolutionKinds.Ambiguous)
            findings.Add(Make(FindingCodes.Ambiguous, Severities.Warning, r,
                $"Số hiệu {citation} ứng với nhiều văn bản ({string.Join("; ", resolution.Candidates.Select(c => c.Date is null ? c.Id : $"ngày {Written(c.Date)}"))}); ghi thêm ngày ban hành hoặc khóa.", null));
        else if (resolution.Kind == ResolutionKinds.Unknown)
            findings.Add(Make(FindingCodes.UnknownDocument, Severities.Info, r,
                $"Không tìm thấy văn bản số {citation} trong kho văn bản và danh mục văn bản Trung ương; kiểm tra lại số hiệu.", null));
    }

    /// <summary>The draft itself says the document was changed ("thay thế Quy định số 07…"), or was written before the change.</summary>
    static bool Acknowledged(ExtractionResult x, string text, Reference r, KnownDocument doc, DraftScope scope)
    {
        var citation = r.Citation ?? r.Resolved;
        if (x.Relations.Any(rel => rel.To == citation && rel.Type is RelationTypes.Replaces or RelationTypes.Repeals or RelationTypes.Amends))
            return true;
        if (scope.Date is { } own && doc.ChangedBy.All(c => c.Date is { } d && string.CompareOrdinal(d, own) > 0)) return true;
        if (doc.ChangedBy.Any(c => c.Citation is not null && x.References.Any(o => o.Citation == c.Citation && Math.Abs(o.Start - r.Start) < 300)))
            return true;
        var from = Math.Max(0, r.Start - 150);
        var around = VietnameseText.Fold(text[from..Math.Min(text.Length, r.End + 150)]);
        return around.Contains("thay the", StringComparison.Ordinal) || around.Contains("bai bo", StringComparison.Ordinal)
               || around.Contains("het hieu luc", StringComparison.Ordinal) || around.Contains("sua doi", StringComparison.Ordinal);
    }

    /// <summary>The same document written with a different number spelling or a different date elsewhere in the draft.</summary>
    static void Consistency(Reference r, List<Reference> group, KnownDocument? doc, List<Finding> findings)
    {
        if (r.Category != ReferenceCategories.Party) return;
        var party = group.Where(m => m.Category == ReferenceCategories.Party).ToList();
        if (party.Count < 2) return;
        var spellings = party.Select(m => WrittenForms.Number(m.Surface)).OfType<string>().ToList();
        var written = WrittenForms.Number(r.Surface);
        var canonical = r.Citation!;
        var preferred = spellings.Contains(canonical) ? canonical : spellings.GroupBy(s => s).OrderByDescending(g => g.Count()).First().Key;
        if (written is not null && spellings.Distinct().Count() > 1 && written != preferred && written != canonical)
            findings.Add(Make(FindingCodes.InconsistentForm, Severities.Warning, r,
                $"Số hiệu viết không thống nhất: “{written}”, chỗ khác trong dự thảo viết “{preferred}”; nên viết “{canonical}”.", canonical));

        // Two dates for one document: when the document's own date is known, date_mismatch already says which is wrong.
        if (doc?.Date is null && r.Date is { } date && party.FirstOrDefault(m => m.Date is not null && m.Date != date && m.Start < r.Start) is { } earlier)
            findings.Add(Make(FindingCodes.InconsistentForm, Severities.Warning, r,
                $"{canonical} được ghi hai ngày ban hành khác nhau trong dự thảo: {Written(earlier.Date!)} và {Written(date)}.", null));
    }

    static IEnumerable<Finding> Arithmetic(string text)
    {
        foreach (var issue in ArithmeticCheck.Find(text))
        {
            var percent = issue.End < text.Length && text[issue.End..].TrimStart().StartsWith('%') || text[issue.Start..issue.End].Contains('%');
            var unit = percent ? "%" : "";
            yield return new Finding
            {
                Code = FindingCodes.Arithmetic, Severity = Severities.Error,
                Message = $"Số liệu không khớp: dự thảo ghi {Figure(issue.Stated)}{unit}, tính lại từ các số liệu trong dự thảo được {Figure(issue.Computed)}{unit}.",
                Surface = text[issue.Start..issue.End], Start = issue.Start, End = issue.End,
                Suggestion = Figure(issue.Computed) + unit,
            };
        }
    }

    static readonly NumberFormatInfo VietnameseFigures = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

    static string Figure(double value) => value.ToString("#,0.##", VietnameseFigures);

    static Finding Make(string code, string severity, Reference r, string message, string? suggestion) => new()
    {
        Code = code, Severity = severity, Message = message, Surface = r.Surface, Start = r.Start, End = r.End, Suggestion = suggestion,
    };

    static bool SameTerm(string a, string b) =>
        IsoDate.Parse(a) is { Year: >= 1977 } x && IsoDate.Parse(b) is { Year: >= 1977 } y && AuthorityFile.TermForDate(x) == AuthorityFile.TermForDate(y);

    static string Written(string iso) => IsoDate.Parse(iso) is { } d ? CanonicalForm.WrittenDate(d) : iso;

    static readonly (string Folded, string Name)[] CentralBodies =
    [
        ("ban chap hanh trung uong", "Ban Chấp hành Trung ương"), ("bo chinh tri", "Bộ Chính trị"), ("ban bi thu", "Ban Bí thư"),
    ];

    /// <summary>"Ban Chấp hành Trung ương Đảng khóa XIII" → "Ban Chấp hành Trung ương"; null for any other body.</summary>
    static string? CentralBody(string? body)
    {
        if (body is null) return null;
        var folded = VietnameseText.Fold(VietnameseText.Normalize(body)).Trim();
        foreach (var (f, name) in CentralBodies)
            if (folded.StartsWith(f, StringComparison.Ordinal) && !folded.Contains("dang bo", StringComparison.Ordinal)) return name;
        return null;
    }

    /// <summary>The type word the number or the document calls for, when the written one contradicts it.</summary>
    static string? KindContradicts(Reference r, KnownDocument doc)
    {
        if (r.Kind is null || r.Code is null) return null;
        var expected = doc.Kind ?? DocumentKinds.NameForCode(r.Code);
        if (expected is null || Same(r.Kind, expected)) return null;
        // "QĐ" numbers are Quy định as often as Quyết định; without the document's own type both are right.
        if (doc.Kind is null && r.Code == "QĐ" && (Same(r.Kind, "Quy định") || Same(r.Kind, "Quyết định"))) return null;
        if (DocumentKinds.CodeForName(r.Kind) == r.Code && doc.Kind is null) return null;
        return expected;
    }

    static bool Same(string a, string b) => VietnameseText.Fold(a) == VietnameseText.Fold(b);

    /// <summary>The written subject shares too few words with the document's own.</summary>
    static bool SubjectDiffers(string written, string actual)
    {
        var words = WrittenForms.Words(written).Take(8).ToArray();
        if (words.Length < 3) return false;
        var known = WrittenForms.Words(actual).ToHashSet(StringComparer.Ordinal);
        var shared = words.Count(known.Contains);
        return (double)shared / words.Length < TitleOverlap;
    }
}
