using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Directives.SampleCorpus;

public static class PdfWriter
{
    const string FontDir = "/usr/share/fonts/truetype/dejavu/";
    const double PageW = 595.28, PageH = 841.89, MarginL = 70, MarginR = 50, Top = 790, Bottom = 72;

    sealed class Ctx
    {
        public required PdfDocumentBuilder Builder;
        public required PdfDocumentBuilder.AddedFont Regular, Bold, Italic;
        public PdfPageBuilder Page = null!;
        public int PageNo;
        public double Y;
        public readonly Dictionary<(PdfDocumentBuilder.AddedFont, char), double> Widths = new();

        public void NewPage()
        {
            Page = Builder.AddPage(PageSize.A4);
            PageNo++;
            Y = Top;
            Pages.Add(Page);
        }

        public readonly List<PdfPageBuilder> Pages = new();

        /// <summary>Footers are drawn last on each page, as word processors do, so extracted text ends with them.</summary>
        public void Footers()
        {
            for (int i = 0; i < Pages.Count; i++)
            {
                string footer = $"Trang {i + 1}";
                Pages[i].AddText(footer, 9, new PdfPoint((PageW - Width(footer, 9, Regular)) / 2, 36), Regular);
            }
        }

        public double Width(string s, double size, PdfDocumentBuilder.AddedFont f)
        {
            double w = 0;
            foreach (var c in s)
            {
                if (!Widths.TryGetValue((f, c), out var cw))
                {
                    var letters = Page.MeasureText(c.ToString(), 100, new PdfPoint(0, 0), f);
                    cw = letters.Count == 0 ? 0 : (letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X) / 100.0;
                    Widths[(f, c)] = cw;
                }
                w += cw * size;
            }
            return w;
        }

        public void Ensure(double h) { if (Y - h < Bottom) NewPage(); }

        public List<string> Wrap(string text, double size, PdfDocumentBuilder.AddedFont f, double width, double firstIndent = 0)
        {
            var lines = new List<string>();
            var cur = "";
            double avail = width - firstIndent;
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                string cand = cur.Length == 0 ? word : cur + " " + word;
                if (cur.Length > 0 && Width(cand, size, f) > avail)
                {
                    lines.Add(cur);
                    cur = word;
                    avail = width;
                }
                else cur = cand;
            }
            if (cur.Length > 0) lines.Add(cur);
            return lines;
        }

        public void Text(string s, double size, PdfDocumentBuilder.AddedFont f, double x) => Page.AddText(s, size, new PdfPoint(x, Y), f);
        public void Centre(string s, double size, PdfDocumentBuilder.AddedFont f, double cx) => Text(s, size, f, cx - Width(s, size, f) / 2);
    }

    public static byte[] Write(SourceDoc d)
    {
        var b = new PdfDocumentBuilder { ArchiveStandard = PdfAStandard.None };
        b.DocumentInformation.Title = d.Title;
        b.DocumentInformation.Producer = "Directives.SampleCorpus";
        b.DocumentInformation.Creator = "Văn phòng cấp ủy";
        var ctx = new Ctx
        {
            Builder = b,
            Regular = b.AddTrueTypeFont(File.ReadAllBytes(FontDir + "DejaVuSans.ttf")),
            Bold = b.AddTrueTypeFont(File.ReadAllBytes(FontDir + "DejaVuSans-Bold.ttf")),
            Italic = b.AddTrueTypeFont(File.ReadAllBytes(FontDir + "DejaVuSans-Oblique.ttf")),
        };
        ctx.NewPage();

        // Header: committee block on the left, party name and place-date on the right.
        double leftC = MarginL + 105, rightC = 405, lead = 15;
        double y0 = ctx.Y;
        for (int i = 0; i < d.Left.Count; i++)
        {
            ctx.Y = y0 - i * lead;
            ctx.Centre(d.Left[i], 10.5, i == 1 || (i == 0 && d.Left.Count <= 3) ? ctx.Bold : ctx.Regular, leftC);
        }
        for (int i = 0; i < d.Right.Count; i++)
        {
            ctx.Y = y0 - (i == 0 ? 0 : (i + 1) * lead + 8);
            if (i == 0)
            {
                ctx.Centre(d.Right[i], 11.5, ctx.Bold, rightC);
                double w = ctx.Width(d.Right[i], 11.5, ctx.Bold);
                ctx.Page.DrawLine(new PdfPoint(rightC - w / 2 + 20, ctx.Y - 4), new PdfPoint(rightC + w / 2 - 20, ctx.Y - 4), 0.6);
            }
            else ctx.Centre(d.Right[i], 10.5, ctx.Italic, rightC);
        }
        ctx.Y = y0 - Math.Max(d.Left.Count, d.Right.Count + 2) * lead - 22;

        ctx.Centre(d.Type, 14, ctx.Bold, PageW / 2);
        ctx.Y -= 18;
        double width = PageW - MarginL - MarginR;
        foreach (var s in d.Subject)
            foreach (var l in ctx.Wrap(s, 12, ctx.Bold, width - 60))
            {
                ctx.Centre(l, 12, ctx.Bold, PageW / 2);
                ctx.Y -= 16;
            }
        ctx.Centre("-----", 11, ctx.Regular, PageW / 2);
        ctx.Y -= 26;

        const double size = 11.5, bodyLead = 16.5, indent = 28;
        var usedNotes = new List<int>();
        foreach (var block in d.Body)
        {
            switch (block)
            {
                case SourceDoc.Heading h:
                    ctx.Ensure(bodyLead * 3); // keep a heading with the start of its paragraph
                    foreach (var l in ctx.Wrap(h.Text, size, ctx.Bold, width, indent).Select((l, i) => (l, i)))
                    {
                        ctx.Ensure(bodyLead);
                        ctx.Text(l.l, size, ctx.Bold, MarginL + (l.i == 0 ? indent : 0));
                        ctx.Y -= bodyLead;
                    }
                    ctx.Y -= 3;
                    break;
                case SourceDoc.Para p:
                    string text = SourceDoc.NoteRef.Replace(p.Text, m => { usedNotes.Add(int.Parse(m.Groups[1].Value)); return $"({m.Groups[1].Value})"; });
                    var lines = ctx.Wrap(text, size, ctx.Regular, width, indent);
                    for (int i = 0; i < lines.Count; i++)
                    {
                        ctx.Ensure(bodyLead);
                        ctx.Text(lines[i], size, ctx.Regular, MarginL + (i == 0 ? indent : 0));
                        ctx.Y -= bodyLead;
                    }
                    ctx.Y -= 4;
                    break;
                case SourceDoc.Table t:
                    int cols = t.Rows.Max(r => r.Count);
                    double cw = width / cols;
                    for (int r = 0; r < t.Rows.Count; r++)
                    {
                        ctx.Ensure(bodyLead);
                        for (int c = 0; c < t.Rows[r].Count; c++)
                            ctx.Text(t.Rows[r][c], 10, r == 0 ? ctx.Bold : ctx.Regular, MarginL + c * cw + 2);
                        ctx.Page.DrawLine(new PdfPoint(MarginL, ctx.Y - 4), new PdfPoint(PageW - MarginR, ctx.Y - 4), 0.4);
                        ctx.Y -= bodyLead;
                    }
                    ctx.Y -= 6;
                    break;
            }
        }

        if (usedNotes.Count > 0)
        {
            ctx.Ensure(30);
            ctx.Page.DrawLine(new PdfPoint(MarginL, ctx.Y + 4), new PdfPoint(MarginL + 150, ctx.Y + 4), 0.5);
            ctx.Y -= 10;
            foreach (var n in usedNotes.Distinct())
                foreach (var l in ctx.Wrap($"({n}) {d.Notes[n]}", 9.5, ctx.Regular, width))
                {
                    ctx.Ensure(13);
                    ctx.Text(l, 9.5, ctx.Regular, MarginL);
                    ctx.Y -= 13;
                }
        }

        // Signature block (right) and distribution list (left), side by side.
        double need = Math.Max(d.Recv.Count * 13, d.Sign.Count * 16) + 20;
        ctx.Y -= 14;
        ctx.Ensure(need);
        double ys = ctx.Y;
        for (int i = 0; i < d.Recv.Count; i++)
        {
            ctx.Y = ys - i * 13;
            ctx.Text(d.Recv[i], i == 0 ? 10.5 : 9.5, i == 0 ? ctx.Bold : ctx.Regular, MarginL);
        }
        for (int i = 0; i < d.Sign.Count; i++)
        {
            ctx.Y = ys - i * 16;
            if (d.Sign[i].Length == 0) continue;
            bool bold = i < 2 || i == d.Sign.Count - 1;
            ctx.Centre(d.Sign[i], 11.5, d.Sign[i].StartsWith('(') ? ctx.Italic : bold ? ctx.Bold : ctx.Regular, 420);
        }
        ctx.Footers();
        return FixId(b.Build());
    }

    /// <summary>PdfDocumentBuilder writes a random /ID; replace it (same length) by a hash of the file so runs are repeatable.</summary>
    static byte[] FixId(byte[] pdf)
    {
        string s = System.Text.Encoding.Latin1.GetString(pdf);
        var m = System.Text.RegularExpressions.Regex.Match(s, @"/ID \[ ?<([0-9A-Fa-f]{32})> ?<([0-9A-Fa-f]{32})>");
        if (!m.Success) return pdf;
        var zeroed = System.Text.Encoding.Latin1.GetBytes(s.Remove(m.Index, m.Length).Insert(m.Index, new string('0', m.Length)));
        byte[] hash = System.Text.Encoding.ASCII.GetBytes(Convert.ToHexString(System.Security.Cryptography.MD5.HashData(zeroed)));
        hash.CopyTo(pdf, m.Groups[1].Index);
        hash.CopyTo(pdf, m.Groups[2].Index);
        return pdf;
    }
}
