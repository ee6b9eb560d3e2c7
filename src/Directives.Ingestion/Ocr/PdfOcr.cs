using System.Collections.Concurrent;
using Directives.Ingestion.External;
using Directives.Ingestion.Readers;

namespace Directives.Ingestion.Ocr;

/// <summary>
/// Recognises the pages of a PDF that have no text layer: each page rasterised by pdftoppm and read by Tesseract
/// (TSV output: words with boxes and confidence), pages in parallel up to the core count. A machine-wide limit keeps
/// the number of Tesseract processes at the core count however many files are ingested at once, and they run at
/// lower priority, so OCR never starves the search or the ingest of other files.
/// </summary>
public sealed class PdfOcr(OcrOptions options)
{
    public const string Packages = "tesseract-ocr tesseract-ocr-vie poppler-utils";

    static readonly SemaphoreSlim Slots = new(Environment.ProcessorCount);

    readonly OcrCache cache = new(options.CacheDirectory, options);

    public static PdfOcr Default { get; } = new(new OcrOptions());

    public OcrOptions Options => options;

    /// <summary>The given pages (1-based), recognised or read from the cache, in page order.</summary>
    public IReadOnlyList<OcrPage> Recognize(byte[] pdf, IReadOnlyList<int> pages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(pages);
        var cached = cache.Load(pdf, out var key);
        if (cached is not null && pages.All(p => cached.Any(c => c.Number == p)))
            return [.. cached.Where(c => pages.Contains(c.Number)).OrderBy(c => c.Number)];

        var (pdftoppm, tesseract) = Tools();
        var work = Directory.CreateTempSubdirectory("directives-ocr-");
        try
        {
            var input = Path.Combine(work.FullName, "in.pdf");
            File.WriteAllBytes(input, pdf);
            var results = new ConcurrentBag<OcrPage>();
            Parallel.ForEach(pages, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
                page => results.Add(RecognizePage(pdftoppm, tesseract, input, page, cancellationToken)));
            var recognised = results.OrderBy(p => p.Number).ToList();
            cache.Save(key, recognised);
            return recognised;
        }
        catch (AggregateException e) when (e.InnerExceptions.FirstOrDefault(x => x is DocumentReadException or OperationCanceledException) is { } first)
        {
            throw first;
        }
        finally
        {
            try { work.Delete(recursive: true); } catch (IOException) { }
        }
    }

    OcrPage RecognizePage(string pdftoppm, string tesseract, string input, int page, CancellationToken cancellationToken)
    {
        Slots.Wait(cancellationToken);
        try
        {
            var number = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var image = Path.Combine(Path.GetDirectoryName(input)!, "p" + number);
            var dpi = options.Dpi.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Check(ExternalProcess.Run(pdftoppm, ["-r", dpi, "-gray", "-png", "-f", number, "-l", number, "-singlefile", input, image],
                options.PageTimeout, cancellationToken), "pdftoppm", page);
            // One thread per Tesseract process: the parallelism is across pages, and the cores are shared with search.
            var tsv = Check(ExternalProcess.Run(tesseract, [image + ".png", "stdout", "-l", options.Language, "--psm", "3", "--dpi", dpi, "tsv"],
                options.PageTimeout, cancellationToken, new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = "1" }), "tesseract", page);
            File.Delete(image + ".png");
            var (words, width) = TesseractTsv.Parse(tsv);
            var confident = words.Where(w => w.Confidence >= 0).ToList();
            return new OcrPage(page, OcrReadingOrder.Lines(words, width),
                confident.Count == 0 ? 0 : Math.Round(confident.Average(w => w.Confidence), 1), confident.Count);
        }
        catch (TimeoutException e)
        {
            throw new DocumentReadException("ocr_timeout", $"Nhận dạng chữ (OCR) trang {page} không xong trong thời gian cho phép: {e.Message}", e);
        }
        finally
        {
            Slots.Release();
        }
    }

    static string Check(ProcessOutput output, string tool, int page) => output.ExitCode == 0 ? output.Stdout
        : throw new DocumentReadException("ocr_failed", $"Nhận dạng chữ (OCR) trang {page} thất bại: {tool} báo lỗi {output.ExitCode}: {output.Stderr.Trim()}");

    /// <summary>Looked up on every scanned file, so installing the packages takes effect at the next ingest without a restart.</summary>
    /// <summary>OCR tools not installed: a failure the next ingest retries, never one remembered against the file.</summary>
    public const string ToolMissingCode = "ocr_tools_missing";

    (string Pdftoppm, string Tesseract) Tools()
    {
        var pdftoppm = ExternalProcess.Find("pdftoppm", options.ToolSearchPath);
        var tesseract = ExternalProcess.Find("tesseract", options.ToolSearchPath);
        if (pdftoppm is null || tesseract is null || !HasLanguage(tesseract))
            throw new DocumentReadException(ToolMissingCode,
                $"Tệp PDF là bản quét (không có lớp chữ) và máy chưa có công cụ nhận dạng chữ tiếng Việt: hãy cài các gói {Packages} (sudo apt-get install {Packages}) rồi nạp lại.");
        return (pdftoppm, tesseract);
    }

    bool HasLanguage(string tesseract)
    {
        try
        {
            var output = ExternalProcess.Run(tesseract, ["--list-langs"], TimeSpan.FromSeconds(30), CancellationToken.None);
            return (output.Stdout + "\n" + output.Stderr).Split('\n').Any(l => l.Trim() == options.Language);
        }
        catch (Exception e) when (e is TimeoutException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
