using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;

namespace Directives.Ingestion.Tests.Scans;

/// <summary>
/// Photocopy-like scans of PDFs the tests write: each page rasterised by pdftoppm at 200 dpi (grey), turned by a
/// slight angle, speckled with noise and softened, and placed as an image on an otherwise empty PDF page.
/// </summary>
internal static class ScanFixture
{
    public static byte[] Scan(byte[] textPdf, double angleDegrees, int seed)
    {
        var builder = new PdfDocumentBuilder();
        foreach (var png in Pages(textPdf, angleDegrees, seed)) AddImagePage(builder, png);
        return builder.Build();
    }

    /// <summary>A page holding nothing but a scanned image.</summary>
    public static void AddImagePage(PdfDocumentBuilder builder, byte[] png)
    {
        var page = builder.AddPage(PageSize.A4);
        page.AddPng(png, new PdfRectangle(0, 0, page.PageSize.Width, page.PageSize.Height));
    }

    /// <summary>Each page of the PDF as a scanned greyscale PNG.</summary>
    public static List<byte[]> Pages(byte[] textPdf, double angleDegrees, int seed, int dpi = 200)
    {
        using var temp = new TempDirectory();
        var input = temp.Write("text.pdf", textPdf);
        var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true };
        foreach (var a in new[] { "-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", input, Path.Combine(temp.Path, "p") })
            start.ArgumentList.Add(a);
        using (var process = Process.Start(start)!)
        {
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
        }
        var random = new Random(seed);
        var pages = new List<byte[]>();
        foreach (var file in Directory.GetFiles(temp.Path, "p*.pgm").Order(StringComparer.Ordinal))
        {
            var (width, height, pixels) = ReadPgm(File.ReadAllBytes(file));
            pages.Add(Png(width, height, Photocopy(width, height, pixels, angleDegrees, random)));
        }
        return pages;
    }

    static (int Width, int Height, byte[] Pixels) ReadPgm(byte[] pgm)
    {
        // "P5\n<width> <height>\n255\n" then one byte per pixel.
        var fields = new List<string>();
        var i = 0;
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)pgm[i])) i++;
            var s = i;
            while (!char.IsWhiteSpace((char)pgm[i])) i++;
            fields.Add(Encoding.ASCII.GetString(pgm, s, i - s));
        }
        i++;
        int width = int.Parse(fields[1], CultureInfo.InvariantCulture), height = int.Parse(fields[2], CultureInfo.InvariantCulture);
        return (width, height, pgm.AsSpan(i, width * height).ToArray());
    }

    /// <summary>Rotation about the centre (bilinear), a 3×3 blur, then noise: dark specks, light drop-outs and grain.</summary>
    static byte[] Photocopy(int width, int height, byte[] source, double angleDegrees, Random random)
    {
        var angle = angleDegrees * Math.PI / 180;
        double cos = Math.Cos(angle), sin = Math.Sin(angle), cx = width / 2.0, cy = height / 2.0;
        var rotated = new byte[source.Length];
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                var sx = cos * (x - cx) + sin * (y - cy) + cx;
                var sy = -sin * (x - cx) + cos * (y - cy) + cy;
                rotated[y * width + x] = Sample(source, width, height, sx, sy);
            }
        var result = new byte[source.Length];
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                var sum = 0;
                for (var dy = -1; dy <= 1; dy++)
                    for (var dx = -1; dx <= 1; dx++)
                        sum += rotated[Math.Clamp(y + dy, 0, height - 1) * width + Math.Clamp(x + dx, 0, width - 1)] * (dx == 0 && dy == 0 ? 4 : 1);
                var value = sum / 12.0 + (random.NextDouble() - 0.5) * 28;
                var speck = random.NextDouble();
                if (speck < 0.0005) value = 40;
                else if (speck > 0.9995) value = 245;
                result[y * width + x] = (byte)Math.Clamp(value, 0, 255);
            }
        return result;
    }

    static byte Sample(byte[] pixels, int width, int height, double x, double y)
    {
        if (x < 0 || y < 0 || x >= width - 1 || y >= height - 1) return 255;
        int x0 = (int)x, y0 = (int)y;
        double fx = x - x0, fy = y - y0;
        double top = pixels[y0 * width + x0] * (1 - fx) + pixels[y0 * width + x0 + 1] * fx;
        double bottom = pixels[(y0 + 1) * width + x0] * (1 - fx) + pixels[(y0 + 1) * width + x0 + 1] * fx;
        return (byte)Math.Round(top * (1 - fy) + bottom * fy);
    }

    /// <summary>An 8-bit greyscale PNG: IHDR, one zlib IDAT of unfiltered rows, IEND.</summary>
    static byte[] Png(int width, int height, byte[] pixels)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth; colour type 0 (grey), default compression, filter, no interlace
        Chunk(png, "IHDR", header);
        using var data = new MemoryStream();
        using (var zlib = new ZLibStream(data, CompressionLevel.Fastest, leaveOpen: true))
            for (var y = 0; y < height; y++)
            {
                zlib.WriteByte(0);
                zlib.Write(pixels, y * width, width);
            }
        Chunk(png, "IDAT", data.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(length, Crc32(typed));
        png.Write(length);
    }

    static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
