using System.Diagnostics;
using System.Globalization;
using Directives.Core.Organizations;
using Directives.Core.Text;
using Directives.Search.Graph;
using Directives.Search.Suggest;

namespace Directives.Benchmarks;

/// <summary>
/// Citation suggestions on a generated graph of 100,000 documents (provincial and district plans implementing 200
/// central documents, titles of ordinary words): the index build, and the time per query against a baseline that
/// folds and scans every node's canonical form. `dotnet run -c Release --project bench/Directives.Benchmarks -- suggest`
/// </summary>
static class SuggestBenchmark
{
    const int Documents = 100_000;
    const int Central = 200;
    static readonly string[] Queries = ["28-CT", "chỉ thị 28", "nghi quyet trung uong 4 khoa xii", "kết nạp đảng viên", "kế hoạch 121"];
    static readonly string[] Words = ["nâng cao", "chất lượng", "kết nạp", "đảng viên", "tổ chức", "cơ sở đảng", "học tập", "làm theo", "tư tưởng",
        "phòng, chống", "tham nhũng", "chuyển đổi số", "kinh tế", "tinh giản", "biên chế", "cán bộ", "nêu gương", "dân vận", "thi đua", "an ninh"];

    public static string Run()
    {
        var snapshot = new GraphSnapshot(1, Generate().ToList(), Core.Authority.AuthorityFile.Default);
        var sw = Stopwatch.StartNew();
        var index = new CitationSuggestIndex(snapshot);
        var build = sw.Elapsed;

        var lines = new List<string>();
        foreach (var q in Queries)
        {
            index.Suggest(q, 10);
            const int runs = 2_000;
            sw.Restart();
            for (var i = 0; i < runs; i++) index.Suggest(q, 10);
            var indexed = sw.Elapsed / runs;
            sw.Restart();
            var scanned = Scan(snapshot, q);
            var scan = sw.Elapsed;
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"| `{q}` | {indexed.TotalMicroseconds:0} µs | {scan.TotalMilliseconds:0.0} ms | {index.Suggest(q, 1).FirstOrDefault()?.Citation ?? "—"} ({scanned} nodes match) |"));
        }
        return string.Create(CultureInfo.InvariantCulture, $"""
            ## Citation suggestions ({Documents:N0} generated documents, {snapshot.Nodes.Count:N0} graph nodes)

            Index build per graph generation: {build.TotalMilliseconds:0} ms.

            | query | suggest (mean of 2,000) | baseline: fold and scan every node | first suggestion |
            |---|---|---|---|
            {string.Join("\n", lines)}
            """);
    }

    /// <summary>The baseline: fold every node's citation and title and keep those holding every query word.</summary>
    static int Scan(GraphSnapshot g, string q)
    {
        var words = CitationSuggestIndex.Words(q).ToArray();
        return g.Nodes.Count(n => n.Citation is not null && CitationSuggestIndex.Words($"{n.Kind} {n.Citation} {n.Title} {n.Organization}")
            .ToHashSet(StringComparer.Ordinal) is var have && words.All(w => have.Any(h => h.StartsWith(w, StringComparison.Ordinal))));
    }

    static IEnumerable<GraphContribution> Generate()
    {
        var provinces = Provinces.Names;
        var random = new Random(7);
        string Title() => string.Join(' ', Enumerable.Range(0, 6).Select(_ => Words[random.Next(Words.Length)]));
        for (var c = 1; c <= Central; c++)
            yield return new GraphContribution(new GraphNode
            {
                Id = $"tw:{c}", Citation = $"{c:00}-CT/TW", Kind = "Chỉ thị", Code = "CT", Number = c, Issuer = "TW", Level = GraphLevels.Central,
                Date = $"{2000 + c % 25}-0{1 + c % 9}-1{c % 9}", Title = Title(), Term = "XII", Body = "Ban Bí thư",
            }, []);
        for (var i = 0; i < Documents - Central; i++)
        {
            var province = provinces[i % provinces.Count];
            var number = 1 + i / provinces.Count % 400;
            var target = 1 + random.Next(Central);
            yield return new GraphContribution(new GraphNode
            {
                Id = $"{DocumentScope.Slug(province)}:{i}", Citation = $"{number:00}-KH/TU", Kind = "Kế hoạch", Code = "KH", Number = number, Issuer = "TU",
                Organization = "Tỉnh ủy " + province, Province = province, Level = GraphLevels.Province,
                Date = $"{2015 + i % 10}-0{1 + i % 9}-2{i % 9}", Title = VietnameseText.Normalize($"thực hiện Chỉ thị số {target:00}-CT/TW về {Title()}"),
            }, [new StoredAssertion("implements", GraphMention.Self, new GraphMention($"{target:00}-CT/TW"), "", 0, 0)]);
        }
    }
}
