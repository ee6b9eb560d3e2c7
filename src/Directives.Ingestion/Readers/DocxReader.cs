using System.Text;
using System.Text.RegularExpressions;
using Directives.Core.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Directives.Ingestion.Readers;

/// <summary>Word (Office Open XML) documents: body and tables in reading order, the party header table, footnotes and endnotes.</summary>
public sealed partial class DocxReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".docx"];

    public ExtractedText Read(Stream stream, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes is [0xD0, 0xCF, 0x11, 0xE0, ..])
            throw new DocumentReadException(HasUtf16(bytes, "EncryptionInfo")
                ? "DOCX is password-protected (encrypted); remove the password in Word and save again"
                : "DOCX is an old binary Word (.doc) file with a .docx name; save it as .docx");
        if (bytes is not [0x50, 0x4B, ..]) throw new DocumentReadException("DOCX is corrupt: not a valid zip/OPC package");

        buffer.Position = 0;
        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(buffer, false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new DocumentReadException($"DOCX is corrupt: not a valid zip/OPC package ({ex.Message})", ex);
        }
        using (document)
        {
            try
            {
                return Extract(document, cancellationToken);
            }
            catch (Exception ex) when (ex is System.IO.InvalidDataException or OpenXmlPackageException or System.Xml.XmlException)
            {
                throw new DocumentReadException($"DOCX is corrupt: a part cannot be read ({ex.Message})", ex);
            }
        }
    }

    static ExtractedText Extract(WordprocessingDocument document, CancellationToken cancellationToken)
    {
        var body = document.MainDocumentPart?.Document?.Body
            ?? throw new DocumentReadException("DOCX is corrupt: it has no main document body");
        var paragraphs = new DocxParagraphText();
        var lines = new List<string>();
        var header = new List<string>();
        var blocksSeen = 0;
        foreach (var block in body.ChildElements)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (block is Table table && header.Count == 0 && blocksSeen < 3 && IsHeaderTable(table))
            {
                AddHeaderTable(table, paragraphs, header);
                lines.AddRange(header);
                blocksSeen++;
                continue;
            }
            var before = lines.Count;
            AddBlock(block, paragraphs, lines);
            if (lines.Count > before) blocksSeen++;
        }

        var notes = ReadNotes(document);
        var (text, footnotes) = PlaceNoteMarkers(VietnameseText.Normalize(string.Join('\n', lines)), paragraphs.NoteReferences, notes);
        var title = document.PackageProperties.Title;
        return new ExtractedText
        {
            Text = text,
            Format = "docx",
            Title = string.IsNullOrWhiteSpace(title) ? null : VietnameseText.Normalize(title.Trim()),
            HeaderBlock = [.. header.Select(l => VietnameseText.Normalize(l).Replace(DocxParagraphText.NotePlaceholder.ToString(), ""))],
            Footnotes = footnotes,
            PageHeaders = PageHeaderLines(document),
        };
    }

    /// <summary>The text of the header parts (w:hdr), where Word documents often carry the "MẬT" stamp.</summary>
    static List<string> PageHeaderLines(WordprocessingDocument document)
    {
        var walker = new DocxParagraphText();
        return [.. (document.MainDocumentPart?.HeaderParts ?? [])
            .SelectMany(part => part.Header?.Descendants<Paragraph>() ?? [])
            .Select(p => VietnameseText.Normalize(Clean(walker.Of(p))))
            .Where(line => line.Length > 0)];
    }

    static void AddBlock(OpenXmlElement block, DocxParagraphText paragraphs, List<string> lines)
    {
        switch (block)
        {
            case Paragraph p:
                foreach (var line in paragraphs.Of(p).Split('\n'))
                    if (Clean(line) is { Length: > 0 } clean) lines.Add(clean);
                break;
            case Table t:
                foreach (var row in t.Elements<TableRow>())
                    foreach (var cell in row.Elements<TableCell>())
                        AddBlock(cell, paragraphs, lines);
                break;
            case SectionProperties:
                break;
            default:
                foreach (var child in block.ChildElements) AddBlock(child, paragraphs, lines);
                break;
        }
    }

    /// <summary>Left column (committee, number) before right column (motto, place and date), as a reader takes them in.</summary>
    static void AddHeaderTable(Table table, DocxParagraphText paragraphs, List<string> lines)
    {
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().ToList()).ToList();
        foreach (var row in rows.Where(r => r.Count > 0)) AddBlock(row[0], paragraphs, lines);
        foreach (var cell in rows.SelectMany(r => r.Skip(1))) AddBlock(cell, paragraphs, lines);
    }

    static string Clean(string line) => MultipleSpaces().Replace(line, " ").Trim();

    static bool IsHeaderTable(Table table)
    {
        var rows = table.Elements<TableRow>().ToList();
        if (rows.Count is 0 or > 6 || !rows.Any(r => r.Elements<TableCell>().Count() == 2)) return false;
        var text = VietnameseText.Normalize(string.Join('\n', table.Descendants<Paragraph>().Select(new DocxParagraphText().Of)));
        return HeaderCue().IsMatch(text);
    }

    static Dictionary<(bool Endnote, long Id), string> ReadNotes(WordprocessingDocument document)
    {
        var notes = new Dictionary<(bool, long), string>();
        var walker = new DocxParagraphText();
        IEnumerable<(bool, long?, OpenXmlElement)> all =
        [
            .. document.MainDocumentPart?.FootnotesPart?.Footnotes?.Elements<DocumentFormat.OpenXml.Wordprocessing.Footnote>()
                .Select(f => (false, f.Id?.Value, (OpenXmlElement)f)) ?? [],
            .. document.MainDocumentPart?.EndnotesPart?.Endnotes?.Elements<Endnote>()
                .Select(e => (true, e.Id?.Value, (OpenXmlElement)e)) ?? [],
        ];
        foreach (var (endnote, id, note) in all)
        {
            if (id is not { } key) continue;
            var text = string.Join(' ', note.Elements<Paragraph>().Select(walker.Of).Select(Clean).Where(s => s.Length > 0));
            notes[(endnote, key)] = VietnameseText.Normalize(text).Replace(DocxParagraphText.NotePlaceholder.ToString(), "");
        }
        return notes;
    }

    static (string Text, IReadOnlyList<Readers.Footnote> Notes) PlaceNoteMarkers(
        string text, IReadOnlyList<(bool Endnote, long Id)> references, Dictionary<(bool, long), string> notes)
    {
        var sb = new StringBuilder(text.Length + references.Count * 4);
        var footnotes = new List<Readers.Footnote>();
        int reference = 0, footnoteNumber = 0, endnoteNumber = 0;
        foreach (var c in text)
        {
            if (c != DocxParagraphText.NotePlaceholder)
            {
                sb.Append(c);
                continue;
            }
            var (endnote, id) = references[reference++];
            var marker = endnote ? Roman(++endnoteNumber) : (++footnoteNumber).ToString(System.Globalization.CultureInfo.InvariantCulture);
            footnotes.Add(new Readers.Footnote(marker, notes.GetValueOrDefault((endnote, id), ""), sb.Length));
            sb.Append('[').Append(marker).Append(']');
        }
        return (sb.ToString(), footnotes);
    }

    /// <summary>Word numbers endnotes i, ii, iii… by default.</summary>
    static string Roman(int n)
    {
        (int Value, string Digits)[] table = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")];
        var sb = new StringBuilder();
        foreach (var (value, digits) in table)
            for (; n >= value; n -= value) sb.Append(digits);
        return sb.ToString();
    }

    static bool HasUtf16(ReadOnlySpan<byte> bytes, string name) =>
        bytes.IndexOf(Encoding.Unicode.GetBytes(name)) >= 0;

    [GeneratedRegex(@"ĐẢNG|ỦY|UỶ|ỦY BAN|CỘNG HÒA|CỘNG HOÀ|\bSố\b|ngày\s+\d+\s+tháng", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderCue();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex MultipleSpaces();
}
