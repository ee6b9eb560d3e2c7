using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using Directives.Core.Documents;
using Directives.Ingestion.Pipeline;
using Directives.Search.Index;
using Directives.Search.Querying;
using Spectre.Console;

namespace Directives.Cli;

static class SearchCommand
{
    /// <summary>Indented JSON with Vietnamese left readable, for every --json output.</summary>
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The API's HTML snippet as console markup: &lt;mark&gt; highlighted, entities decoded, brackets escaped.</summary>
    static string SnippetMarkup(string html)
    {
        var parts = html.Split(["<mark>", "</mark>"], StringSplitOptions.None);
        return string.Concat(parts.Select((p, i) =>
        {
            var text = Markup.Escape(WebUtility.HtmlDecode(p));
            return i % 2 == 1 ? $"[black on yellow]{text}[/]" : text;
        }));
    }

    public static int Run(string query, string indexOption, int size, bool json)
    {
        var indexPath = WorkspacePaths.Resolve(indexOption);
        if (!Directory.Exists(indexPath))
        {
            Console.Error.WriteLine($"error: no index at {indexPath}; run `ingest` first.");
            return 2;
        }
        try
        {
            using var index = new DocumentIndex(indexPath, readOnly: true);
            var result = index.Search(new SearchRequest { Query = query, Size = Math.Clamp(size, 1, SearchRequest.MaxSize), Clearance = Classification.TopSecret /* the operator holds the index files */ });
            if (json)
            {
                Console.WriteLine(JsonSerializer.Serialize(result, Json));
                return 0;
            }
            AnsiConsole.MarkupLineInterpolated($"[bold]{result.Total}[/] results");
            foreach (var hit in result.Hits)
            {
                AnsiConsole.MarkupLineInterpolated($"[yellow]{hit.Citation ?? "—"}[/] {hit.Kind} · {hit.Organization ?? ""} · {hit.Date ?? ""}  [grey]{hit.Id}[/]");
                if (hit.Title is { } title) AnsiConsole.MarkupLineInterpolated($"  [bold]{title}[/]");
                AnsiConsole.MarkupLine("  " + SnippetMarkup(hit.Snippet));
            }
            return 0;
        }
        catch (IndexInUseException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
    }
}
