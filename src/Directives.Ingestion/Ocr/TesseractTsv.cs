using System.Globalization;

namespace Directives.Ingestion.Ocr;

/// <summary>A recognised word with its box in pixels, the block/paragraph/line Tesseract put it in, and its confidence.</summary>
internal sealed record OcrWord(int Block, int Paragraph, int Line, int Left, int Top, int Width, int Height, double Confidence, string Text)
{
    public int Right => Left + Width;
    public int Bottom => Top + Height;
}

/// <summary>Parses Tesseract's TSV output (level, page, block, par, line, word, left, top, width, height, conf, text).</summary>
internal static class TesseractTsv
{
    public static (IReadOnlyList<OcrWord> Words, int PageWidth) Parse(string tsv)
    {
        var words = new List<OcrWord>();
        var pageWidth = 0;
        foreach (var row in tsv.Split('\n'))
        {
            var f = row.TrimEnd('\r').Split('\t');
            if (f.Length < 12 || !int.TryParse(f[0], CultureInfo.InvariantCulture, out var level)) continue;
            if (level == 1) pageWidth = Int(f[8]);
            if (level != 5 || string.IsNullOrWhiteSpace(f[11])) continue;
            words.Add(new OcrWord(Int(f[2]), Int(f[3]), Int(f[4]), Int(f[6]), Int(f[7]), Int(f[8]), Int(f[9]),
                double.Parse(f[10], CultureInfo.InvariantCulture), f[11].Trim()));
        }
        return (words, pageWidth);
    }

    static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);
}
