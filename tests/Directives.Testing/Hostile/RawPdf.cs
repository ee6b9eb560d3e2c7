using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Directives.Testing.Hostile;

/// <summary>
/// PDFs written object by object (with a correct cross-reference table), so a test can put anything in a content
/// stream: text in Helvetica, garbage, or a Flate stream that inflates to hundreds of megabytes.
/// </summary>
public static class RawPdf
{
    /// <summary>Pages, each drawing its content stream, written as given under <paramref name="filter"/> (e.g. "/FlateDecode"); Helvetica as /F1.</summary>
    public static byte[] WithPages(IReadOnlyList<byte[]> contents, string? filter = null)
    {
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii($"<< /Type /Pages /Kids [{string.Join(' ', contents.Select((_, i) => $"{4 + 2 * i} 0 R"))}] /Count {contents.Count} >>"),
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
        };
        foreach (var content in contents)
        {
            var page = objects.Count + 1;
            objects.Add(Ascii($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {page + 1} 0 R /Resources << /Font << /F1 3 0 R >> >> >>"));
            objects.Add(Stream(content, filter));
        }
        return Write(objects);
    }

    /// <summary>One page of Helvetica lines (ASCII: Vietnamese written without marks, as in old e-mails).</summary>
    public static byte[] Text(params string[] lines)
    {
        var sb = new StringBuilder("BT /F1 12 Tf 14 TL 72 760 Td\n");
        foreach (var line in lines) sb.Append('(').Append(line.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)")).Append(") Tj T*\n");
        return WithPages([Ascii(sb.Append("ET").ToString())]);
    }

    /// <summary>A zlib (Flate) stream that inflates to <paramref name="size"/> bytes of <paramref name="unit"/> repeated, built without holding them.</summary>
    public static byte[] DeflatedRepeat(byte[] unit, long size)
    {
        using var output = new MemoryStream();
        using (var z = new ZLibStream(output, CompressionLevel.Fastest)) Repeat(z, unit, size);
        return output.ToArray();
    }

    /// <summary>Writes <paramref name="unit"/> again and again until <paramref name="size"/> bytes are written.</summary>
    public static void Repeat(Stream to, byte[] unit, long size)
    {
        var chunk = new byte[Math.Max(unit.Length, 65536 / unit.Length * unit.Length)];
        for (var i = 0; i < chunk.Length; i++) chunk[i] = unit[i % unit.Length];
        for (long written = 0; written < size; written += chunk.Length) to.Write(chunk, 0, (int)Math.Min(chunk.Length, size - written));
    }

    public static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var z = new ZLibStream(output, CompressionLevel.Fastest)) z.Write(data);
        return output.ToArray();
    }

    static byte[] Stream(byte[] data, string? filter) =>
        [.. Ascii($"<< /Length {data.Length}{(filter is null ? "" : " /Filter " + filter)} >>\nstream\n"), .. data, .. Ascii("\nendstream")];

    static byte[] Write(List<byte[]> objects)
    {
        using var pdf = new MemoryStream();
        pdf.Write(Ascii("%PDF-1.4\n"));
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            pdf.Write(Ascii($"{i + 1} 0 obj\n"));
            pdf.Write(objects[i]);
            pdf.Write(Ascii("\nendobj\n"));
        }
        var xref = pdf.Position;
        var table = new StringBuilder().Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Ascii(table.ToString()));
        return pdf.ToArray();
    }

    static byte[] Ascii(string s) => Encoding.ASCII.GetBytes(s);
}
