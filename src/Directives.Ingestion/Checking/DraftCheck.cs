using Directives.Core.Checking;
using Directives.Core.Extraction;
using Directives.Ingestion.Pipeline;
using Directives.Ingestion.Readers;
using Directives.Ingestion.Writing;

namespace Directives.Ingestion.Checking;

/// <summary>A draft read and checked: the text the reader produced and the checker's report.</summary>
public sealed record CheckedDraft(ExtractedText Read, CheckReport Report);

/// <summary>Reads a draft (DOCX, TXT, or any format the readers know), checks it, and writes the findings back into a DOCX.</summary>
public static class DraftCheck
{
    /// <summary>Reads and checks a file; throws <see cref="DocumentReadException"/> when it cannot be read.</summary>
    public static CheckedDraft FromStream(Stream stream, string fileName, ICitationLookup lookup, string? organization = null, string? date = null,
        DocumentReaderRegistry? readers = null, CancellationToken cancellationToken = default)
        => Check((readers ?? DocumentReaderRegistry.Default).Read(stream, fileName, cancellationToken), fileName, lookup, organization, date);

    public static CheckedDraft FromText(string text, string source, ICitationLookup lookup, string? organization = null, string? date = null)
        => Check(new ExtractedText { Text = Core.Text.VietnameseText.Normalize(text), Format = "txt" }, source, lookup, organization, date);

    static CheckedDraft Check(ExtractedText read, string source, ICitationLookup lookup, string? organization, string? date)
    {
        var input = FileExtraction.InputFor(read, source);
        var extraction = Extractor.Extract(input);
        var scope = new DraftScope(organization ?? extraction.Organization, date ?? extraction.Document?.Date);
        return new CheckedDraft(read, DraftChecker.Check(extraction, input.Text, lookup, scope));
    }

    /// <summary>The DOCX with one comment per finding (text order) and, on request, the reference list appended.</summary>
    public static (byte[] Docx, int Anchored) Annotate(byte[] docx, CheckedDraft draft, bool referenceList)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var comments = draft.Report.Findings.Select(f => new DocxComment(f.Start, f.End, Comment(f))).ToList();
        return DocxAnnotator.Annotate(docx, draft.Read.Text, comments, referenceList ? draft.Report.ReferenceList : null);
    }

    static string Comment(Finding f) => f.Suggestion is { } s && !f.Message.Contains(s, StringComparison.Ordinal)
        ? $"{f.Message} Nên viết: {s}"
        : f.Message;
}
