using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Directives.Benchmarks.Corpus;

/// <summary>A generated document as an A4 PDF in a TrueType font with Vietnamese glyphs, wrapped by character count.</summary>
public static class BenchPdf
{
    const double Left = 60, Top = 790, Bottom = 72, Leading = 14, Size = 10.5;
    const int LineChars = 88;

    public static (byte[] Content, int Pages) Write(GeneratedDocument d, byte[] font)
    {
        var builder = new PdfDocumentBuilder();
        var f = builder.AddTrueTypeFont(font);
        PdfPageBuilder? page = null;
        var y = Bottom;
        var pages = 0;
        foreach (var block in BenchDocx.Blocks(d.Text))
        {
            foreach (var line in Wrap(block.TrimEnd()))
            {
                if (page is null || y - Leading < Bottom)
                {
                    page = builder.AddPage(PageSize.A4);
                    pages++;
                    y = Top;
                }
                if (line.Length > 0) page.AddText(line, Size, new PdfPoint(Left, y), f);
                y -= Leading;
            }
            y -= Leading / 2;
        }
        return (builder.Build(), pages);
    }

    static IEnumerable<string> Wrap(string text)
    {
        var line = new System.Text.StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > LineChars)
            {
                yield return line.ToString();
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        yield return line.ToString();
    }
}
