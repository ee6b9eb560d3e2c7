using System.Globalization;
using System.Text;
using UglyToad.PdfPig.Content;

namespace Directives.Ingestion.Readers;

/// <summary>Rebuilds the lines of one PDF page from its glyphs: same baseline → one line, top to bottom, left to right.</summary>
internal static class PdfLineBuilder
{
    const double ColumnGap = 4;

    sealed record Glyph(Letter Letter, string Value)
    {
        public double X => Letter.StartBaseLine.X;
        public double Y => Letter.StartBaseLine.Y;
        public double Size => Letter.PointSize > 0 ? Letter.PointSize : Math.Max(Letter.FontSize, 1);
    }

    public static List<string> Lines(IReadOnlyList<Letter> letters)
    {
        var lines = new List<(double Y, double Size, List<Glyph> Glyphs)>();
        foreach (var glyph in AttachMarks(letters).OrderByDescending(g => g.Y))
        {
            var index = lines.FindIndex(l => Math.Abs(l.Y - glyph.Y) <= 0.4 * Math.Max(l.Size, glyph.Size));
            if (index < 0) lines.Add((glyph.Y, glyph.Size, [glyph]));
            else lines[index].Glyphs.Add(glyph);
        }
        return [.. lines.OrderByDescending(l => l.Y).SelectMany(l => Segments(l.Glyphs)).Where(s => s.Length > 0)];
    }

    /// <summary>
    /// Combining marks drawn as glyphs of their own ("a" + U+0301) join the letter drawn just before them,
    /// so sorting by position cannot separate them and NFC can compose them.
    /// </summary>
    static List<Glyph> AttachMarks(IReadOnlyList<Letter> letters)
    {
        var glyphs = new List<Glyph>(letters.Count);
        foreach (var letter in letters)
        {
            if (string.IsNullOrEmpty(letter.Value)) continue;
            if (IsMark(letter.Value) && glyphs.Count > 0 && !string.IsNullOrWhiteSpace(glyphs[^1].Value))
                glyphs[^1] = glyphs[^1] with { Value = glyphs[^1].Value + letter.Value };
            else glyphs.Add(new Glyph(letter, letter.Value));
        }
        return glyphs;
    }

    /// <summary>
    /// One baseline can hold several columns (the party header: committee on the left, motto and date on the
    /// right); a gap wider than a few characters starts a new line rather than a space.
    /// </summary>
    static IEnumerable<string> Segments(List<Glyph> glyphs)
    {
        var sb = new StringBuilder();
        double? end = null;
        var space = false;
        foreach (var g in glyphs.OrderBy(g => g.X))
        {
            if (string.IsNullOrWhiteSpace(g.Value))
            {
                space = true;
                continue;
            }
            var gap = end is { } e ? g.X - e : 0;
            if (sb.Length > 0 && gap > ColumnGap * g.Size)
            {
                yield return Finish(sb);
                sb.Clear();
            }
            else if (sb.Length > 0 && (space || gap > 0.2 * g.Size)) sb.Append(' ');
            sb.Append(g.Value);
            end = Math.Max(end ?? double.MinValue, g.Letter.EndBaseLine.X);
            space = false;
        }
        if (sb.Length > 0) yield return Finish(sb);
    }

    static string Finish(StringBuilder sb) => sb.ToString().Normalize(NormalizationForm.FormC).Trim();

    static bool IsMark(string value) =>
        value.All(c => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);
}
