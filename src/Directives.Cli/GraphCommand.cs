using Directives.Ingestion.Pipeline;
using Directives.Search.Graph;
using Directives.Search.Index;

namespace Directives.Cli;

/// <summary>graph CITATION: the implementation tree below a document, indented.</summary>
static class GraphCommand
{
    public static int Run(string citation, string indexOption, int depth, string? organization)
    {
        var indexPath = WorkspacePaths.Resolve(indexOption);
        if (!Directory.Exists(indexPath))
        {
            Console.Error.WriteLine($"error: no index at {indexPath}; run `ingest` first.");
            return 2;
        }
        using var index = new DocumentIndex(indexPath, readOnly: true);
        var graph = new CitationGraph(index);
        var r = graph.Resolve(citation, organization);
        switch (r)
        {
            case null:
                Console.Error.WriteLine($"error: '{citation}' is not a citation.");
                return 2;
            case { Outcome: ResolutionOutcome.Ambiguous }:
                Console.Error.WriteLine($"'{citation}' is ambiguous: {r.Reason}");
                foreach (var c in r.Candidates) Console.Error.WriteLine($"  {Line(c)}");
                return 3;
            case { Outcome: ResolutionOutcome.Unknown }:
                Console.Error.WriteLine($"'{citation}' is unknown: {r.Reason}");
                return 1;
        }
        var g = graph.Current();
        var root = g.Node(r.Node!.Id) ?? r.Node;
        var tree = GraphQueries.Implementations(g, root, Math.Max(1, depth));
        Console.WriteLine(Line(root));
        Print(tree.Tree, "  ");
        if (tree.Missing.Count > 0) Console.WriteLine($"no implementing document yet: {string.Join(", ", tree.Missing)}");
        return 0;
    }

    static void Print(IReadOnlyList<ImplementationBranch> branches, string indent)
    {
        foreach (var b in branches)
        {
            Console.WriteLine($"{indent}{b.Relation}: {Line(b.Node)}");
            Print(b.Children, indent + "  ");
        }
    }

    static string Line(GraphNode n)
        => $"{n.Citation ?? n.Name ?? n.Kind ?? "—"} · {n.Organization ?? n.Province ?? ""} · {n.Date ?? "no date"}  [{n.Id}]";
}
