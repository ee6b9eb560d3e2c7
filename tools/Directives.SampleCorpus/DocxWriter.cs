using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Directives.SampleCorpus;

public static class DocxWriter
{
    static readonly DateTime Fixed = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static byte[] Write(SourceDoc d)
    {
        using var ms = new MemoryStream();
        using (var pkg = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            pkg.PackageProperties.Title = d.Title;
            pkg.PackageProperties.Creator = "Văn phòng cấp ủy";
            pkg.PackageProperties.Created = Fixed;
            pkg.PackageProperties.Modified = Fixed;
            pkg.PackageProperties.LastModifiedBy = "Văn phòng cấp ủy";

            var main = pkg.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
            styles.Styles = new Styles(
                new DocDefaults(
                    new RunPropertiesDefault(new RunPropertiesBaseStyle(
                        new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" },
                        new FontSize { Val = "28" }, new Languages { Val = "vi-VN" })),
                    new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                        new SpacingBetweenLines { After = "60", Line = "288", LineRule = LineSpacingRuleValues.Auto }))),
                new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });

            var body = new Body();
            body.Append(HeaderTable(d));
            body.Append(Para(d.Type, JustificationValues.Center, bold: true, size: 30, before: 240));
            foreach (var s in d.Subject) body.Append(Para(s, JustificationValues.Center, bold: true, size: 28));
            body.Append(Para("-----", JustificationValues.Center, size: 24, after: 200));

            var notesUsed = new List<int>();
            foreach (var b in d.Body)
            {
                switch (b)
                {
                    case SourceDoc.Heading h:
                        body.Append(Para(h.Text, JustificationValues.Both, bold: true, indent: true));
                        break;
                    case SourceDoc.Para p:
                        body.Append(BodyPara(p.Text, d, notesUsed));
                        break;
                    case SourceDoc.Table t:
                        body.Append(BodyTable(t));
                        body.Append(Para("", JustificationValues.Left));
                        break;
                }
            }
            body.Append(SignatureTable(d));
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1701U, Right = 1134U, Header = 720U, Footer = 720U, Gutter = 0U }));
            main.Document = new Document(body);

            if (notesUsed.Count > 0)
            {
                var fp = main.AddNewPart<FootnotesPart>("rIdFootnotes");
                var fns = new Footnotes(
                    new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                    new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
                foreach (var n in notesUsed)
                {
                    fns.Append(new Footnote(new Paragraph(
                        new ParagraphProperties(new Justification { Val = JustificationValues.Both }),
                        new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }, new FontSize { Val = "22" }), new FootnoteReferenceMark()),
                        new Run(new RunProperties(new FontSize { Val = "22" }), new Text(" " + d.Notes[n]) { Space = SpaceProcessingModeValues.Preserve })))
                    { Id = n });
                }
                fp.Footnotes = fns;
                var settings = main.AddNewPart<DocumentSettingsPart>("rIdSettings");
                settings.Settings = new Settings(new FootnoteDocumentWideProperties(
                    new FootnoteSpecialReference { Id = -1 }, new FootnoteSpecialReference { Id = 0 }));
            }
        }
        return Normalise(ms.ToArray());
    }

    static Paragraph Para(string text, JustificationValues just, bool bold = false, bool italic = false, bool underline = false,
        int size = 28, int before = 0, int after = 0, bool indent = false)
    {
        var pp = new ParagraphProperties(new SpacingBetweenLines { Before = before.ToString(), After = after.ToString() }, new Justification { Val = just });
        if (indent) pp.Append(new Indentation { FirstLine = "567" });
        var p = new Paragraph(pp);
        if (text.Length > 0) p.Append(MakeRun(text, bold, italic, underline, size));
        return p;
    }

    static Run MakeRun(string text, bool bold, bool italic, bool underline, int size)
    {
        var rp = new RunProperties();
        if (bold) rp.Append(new Bold());
        if (italic) rp.Append(new Italic());
        if (underline) rp.Append(new Underline { Val = UnderlineValues.Single });
        rp.Append(new FontSize { Val = size.ToString() });
        return new Run(rp, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    static Paragraph BodyPara(string text, SourceDoc d, List<int> notesUsed)
    {
        var p = new Paragraph(new ParagraphProperties(
            new SpacingBetweenLines { Before = "0", After = "120" },
            new Indentation { FirstLine = "567" },
            new Justification { Val = JustificationValues.Both }));
        int pos = 0;
        foreach (Match m in SourceDoc.NoteRef.Matches(text))
        {
            if (m.Index > pos) p.Append(MakeRun(text[pos..m.Index], false, false, false, 28));
            int n = int.Parse(m.Groups[1].Value);
            if (!d.Notes.ContainsKey(n)) throw new FormatException($"footnote [^{n}] has no text");
            notesUsed.Add(n);
            p.Append(new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReference { Id = n }));
            pos = m.Index + m.Length;
        }
        if (pos < text.Length) p.Append(MakeRun(text[pos..], false, false, false, 28));
        return p;
    }

    static TableProperties Borderless() => new(
        new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
        new TableBorders(
            new TopBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None },
            new LeftBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
            new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None }),
        new TableLayout { Type = TableLayoutValues.Fixed });

    static TableCell Cell(int width, IEnumerable<Paragraph> paras)
    {
        var c = new TableCell(new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa }));
        var any = false;
        foreach (var p in paras) { c.Append(p); any = true; }
        if (!any) c.Append(new Paragraph());
        return c;
    }

    static Table HeaderTable(SourceDoc d)
    {
        var left = d.Left.Select((l, i) => Para(l, JustificationValues.Center, bold: i == 1 || (i == 0 && d.Left.Count <= 3), size: 26));
        var right = new List<Paragraph>();
        for (int i = 0; i < d.Right.Count; i++)
        {
            if (i == 0) right.Add(Para(d.Right[i], JustificationValues.Center, bold: true, underline: true, size: 30));
            else right.Add(Para(d.Right[i], JustificationValues.Center, italic: true, size: 28, before: 240));
        }
        var t = new Table(Borderless(), new TableGrid(new GridColumn { Width = "4000" }, new GridColumn { Width = "5100" }));
        t.Append(new TableRow(Cell(4000, left), Cell(5100, right)));
        return t;
    }

    static Table SignatureTable(SourceDoc d)
    {
        var left = d.Recv.Select((l, i) => i == 0
            ? Para(l, JustificationValues.Left, bold: true, italic: true, size: 24, before: 240)
            : Para(l, JustificationValues.Left, size: 22));
        var right = d.Sign.Select((l, i) => Para(l, JustificationValues.Center, bold: i < 2 || i == d.Sign.Count - 1, italic: l.StartsWith('('), size: 28, before: i == 0 ? 240 : 0));
        var t = new Table(Borderless(), new TableGrid(new GridColumn { Width = "4300" }, new GridColumn { Width = "4800" }));
        t.Append(new TableRow(Cell(4300, left), Cell(4800, right)));
        return t;
    }

    static Table BodyTable(SourceDoc.Table tb)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4U }, new BottomBorder { Val = BorderValues.Single, Size = 4U },
            new LeftBorder { Val = BorderValues.Single, Size = 4U }, new RightBorder { Val = BorderValues.Single, Size = 4U },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U });
        var t = new Table(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, border));
        int cols = tb.Rows.Max(r => r.Count);
        int w = 9000 / cols;
        t.Append(new TableGrid(Enumerable.Range(0, cols).Select(_ => new GridColumn { Width = w.ToString() })));
        for (int r = 0; r < tb.Rows.Count; r++)
        {
            var row = new TableRow();
            for (int c = 0; c < cols; c++)
            {
                string txt = c < tb.Rows[r].Count ? tb.Rows[r][c] : "";
                row.Append(Cell(w, new[] { Para(txt, c == 0 ? JustificationValues.Left : JustificationValues.Center, bold: r == 0, size: 24) }));
            }
            t.Append(row);
        }
        return t;
    }

    /// <summary>Rewrites the zip with fixed timestamps and stable relationship ids so that every run gives the same bytes.</summary>
    static byte[] Normalise(byte[] docx)
    {
        using var input = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        // System.IO.Packaging names the core-properties part after a random guid; use a stable one.
        string? oldGuid = null, newGuid = null;
        foreach (var e in input.Entries)
        {
            var m = Regex.Match(e.FullName, @"core-properties/([0-9a-f]{32})\.psmdcp$");
            if (!m.Success) continue;
            oldGuid = m.Groups[1].Value;
            using var cs = e.Open();
            using var cm = new MemoryStream();
            cs.CopyTo(cm);
            newGuid = Convert.ToHexString(System.Security.Cryptography.MD5.HashData(cm.ToArray())).ToLowerInvariant();
        }
        using var outMs = new MemoryStream();
        using (var output = new ZipArchive(outMs, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var e in input.Entries)
            {
                using var s = e.Open();
                using var buf = new MemoryStream();
                s.CopyTo(buf);
                byte[] data = buf.ToArray();
                if (e.FullName.EndsWith(".rels", StringComparison.Ordinal) || e.FullName == "[Content_Types].xml")
                {
                    int k = 0;
                    var xml = Encoding.UTF8.GetString(data);
                    xml = Regex.Replace(xml, @"Id=""R[0-9a-fA-F]{8,}""", _ => $"Id=\"rIdPkg{++k}\"");
                    if (oldGuid != null) xml = xml.Replace(oldGuid, newGuid);
                    data = Encoding.UTF8.GetBytes(xml);
                }
                string name = oldGuid != null ? e.FullName.Replace(oldGuid, newGuid) : e.FullName;
                var ne = output.CreateEntry(name, CompressionLevel.Optimal);
                ne.LastWriteTime = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using var os = ne.Open();
                os.Write(data);
            }
        }
        return outMs.ToArray();
    }
}
