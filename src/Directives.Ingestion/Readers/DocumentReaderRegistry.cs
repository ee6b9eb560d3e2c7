using System.Runtime.ExceptionServices;
using Directives.Ingestion.Ocr;

namespace Directives.Ingestion.Readers;

/// <summary>
/// Picks the reader for a file by its extension, holds every read to <see cref="ReadLimits"/> (file size, time, text
/// kept) and turns every failure into a <see cref="DocumentReadException"/> with a code.
/// </summary>
public sealed class DocumentReaderRegistry
{

    readonly Dictionary<string, IDocumentReader> byExtension = new(StringComparer.OrdinalIgnoreCase);

    public DocumentReaderRegistry(IEnumerable<IDocumentReader> readers, ReadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(readers);
        Limits = limits ?? ReadLimits.Default;
        foreach (var reader in readers)
            foreach (var extension in reader.Extensions)
                byExtension[extension] = reader;
    }

    public static DocumentReaderRegistry Default { get; } = Create(ReadLimits.Default, PdfOcr.Default);

    /// <summary>The readers, each held to these limits.</summary>
    public static DocumentReaderRegistry WithLimits(ReadLimits limits) => Create(limits, PdfOcr.Default);

    /// <summary>The readers, with scanned pages' OCR results kept in <paramref name="cacheDirectory"/> (a folder under the index).</summary>
    public static DocumentReaderRegistry WithOcrCache(string cacheDirectory, ReadLimits? limits = null) =>
        Create(limits ?? ReadLimits.Default, new PdfOcr(new OcrOptions { CacheDirectory = cacheDirectory }));

    static DocumentReaderRegistry Create(ReadLimits limits, PdfOcr ocr) =>
        new([new TextFileReader(limits), new HtmlReader(limits), new DocxReader(limits), new PdfReader(limits, ocr), new ConvertedWordReader(limits: limits)], limits);

    public ReadLimits Limits { get; }

    public IReadOnlyCollection<string> Extensions => byExtension.Keys;

    public IDocumentReader? ForPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return byExtension.GetValueOrDefault(Path.GetExtension(path));
    }

    public ExtractedText Read(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        Reader(name);
        var info = new FileInfo(path);
        if (!info.Exists) throw new DocumentReadException("file_missing", "Không tìm thấy tệp.");
        // Never opened when empty: FIFOs and devices report 0 bytes too, and opening a FIFO waits for a writer for ever.
        if (info.Length == 0) throw ReadErrors.Empty();
        if (info.Length > Limits.MaxFileBytes) throw ReadErrors.FileTooLarge(info.Length, Limits.MaxFileBytes);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw ReadErrors.Unreadable(e);
        }
        using (stream) return Read(stream, name, cancellationToken);
    }

    /// <summary>Reads an upload or any other stream; the file name's extension picks the reader.</summary>
    public ExtractedText Read(Stream stream, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var reader = Reader(fileName);
        byte[] bytes;
        try
        {
            bytes = BoundedReadStream.ReadAll(stream, Limits.MaxFileBytes, () => ReadErrors.FileTooLarge(Limits.MaxFileBytes));
        }
        catch (IOException e)
        {
            throw ReadErrors.Unreadable(e);
        }
        if (bytes.Length == 0) throw ReadErrors.Empty();

        var result = ReadInTime(reader, bytes, fileName, cancellationToken);
        if (string.IsNullOrWhiteSpace(result.Text)) throw ReadErrors.NoText();
        return Truncated(result);
    }

    /// <summary>
    /// Runs the reader under the file timeout. Readers stop at the token between pages and parts; one stuck inside a
    /// library call is abandoned after a grace period (its input is bounded, so it ends on its own) and the caller goes on.
    /// </summary>
    ExtractedText ReadInTime(IDocumentReader reader, byte[] bytes, string fileName, CancellationToken cancellationToken)
    {
        ExtractedText Read(CancellationToken token) => reader.Read(new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: true), fileName, token);
        Exception Failed(Exception e) => ReadErrors.Failed(Path.GetExtension(fileName).TrimStart('.').ToUpperInvariant(), e);

        if (reader.ReadsInLinearTime)
        {
            try { return Read(cancellationToken); }
            catch (Exception e) when (e is not (DocumentReadException or OperationCanceledException)) { throw Failed(e); }
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Limits.FileTimeout);
        var work = Task.Run(() => Read(timeout.Token), CancellationToken.None);
        try
        {
            // A reader that does not answer cancellation gets as long again (at most 5 s more) before it is abandoned.
            var grace = TimeSpan.FromTicks(Math.Min(Limits.FileTimeout.Ticks, TimeSpan.FromSeconds(5).Ticks));
            if (!work.Wait(Limits.FileTimeout + grace, cancellationToken)) throw ReadErrors.Timeout(Limits.FileTimeout);
            return work.Result;
        }
        catch (AggregateException ae) when (ae.InnerException is { } inner)
        {
            if (inner is OperationCanceledException && !cancellationToken.IsCancellationRequested) throw ReadErrors.Timeout(Limits.FileTimeout);
            if (inner is DocumentReadException or OperationCanceledException) ExceptionDispatchInfo.Throw(inner);
            throw Failed(inner);
        }
    }

    /// <summary>Keeps the first <see cref="ReadLimits.MaxTextChars"/> characters, cut at a line end, and says so.</summary>
    ExtractedText Truncated(ExtractedText result)
    {
        if (result.Text.Length <= Limits.MaxTextChars) return result;
        var cut = result.Text.LastIndexOf('\n', Limits.MaxTextChars - 1);
        if (cut < Limits.MaxTextChars / 2) cut = Limits.MaxTextChars;
        if (char.IsHighSurrogate(result.Text[cut - 1])) cut--;
        return result with
        {
            Text = result.Text[..cut],
            Footnotes = [.. result.Footnotes.Where(f => f.Offset is null || f.Offset < cut)],
            Warnings = [.. result.Warnings, ReadErrors.TextTruncated(Limits.MaxTextChars)],
        };
    }

    IDocumentReader Reader(string fileName) => ForPath(fileName) ?? throw ReadErrors.Unsupported(Path.GetExtension(fileName), byExtension.Keys.Order());
}
