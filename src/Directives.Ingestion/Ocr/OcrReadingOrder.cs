namespace Directives.Ingestion.Ocr;

/// <summary>
/// Rebuilds the lines of a recognised page in the order the text readers give them. Tesseract often reads the two
/// columns of the party header as one line ("ĐẢNG BỘ TỈNH …   ĐẢNG CỘNG SẢN VIỆT NAM"); a gap of several letter
/// heights splits such a line, and the header's left column (committee, number) is put before its right column
/// (motto, place and date), as a reader of the DOCX header table takes them in.
/// </summary>
internal static class OcrReadingOrder
{
    const double ColumnGap = 3.5;

    sealed record Segment(List<OcrWord> Words)
    {
        public int Left => Words.Min(w => w.Left);
        public int Right => Words.Max(w => w.Right);
        public double Middle => Words.Average(w => w.Top + w.Height / 2.0);
        // Tesseract's Vietnamese model gives the Icelandic Ð/ð for Đ/đ now and then; Vietnamese has no other use for them.
        public string Text => string.Join(' ', Words.Select(w => w.Text)).Replace('Ð', 'Đ').Replace('ð', 'đ');
    }

    public static IReadOnlyList<string> Lines(IReadOnlyList<OcrWord> words, int pageWidth)
    {
        var segments = words
            .GroupBy(w => (w.Block, w.Paragraph, w.Line))
            .SelectMany(line => Split([.. line.OrderBy(w => w.Left)]))
            .Where(s => s.Text.Any(char.IsLetterOrDigit) || s.Text.Contains('*'))
            .OrderBy(s => s.Middle)
            .ToList();
        if (segments.Count == 0) return [];

        var centre = pageWidth > 0 ? pageWidth / 2.0 : (segments.Min(s => s.Left) + segments.Max(s => s.Right)) / 2.0;
        // The header zone: the top lines that sit wholly in one half of the page, until a line crosses the middle.
        var zone = segments.TakeWhile(s => s.Right < centre || s.Left > centre).ToList();
        var left = zone.Where(s => s.Right < centre).ToList();
        var right = zone.Where(s => s.Left > centre).ToList();
        if (left.Count == 0 || right.Count == 0) return [.. segments.Select(s => s.Text)];
        return [.. left.Concat(right).Concat(segments.Skip(zone.Count)).Select(s => s.Text)];
    }

    static IEnumerable<Segment> Split(List<OcrWord> line)
    {
        var height = line.Select(w => w.Height).Order().ElementAt(line.Count / 2);
        var current = new List<OcrWord>();
        foreach (var word in line)
        {
            if (current.Count > 0 && word.Left - current[^1].Right > ColumnGap * height)
            {
                yield return new Segment(current);
                current = [];
            }
            current.Add(word);
        }
        if (current.Count > 0) yield return new Segment(current);
    }
}
