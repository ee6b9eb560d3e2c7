using System.IO.Compression;
using System.Text;

namespace Directives.Testing.Hostile;

/// <summary>
/// DOCX packages written part by part with <see cref="ZipArchive"/>, so that a test can build what no Word would save
/// (and what the Open XML SDK itself could not build: 20,000 nested elements overflow it while writing, too).
/// </summary>
public static class RawDocx
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    const string MainType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    const string FootnotesType = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml";

    /// <summary>A package whose main part (at <paramref name="mainPart"/>) holds this body XML; extra parts added as given.</summary>
    public static byte[] WithBody(string bodyXml, string mainPart = "word/document.xml", string? footnotesXml = null,
        IEnumerable<(string Name, byte[] Bytes)>? extraParts = null, CompressionLevel level = CompressionLevel.Optimal)
        => Package(Encoding.UTF8.GetBytes($"<w:document xmlns:w=\"{W}\"><w:body>{bodyXml}</w:body></w:document>"), mainPart, footnotesXml, extraParts, level);

    public static byte[] Package(byte[] mainXml, string mainPart = "word/document.xml", string? footnotesXml = null,
        IEnumerable<(string Name, byte[] Bytes)>? extraParts = null, CompressionLevel level = CompressionLevel.Optimal)
        => Package(s => s.Write(mainXml), mainPart, footnotesXml, extraParts, level);

    /// <summary>A package whose main part is streamed by <paramref name="writeMain"/> (for parts too large to hold in memory).</summary>
    public static byte[] Package(Action<Stream> writeMain, string mainPart = "word/document.xml", string? footnotesXml = null,
        IEnumerable<(string Name, byte[] Bytes)>? extraParts = null, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var overrides = $"<Override PartName=\"/{mainPart}\" ContentType=\"{MainType}\"/>"
                + (footnotesXml is null ? "" : $"<Override PartName=\"/word/footnotes.xml\" ContentType=\"{FootnotesType}\"/>");
            Add(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" + overrides + "</Types>");
            Add(zip, "_rels/.rels", Relationships(("officeDocument", mainPart)));
            using (var main = zip.CreateEntry(mainPart, level).Open()) writeMain(main);
            if (footnotesXml is not null)
            {
                var folder = Path.GetDirectoryName(mainPart)!.Replace('\\', '/');
                Add(zip, $"{folder}/_rels/{Path.GetFileName(mainPart)}.rels", Relationships(("footnotes", "footnotes.xml")));
                Add(zip, "word/footnotes.xml", $"<w:footnotes xmlns:w=\"{W}\">{footnotesXml}</w:footnotes>");
            }
            foreach (var (name, bytes) in extraParts ?? []) Add(zip, name, bytes, level);
        }
        return buffer.ToArray();
    }

    public static string Paragraph(string text) => $"<w:p><w:r><w:t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(text)}</w:t></w:r></w:p>";

    /// <summary>An element nested <paramref name="depth"/> times around <paramref name="inner"/>.</summary>
    public static string Nested(string open, string close, int depth, string inner) =>
        string.Concat(Enumerable.Repeat(open, depth)) + inner + string.Concat(Enumerable.Repeat(close, depth));

    static string Relationships(params (string Type, string Target)[] relationships) =>
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + string.Concat(relationships.Select((r, i) =>
            $"<Relationship Id=\"rId{i + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{r.Type}\" Target=\"{r.Target}\"/>"))
        + "</Relationships>";

    static void Add(ZipArchive zip, string name, string xml) => Add(zip, name, Encoding.UTF8.GetBytes(xml), CompressionLevel.Optimal);

    static void Add(ZipArchive zip, string name, byte[] bytes, CompressionLevel level)
    {
        using var s = zip.CreateEntry(name, level).Open();
        s.Write(bytes);
    }
}
