using System.Text.Json;
using Directives.Core.Dates;
using Directives.Core.Obligations;
using Directives.Ingestion.Pipeline;
using Directives.Search.Graph;
using Directives.Search.Index;
using Directives.Search.Obligations;
using Spectre.Console;

namespace Directives.Cli;

/// <summary>obligations: the register of targets and tasks, filtered, with each one's status on a date.</summary>
static class ObligationsCommand
{
    public static int Run(string indexOption, ObligationFilter filter, string? asOf, bool json, bool findings)
    {
        if (filter.Status is { } s && !ObligationStatuses.All.Contains(s))
            return Fail($"--status must be one of {string.Join(", ", ObligationStatuses.All)}.");
        if (filter.Kind is { } k && k is not (ObligationKinds.Target or ObligationKinds.Task))
            return Fail("--kind must be target or task.");
        if (asOf is not null && IsoDate.Parse(asOf) is null) return Fail($"--as-of '{asOf}' is not a date of the form YYYY-MM-DD.");
        var date = IsoDate.Parse(asOf) ?? DateOnly.FromDateTime(DateTime.Today);

        var indexPath = WorkspacePaths.Resolve(indexOption);
        if (!Directory.Exists(indexPath)) return Fail($"no index at {indexPath}; run `ingest` first.");
        using var index = new DocumentIndex(indexPath, readOnly: true);
        var register = new ObligationRegister(index, new CitationGraph(index)).Current();
        if (findings)
        {
            var found = register.FindingsFor(filter);
            if (json) Console.WriteLine(JsonSerializer.Serialize(found, SearchCommand.Json));
            else foreach (var f in found) AnsiConsole.MarkupLineInterpolated($"[yellow]{f.Document.Citation ?? f.Document.Id}[/] {f.Message}\n  {f.Sentence}");
            return 0;
        }
        var items = register.All(filter, date);
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(items, SearchCommand.Json));
            return 0;
        }
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("Trạng thái", "Loại", "Văn bản", "Nội dung", "Giao cho", "Hạn", "Bằng chứng");
        table.Columns[3].Width(50);
        foreach (var o in items)
        {
            table.AddRow(
                new Markup($"[{Color(o.Status!)}]{Markup.Escape(o.StatusLabel!)}[/]"),
                new Text(o.Kind == ObligationKinds.Target ? "Chỉ tiêu" : "Nhiệm vụ"),
                new Text($"{o.Document.Citation ?? o.Document.Id}\n{o.Document.Issuer ?? ""}"),
                new Text(Describe(o)),
                new Text(string.Join(", ", o.Leads.Concat(o.Supporting.Select(b => b + " (phối hợp)")))),
                new Text(o.Deadline ?? (o.Ongoing ? "thường xuyên" : "")),
                new Text(o.Links.Count == 0 ? "" : o.Links.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        AnsiConsole.Write(table);
        // Counts over the filtered set without the status filter, as on the page.
        var counted = filter.Status is null ? items : register.All(filter with { Status = null }, date);
        var counts = ObligationStatuses.All.Select(st => $"{ObligationStatuses.Label(st)}: {counted.Count(o => o.Status == st)}");
        AnsiConsole.MarkupLineInterpolated($"{items.Count} mục tại ngày {IsoDate.Format(date)} — {string.Join(" · ", counts)}");
        return 0;
    }

    static string Describe(Obligation o)
    {
        var text = o.Kind == ObligationKinds.Target
            ? $"{Comparator(o.Comparator)}{ResultValue(o)} {o.Subject}"
            : o.Subject;
        return text.Length > 120 ? text[..120] + "…" : text;
    }

    static string ResultValue(Obligation o)
    {
        var v = o.Comparator == "range" ? $"{o.Value:0.##}–{o.ValueMax:0.##}" : $"{o.Value:0.##}";
        return o.Unit == "%" ? v + "%" : v + " " + o.Unit;
    }

    static string Comparator(string? c) => c switch { ">" => "trên ", ">=" => "từ ", "<" => "dưới ", "<=" => "tối đa ", _ => "" };

    static string Color(string status) => status switch
    {
        ObligationStatuses.Met => "green",
        ObligationStatuses.NotMet => "red",
        ObligationStatuses.Overdue => "red",
        ObligationStatuses.DueSoon => "yellow",
        ObligationStatuses.Ongoing => "blue",
        _ => "grey",
    };

    static int Fail(string message)
    {
        Console.Error.WriteLine("error: " + message);
        return 2;
    }
}
