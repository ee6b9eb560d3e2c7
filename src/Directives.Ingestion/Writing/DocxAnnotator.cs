using System.Text.RegularExpressions;
using Directives.Core.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Directives.Ingestion.Writing;

/// <summary>A comment to anchor on a span of the text the DOCX reader produced (<see cref="Readers.DocxReader"/>).</summary>
public sealed record DocxComment(int Start, int End, string Message);

/// <summary>
/// Writes the checker's findings back into the draft: a Word comment on the exact runs of each span (runs are split at
/// the span's ends, keeping their formatting; nothing else is touched), and on request a reference list appended at the
/// end under the heading "Tài liệu trích dẫn".
/// </summary>
public static partial class DocxAnnotator
{
    public const string Author = "Directives";
    public const string ReferenceListHeading = "Tài liệu trích dẫn";

    /// <param name="docx">The uploaded draft.</param>
    /// <param name="readText">The text the reader produced from it; comment spans are offsets into this text.</param>
    /// <returns>The annotated DOCX and how many comments could be anchored.</returns>
    public static (byte[] Docx, int Anchored) Annotate(byte[] docx, string readText, IReadOnlyList<DocxComment> comments, IReadOnlyList<string>? referenceList = null)
    {
        ArgumentNullException.ThrowIfNull(docx);
        ArgumentNullException.ThrowIfNull(readText);
        ArgumentNullException.ThrowIfNull(comments);
        using var stream = new MemoryStream();
        stream.Write(docx);
        stream.Position = 0;
        var anchored = 0;
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var main = document.MainDocumentPart ?? throw new InvalidDataException("The DOCX has no main document part.");
            var body = main.Document?.Body ?? throw new InvalidDataException("The DOCX has no body.");
            var commentsPart = main.WordprocessingCommentsPart ?? main.AddNewPart<WordprocessingCommentsPart>();
            commentsPart.Comments ??= new Comments();
            var nextId = commentsPart.Comments.Elements<Comment>()
                .Select(c => int.TryParse(c.Id?.Value, out var n) ? n : 0).DefaultIfEmpty(-1).Max() + 1;

            foreach (var comment in comments.OrderBy(c => c.Start))
            {
                if (comment.Start < 0 || comment.End > readText.Length || comment.End <= comment.Start) continue;
                var needle = Needle(readText, comment.Start, comment.End);
                if (needle.Length == 0) continue;
                var occurrence = Occurrences(readText, needle, comment.Start);
                var map = new DocxTextMap(body);
                if (map.Find(needle, occurrence) is not { } span) continue;
                if (!Anchor(map, span.Start, span.End, nextId)) continue;
                commentsPart.Comments.Append(CommentFor(nextId, comment.Message));
                nextId++;
                anchored++;
            }
            if (referenceList is { Count: > 0 }) AppendReferenceList(body, referenceList);
            commentsPart.Comments.Save();
            main.Document.Save();
        }
        return (stream.ToArray(), anchored);
    }

    /// <summary>The span's text up to its first line break, with spaces as the map writes them.</summary>
    static string Needle(string text, int start, int end)
    {
        var span = text[start..end];
        var line = span.IndexOf('\n') is var nl and >= 0 ? span[..nl] : span;
        return Spaces().Replace(line, " ").Trim();
    }

    /// <summary>How many times the needle occurs in the read text before the span: the same occurrence is found in the document.</summary>
    static int Occurrences(string text, string needle, int before)
    {
        var folded = Spaces().Replace(text[..Math.Min(before + needle.Length, text.Length)], " ");
        var count = 0;
        for (var at = folded.IndexOf(needle, StringComparison.Ordinal); at >= 0 && at < folded.Length; at = folded.IndexOf(needle, at + 1, StringComparison.Ordinal))
            count++;
        return Math.Max(0, count - 1);
    }

    static bool Anchor(DocxTextMap map, int start, int end, int id)
    {
        // Narrow the span to characters that come from run text.
        while (start < end && map.Origin(start).Element is null) start++;
        while (end > start && map.Origin(end - 1).Element is null) end--;
        if (start >= end) return false;
        var (lastText, lastOffset) = map.Origin(end - 1);
        var (firstText, firstOffset) = map.Origin(start);
        var startRun = SplitBefore(firstText!, firstOffset);
        // Splitting inside the text that also holds the span's end moves that end into the new run.
        if (ReferenceEquals(lastText, firstText) && firstOffset > 0)
            (lastText, lastOffset) = (startRun.Elements<Text>().First(), lastOffset - firstOffset);
        var endRun = SplitAfter(lastText!, lastOffset);
        var commentId = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        startRun.InsertBeforeSelf(new CommentRangeStart { Id = commentId });
        var rangeEnd = endRun.InsertAfterSelf(new CommentRangeEnd { Id = commentId });
        rangeEnd.InsertAfterSelf(new Run(new RunProperties(new RunStyle { Val = "CommentReference" }), new CommentReference { Id = commentId }));
        return true;
    }

    /// <summary>Splits the run so that the character at <paramref name="offset"/> of <paramref name="text"/> begins a run; returns that run.</summary>
    static Run SplitBefore(Text text, int offset)
    {
        var run = (Run)text.Parent!;
        if (offset == 0)
            return text.ElementsBefore().Any(e => e is not RunProperties) ? MoveToNewRun(run, [text, .. text.ElementsAfter()], null) : run;
        var rest = new Text(text.Text[offset..]) { Space = SpaceProcessingModeValues.Preserve };
        text.Text = text.Text[..offset];
        text.Space = SpaceProcessingModeValues.Preserve;
        return MoveToNewRun(run, [.. text.ElementsAfter()], rest);
    }

    /// <summary>Splits the run after the character at <paramref name="offset"/> of <paramref name="text"/>; returns the run that ends with it.</summary>
    static Run SplitAfter(Text text, int offset)
    {
        var run = (Run)text.Parent!;
        if (offset + 1 < text.Text.Length) SplitBefore(text, offset + 1);
        else if (text.ElementsAfter().Any()) MoveToNewRun(run, [.. text.ElementsAfter()], null);
        return run;
    }

    /// <summary>A new run right after <paramref name="run"/>, with its formatting, holding <paramref name="head"/> and the moved elements.</summary>
    static Run MoveToNewRun(Run run, List<OpenXmlElement> moved, Text? head)
    {
        var right = new Run();
        if (run.RunProperties is { } props) right.Append(props.CloneNode(true));
        if (head is not null) right.Append(head);
        foreach (var e in moved)
        {
            e.Remove();
            right.Append(e);
        }
        run.InsertAfterSelf(right);
        return right;
    }

    static Comment CommentFor(int id, string message) => new(
        new Paragraph(
            new Run(new RunProperties(new RunStyle { Val = "CommentReference" }), new AnnotationReferenceMark()),
            new Run(new Text(VietnameseText.Normalize(message)) { Space = SpaceProcessingModeValues.Preserve })))
    {
        Id = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Author = Author,
        Initials = "DR",
        Date = DateTime.UtcNow,
    };

    static void AppendReferenceList(Body body, IReadOnlyList<string> list)
    {
        var anchor = body.Elements<SectionProperties>().LastOrDefault();
        var paragraphs = new List<Paragraph>
        {
            new(new ParagraphProperties(new KeepNext()),
                new Run(new RunProperties(new Bold()), new Text(ReferenceListHeading))),
        };
        for (var i = 0; i < list.Count; i++)
            paragraphs.Add(new Paragraph(new Run(new Text($"{i + 1}. {VietnameseText.Normalize(list[i])}") { Space = SpaceProcessingModeValues.Preserve })));
        foreach (var p in paragraphs)
        {
            if (anchor is null) body.Append(p);
            else anchor.InsertBeforeSelf(p);
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
