using System.IO.Compression;
using System.Xml;

namespace Directives.Ingestion.Readers;

/// <summary>
/// Checks a DOCX package against <see cref="ReadLimits"/> before the Open XML SDK sees it: parts count, each part's
/// real inflated size and compression ratio, and XML nesting depth, streamed with an <see cref="XmlReader"/> so
/// nothing is built in memory. The SDK builds its element tree recursively; 20,000 nested elements overflow the
/// stack, and a stack overflow ends the process in .NET — it cannot be caught, so it must never start.
/// </summary>
internal static class OpcPackageGuard
{
    /// <summary>Parts smaller than this are too small to hurt, whatever their ratio (small XML compresses well).</summary>
    const long RatioFloor = 1024 * 1024;

    static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true, CloseInput = false,
    };

    public static void Check(byte[] package, ReadLimits limits, CancellationToken cancellationToken)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            throw ReadErrors.DocxCorrupt(e.Message, e);
        }
        using (zip)
        {
            if (zip.Entries.Count > limits.MaxParts) throw ReadErrors.DocxTooManyParts(zip.Entries.Count, limits.MaxParts);
            long xmlTotal = 0;
            foreach (var entry in zip.Entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var name = entry.FullName;
                if (entry.Length > limits.MaxPartBytes) throw ReadErrors.DocxPartTooLarge(name, limits.MaxPartBytes);
                CheckRatio(name, entry.Length, entry.CompressedLength, limits);
                var xml = LooksLikeXml(entry);
                long size;
                try
                {
                    using var bounded = new BoundedReadStream(entry.Open(), limits.MaxPartBytes, () => ReadErrors.DocxPartTooLarge(name, limits.MaxPartBytes));
                    size = xml ? CheckXml(bounded, name, limits, cancellationToken) : bounded.Drain();
                    if (xml) xmlTotal += size;
                }
                catch (InvalidDataException e)
                {
                    throw ReadErrors.DocxCorrupt($"phần {name} không giải nén được: {e.Message}", e);
                }
                CheckRatio(name, size, entry.CompressedLength, limits);
                if (xmlTotal > limits.MaxPackageBytes) throw ReadErrors.DocxPackageTooLarge(limits.MaxPackageBytes);
            }
        }
    }

    static void CheckRatio(string name, long size, long compressed, ReadLimits limits)
    {
        if (size < RatioFloor) return;
        var ratio = size / Math.Max(1, compressed);
        if (ratio > limits.MaxCompressionRatio) throw ReadErrors.DocxCompressionRatio(name, ratio, limits.MaxCompressionRatio);
    }

    /// <summary>Any part the SDK may parse as XML, whatever its name claims; images and other binaries never start with '&lt;'.</summary>
    static bool LooksLikeXml(ZipArchiveEntry entry)
    {
        using var s = entry.Open();
        Span<byte> head = stackalloc byte[8];
        var n = s.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var start = head[..n];
        if (start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) start = start[3..];
        start = start.TrimStart((ReadOnlySpan<byte>)[0x20, 0x09, 0x0D, 0x0A]);
        return start.Length > 0 && start[0] == (byte)'<' || start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
    }

    /// <summary>Streams the part, failing at the first element deeper than the limit; returns its inflated size.</summary>
    static long CheckXml(BoundedReadStream part, string name, ReadLimits limits, CancellationToken cancellationToken)
    {
        try
        {
            using var reader = XmlReader.Create(part, Settings);
            var nodes = 0;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth >= limits.MaxXmlDepth)
                    throw ReadErrors.DocxNestingTooDeep(name, limits.MaxXmlDepth);
                if (++nodes % 65536 == 0) cancellationToken.ThrowIfCancellationRequested();
            }
        }
        catch (XmlException)
        {
            // Not well-formed (or a DTD): the SDK stops at the same spot, no deeper than checked so far, and says so itself.
        }
        return part.Drain();
    }
}
