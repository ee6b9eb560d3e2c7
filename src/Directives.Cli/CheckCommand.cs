using System.Text.Json;
using Directives.Core.Checking;
using Directives.Core.Extraction;
using Directives.Ingestion.Checking;
using Directives.Ingestion.Pipeline;
using Directives.Ingestion.Readers;
using Directives.Search.Graph;
using Directives.Search.Index;

namespace Directives.Cli;

/// <summary>`check FILE`: every reference of a draft checked against the corpus graph (or the authority file alone), findings on stdout.</summary>
static class CheckCommand
{
    public static int Run(string file, string indexOption, string? docxOut, bool referencesList, bool json, string? organization)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"error: no file {file}");
            return 2;
        }
        if (docxOut is not null && !file.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
        {
            Console.Error.WriteLine("error: --docx-out needs a DOCX draft.");
            return 2;
        }
        var indexPath = WorkspacePaths.Resolve(indexOption);
        DocumentIndex? index = null;
        try
        {
            ICitationLookup lookup;
            if (Directory.Exists(indexPath))
            {
                index = new DocumentIndex(indexPath, readOnly: true);
                lookup = new GraphCitationLookup(new CitationGraph(index).Current());
            }
            else
            {
                Console.Error.WriteLine($"note: no index at {indexPath}; checking against the authority file only.");
                lookup = new AuthorityLookup();
            }
            var bytes = File.ReadAllBytes(file);
            CheckedDraft draft;
            try
            {
                using var stream = new MemoryStream(bytes);
                draft = DraftCheck.FromStream(stream, Path.GetFileName(file), lookup, organization);
            }
            catch (DocumentReadException e)
            {
                Console.Error.WriteLine($"error ({e.Code}): {e.Message}");
                return 1;
            }
            if (json) Console.WriteLine(JsonSerializer.Serialize(draft.Report, ExtractionJson.Options));
            else Print(draft);
            if (docxOut is not null)
            {
                var (docx, anchored) = DraftCheck.Annotate(bytes, draft, referencesList);
                File.WriteAllBytes(docxOut, docx);
                Console.Error.WriteLine($"wrote {docxOut}: {anchored} comment(s)");
            }
            return draft.Report.Findings.Any(f => f.Severity == Severities.Error) ? 3 : 0;
        }
        finally
        {
            index?.Dispose();
        }
    }

    static void Print(CheckedDraft draft)
    {
        var text = FileExtraction.InputFor(draft.Read, draft.Report.Source).Text;
        foreach (var f in draft.Report.Findings)
        {
            var line = text.AsSpan(0, f.Start).Count('\n') + 1;
            Console.WriteLine($"{f.Severity,-7} {f.Code,-18} line {line}: “{f.Surface.ReplaceLineEndings(" ")}”");
            Console.WriteLine($"        {f.Message}");
        }
        Console.WriteLine($"{draft.Report.References.Count} reference(s), {draft.Report.Findings.Count} finding(s).");
        if (draft.Report.ReferenceList.Count == 0) return;
        Console.WriteLine();
        Console.WriteLine("Tài liệu trích dẫn");
        for (var i = 0; i < draft.Report.ReferenceList.Count; i++) Console.WriteLine($"{i + 1}. {draft.Report.ReferenceList[i]}");
    }
}
