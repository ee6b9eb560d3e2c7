using Directives.Core.Extraction;
using Directives.Ingestion.Pipeline;

namespace Directives.Cli;

/// <summary>`extract FILE...`: one contract JSON object per file, JSON Lines on stdout.</summary>
static class ExtractCommand
{
    public static int Run(IReadOnlyList<string> files)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        var failed = false;
        foreach (var file in files)
        {
            var result = FileExtraction.FromFile(file, file);
            failed |= result.Error is not null;
            Console.Out.WriteLine(ExtractionJson.Line(result));
        }
        return failed ? 1 : 0;
    }
}
