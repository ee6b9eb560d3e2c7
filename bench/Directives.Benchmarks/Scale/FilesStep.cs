using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Directives.Ingestion.Readers;

namespace Directives.Benchmarks.Scale;

/// <summary>
/// PDF text extraction, pages/s: our reader (PdfPig, reading order, page furniture removed) against poppler's
/// pdftotext on the same files, one file at a time on one core each. DOCX paragraphs/s: our reader against walking
/// the paragraphs with the Open XML SDK alone.
/// </summary>
public static class FilesStep
{
    public static void Run(ScaleContext ctx)
    {
        var pdfs = Directory.Exists(ctx.Corpus.Files) ? Directory.EnumerateFiles(ctx.Corpus.Files, "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(ctx.Quick ? 20 : 300).ToList() : [];
        var docx = Directory.Exists(ctx.Corpus.Files) ? Directory.EnumerateFiles(ctx.Corpus.Files, "*.docx", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(ctx.Quick ? 20 : 300).ToList() : [];
        if (pdfs.Count > 0)
        {
            foreach (var f in pdfs.Take(3)) DocumentReaderRegistry.Default.Read(f);
            var pages = 0;
            var sw = Stopwatch.StartNew();
            foreach (var f in pdfs) pages += DocumentReaderRegistry.Default.Read(f).PageCount ?? 0;
            var ours = pages / sw.Elapsed.TotalSeconds;
            sw.Restart();
            foreach (var f in pdfs) PdfToText(f);
            var poppler = pages / sw.Elapsed.TotalSeconds;
            ctx.Set("pdf.files", pdfs.Count);
            ctx.Set("pdf.pages", pages);
            ctx.Set("pdf.ours.pages_s", ours);
            ctx.Set("pdf.pdftotext.pages_s", poppler);
            ctx.Set("pdf.ratio", ours / poppler);
        }
        if (docx.Count > 0)
        {
            foreach (var f in docx.Take(3)) DocumentReaderRegistry.Default.Read(f);
            var paragraphs = docx.Sum(f => Paragraphs(f).Count());
            var sw = Stopwatch.StartNew();
            foreach (var f in docx) DocumentReaderRegistry.Default.Read(f);
            var ours = paragraphs / sw.Elapsed.TotalSeconds;
            sw.Restart();
            foreach (var f in docx) foreach (var _ in Paragraphs(f)) { }
            var sdk = paragraphs / sw.Elapsed.TotalSeconds;
            ctx.Set("docx.files", docx.Count);
            ctx.Set("docx.ours.paragraphs_s", ours);
            ctx.Set("docx.sdk.paragraphs_s", sdk);
            ctx.Set("docx.ratio", ours / sdk);
        }
    }

    static IEnumerable<string> Paragraphs(string file)
    {
        using var doc = WordprocessingDocument.Open(file, false);
        foreach (var p in doc.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>()) yield return p.InnerText;
    }

    static void PdfToText(string file)
    {
        var psi = new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", file, "-"]) { RedirectStandardOutput = true, UseShellExecute = false };
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("pdftotext (poppler-utils) is not installed");
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
    }
}
