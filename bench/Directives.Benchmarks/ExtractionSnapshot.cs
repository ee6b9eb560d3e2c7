using System.Text;
using Directives.Benchmarks.Corpus;
using Directives.Core.Extraction;
using Directives.Ingestion.Pipeline;

namespace Directives.Benchmarks;

/// <summary>
/// `extract-snapshot FILE [--generated N]`: the extraction of every seed, sample-corpus file, real-shape text and N
/// generated documents (seed 7) as JSON lines, one per input, to compare byte for byte before and after a change to
/// the extractor (`cmp before.jsonl after.jsonl`).
/// </summary>
static class ExtractionSnapshot
{
    public static void Write(string path, int generated)
    {
        using var output = new StreamWriter(path, false, new UTF8Encoding(false));
        var files = Directory.EnumerateFiles(Path.Combine(Workspace.Shared, "seeds"))
            .Concat(CorpusIngestor.CorpusFiles(Path.Combine(Workspace.Root, "corpus")))
            .Concat(Directory.EnumerateFiles(Path.Combine(Workspace.Root, "tests", "real-shapes")))
            .Order(StringComparer.Ordinal);
        var count = 0;
        foreach (var file in files)
        {
            output.WriteLine(ExtractionJson.Line(FileExtraction.FromFile(file, Path.GetRelativePath(Workspace.Root, file))));
            count++;
        }
        foreach (var document in new Generator(7).Generate(generated))
        {
            output.WriteLine(ExtractionJson.Line(FileExtraction.FromText(document.Text, document.Path)));
            count++;
        }
        Console.WriteLine($"wrote {count} extractions to {path}");
    }
}
