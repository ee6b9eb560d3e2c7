using System.Globalization;
using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Directives.Ingestion.Tests;

/// <summary>PDFs built for the tests: text pages with running header/footer, a scan-like page, an encrypted file.</summary>
internal static class PdfFixture
{
    public const string RunningHeader = "TỈNH ỦY TRÀ VINH - Kế hoạch 121-KH/TU";
    public const string RunningFooter = "Cổng thông tin điện tử Đảng bộ tỉnh";

    /// <summary>Pages of body lines; each page gets the running header, footer and "Trang n/N".</summary>
    public static byte[] TextPages(IReadOnlyList<string[]> pages, bool decomposed = false, bool furniture = true)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(RepositoryPaths.VietnameseFont());
        for (var i = 0; i < pages.Count; i++)
        {
            var page = builder.AddPage(PageSize.A4);
            if (furniture) page.AddText(RunningHeader, 9, new PdfPoint(60, 800), font);
            var y = 760.0;
            foreach (var line in pages[i])
            {
                page.AddText(decomposed ? line.Normalize(NormalizationForm.FormD) : line, 12, new PdfPoint(60, y), font);
                y -= 18;
            }
            if (!furniture) continue;
            page.AddText(RunningFooter, 9, new PdfPoint(60, 40), font);
            page.AddText(string.Create(CultureInfo.InvariantCulture, $"Trang {i + 1}/{pages.Count}"), 9, new PdfPoint(500, 40), font);
        }
        return builder.Build();
    }

    /// <summary>Texts placed at (x, y) on one page, for layouts such as the two-column party header.</summary>
    public static byte[] Placed(params (string Text, double X, double Y)[] texts) => PlacedPages([texts]);

    /// <summary>Several pages of placed texts.</summary>
    public static byte[] PlacedPages(IReadOnlyList<(string Text, double X, double Y)[]> pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(RepositoryPaths.VietnameseFont());
        foreach (var texts in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            foreach (var (text, x, y) in texts) page.AddText(text, 12, new PdfPoint(x, y), font);
        }
        return builder.Build();
    }

    public static byte[] RectangleOnly()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.DrawRectangle(new PdfPoint(50, 50), 400, 600, 2, fill: true);
        return builder.Build();
    }

    /// <summary>A one-page PDF whose trailer names a standard security handler (RC4 40-bit) with an owner and user password.</summary>
    public static byte[] Encrypted()
    {
        var o = new string('A', 64);
        var u = new string('B', 64);
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> >>",
            "<< /Length 0 >>\nstream\n\nendstream",
            $"<< /Filter /Standard /V 1 /R 2 /O <{o}> /U <{u}> /P -44 >>",
        ];
        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(sb.ToString()));
            sb.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = Encoding.ASCII.GetByteCount(sb.ToString());
        sb.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) sb.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        sb.Append(CultureInfo.InvariantCulture,
            $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<{new string('1', 32)}> <{new string('1', 32)}>] >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }
}
