using System.Text;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig;

namespace Directives.SampleCorpus;

/// <summary>Opens every generated file with the same libraries the ingestion uses and prints what comes out.</summary>
public static class Check
{
    public static int Run(string dir)
    {
        foreach (var f in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).OrderBy(x => x, StringComparer.Ordinal))
        {
            string rel = Path.GetRelativePath(dir, f);
            string result;
            try
            {
                switch (Path.GetExtension(f))
                {
                    case ".pdf":
                        using (var pdf = PdfDocument.Open(f))
                        {
                            var text = string.Concat(pdf.GetPages().Select(p => p.Text));
                            var snippet = text.Length > 90 ? text[..90] : text;
                            result = $"ok: {pdf.NumberOfPages} page(s), {text.Length} chars, NFC {text.IsNormalized(NormalizationForm.FormC)}, title '{pdf.Information.Title}', text '{snippet}'";
                        }
                        break;
                    case ".docx":
                        using (var doc = WordprocessingDocument.Open(f, false))
                        {
                            var text = doc.MainDocumentPart!.Document.Body!.InnerText;
                            int notes = doc.MainDocumentPart.FootnotesPart?.Footnotes.ChildElements.Count ?? 0;
                            result = $"ok: {text.Length} chars, title '{doc.PackageProperties.Title}', footnotes {Math.Max(0, notes - 2)}";
                        }
                        break;
                    default:
                        var bytes = File.ReadAllBytes(f);
                        if (bytes.Length == 0) { result = "empty"; break; }
                        try
                        {
                            new UTF8Encoding(false, true).GetString(bytes);
                            result = $"ok: utf-8, {bytes.Length} bytes";
                        }
                        catch (DecoderFallbackException) { result = $"not utf-8 ({bytes.Length} bytes)"; }
                        break;
                }
            }
            catch (Exception e)
            {
                result = $"REFUSED {e.GetType().Name}: {e.Message.Split('\n')[0]}";
            }
            Console.WriteLine($"{rel}: {result}");
        }
        return 0;
    }
}
