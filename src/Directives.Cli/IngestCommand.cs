using Directives.Ingestion.Pipeline;
using Directives.Ingestion.Readers;
using Directives.Search.Index;
using Spectre.Console;

namespace Directives.Cli;

static class IngestCommand
{
    public static int Run(string corpusOption, string indexOption)
    {
        var corpus = WorkspacePaths.Resolve(corpusOption);
        var indexPath = WorkspacePaths.Resolve(indexOption);
        if (!Directory.Exists(corpus))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] corpus folder {corpus} does not exist.");
            return 2;
        }
        try
        {
            using var index = new DocumentIndex(indexPath);
            var ingestor = new CorpusIngestor(index, DocumentIndex.PipelineVersion, readers: DocumentReaderRegistry.WithOcrCache(index.OcrCachePath));
            var started = DateTime.UtcNow;
            IngestSnapshot result = null!;
            AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("Ingesting", maxValue: 1);
                    var run = Task.Run(() => ingestor.Run(corpus));
                    while (!run.Wait(100))
                    {
                        var s = ingestor.Status.Snapshot();
                        task.MaxValue = Math.Max(1, s.FilesSeen);
                        task.Value = s.Processed;
                    }
                    result = run.Result;
                    task.Value = task.MaxValue;
                });
            if (result.Error is not null)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]error ({result.ErrorCode}):[/] {result.Error}");
                return 2;
            }
            PrintSummary(result, index.Count, DateTime.UtcNow - started, indexPath);
            return result.Failed > 0 ? 1 : 0;
        }
        catch (IndexInUseException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return 2;
        }
    }

    static void PrintSummary(IngestSnapshot s, int documents, TimeSpan elapsed, string indexPath)
    {
        var table = new Table().AddColumns("", "files");
        table.AddRow("indexed", s.Indexed.ToString());
        table.AddRow("unchanged (skipped)", s.Skipped.ToString());
        table.AddRow("removed", s.Removed.ToString());
        table.AddRow(s.Failed > 0 ? "[red]failed[/]" : "failed", s.Failed.ToString());
        AnsiConsole.Write(table);
        foreach (var f in s.Failures) AnsiConsole.MarkupLineInterpolated($"[red]✗[/] {f.Path} [dim]{f.Code}[/]: {f.Reason}");
        AnsiConsole.MarkupLineInterpolated($"{documents} documents in {indexPath}, {elapsed.TotalSeconds:F1}s.");
    }
}
