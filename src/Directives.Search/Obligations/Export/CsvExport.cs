using System.Globalization;
using System.Text;

namespace Directives.Search.Obligations.Export;

/// <summary>
/// The register as CSV (RFC 4180: comma, CRLF, fields with a comma, quote or line break quoted, quotes doubled),
/// UTF-8 with a byte-order mark so Excel reads the Vietnamese letters. Days are written dd/MM/yyyy as officers read
/// them, numbers with a point.
/// </summary>
public static class CsvExport
{
    public static byte[] Write(IEnumerable<Obligation> obligations)
    {
        ArgumentNullException.ThrowIfNull(obligations);
        var sb = new StringBuilder();
        Line(sb, ObligationTable.Columns.Select(c => (object?)c.Header));
        var number = 0;
        foreach (var o in obligations) Line(sb, ObligationTable.Row(o, ++number));
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    static void Line(StringBuilder sb, IEnumerable<object?> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first) sb.Append(',');
            first = false;
            sb.Append(Field(cell));
        }
        sb.Append("\r\n");
    }

    static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>
    /// A text cell a spreadsheet would run as a formula ("=HYPERLINK(…)" quoted from a document) gets a leading
    /// apostrophe, so it shows as the text it is. Numbers are written as numbers and stay so.
    /// </summary>
    public static string Inert(string text) => text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;

    static string Field(object? cell)
    {
        var text = cell switch
        {
            null => "",
            DateOnly d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            double n => n.ToString(CultureInfo.InvariantCulture),
            string s => Inert(s),
            _ => Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "",
        };
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
