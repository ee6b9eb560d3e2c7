using System.IO.Compression;

namespace Directives.Ingestion.Readers;

/// <summary>
/// Inflates every Flate stream of a PDF into a counter before PdfPig sees the file, so a stream that would decode to
/// a gigabyte is refused after <see cref="ReadLimits.MaxPdfStreamBytes"/> without ever being held in memory.
/// Image streams are skipped: reading text never decodes them.
/// </summary>
internal static class PdfStreamGuard
{
    /// <summary>How far before "stream" its dictionary may start.</summary>
    const int DictionaryWindow = 4096;

    public static void Check(byte[] file, ReadLimits limits, CancellationToken cancellationToken)
    {
        ReadOnlySpan<byte> pdf = file;
        var scratch = new byte[81920];
        var at = 0;
        while (true)
        {
            var found = pdf[at..].IndexOf("stream"u8);
            if (found < 0) return;
            var keyword = at + found;
            at = keyword + 6;
            if (keyword >= 3 && pdf.Slice(keyword - 3, 3).SequenceEqual("end"u8)) continue;
            var start = at;
            if (start < pdf.Length && pdf[start] == '\r') start++;
            if (start < pdf.Length && pdf[start] == '\n') start++;
            else if (start == at) continue; // "stream" inside some other word or string
            var end = pdf[start..].IndexOf("endstream"u8);
            end = end < 0 ? pdf.Length : start + end;
            var dictionaryStart = Math.Max(0, keyword - DictionaryWindow);
            var dictionary = pdf[dictionaryStart..keyword];
            var lastObj = dictionary.LastIndexOf("obj"u8);
            if (lastObj >= 0) dictionary = dictionary[lastObj..];
            at = end;
            if (dictionary.IndexOf("/Image"u8) >= 0 || dictionary.IndexOf("/Fl"u8) < 0) continue;
            cancellationToken.ThrowIfCancellationRequested();
            Inflate(new MemoryStream(file, start, end - start, writable: false), limits.MaxPdfStreamBytes, scratch);
        }
    }

    static void Inflate(MemoryStream data, long limit, byte[] scratch)
    {
        try
        {
            using var inflater = new BoundedReadStream(new ZLibStream(data, CompressionMode.Decompress),
                limit, () => ReadErrors.PdfStreamTooLarge(limit));
            while (inflater.Read(scratch, 0, scratch.Length) > 0) { }
        }
        catch (InvalidDataException)
        {
            // A damaged stream decodes to less, not more: PdfPig judges it.
        }
    }
}
