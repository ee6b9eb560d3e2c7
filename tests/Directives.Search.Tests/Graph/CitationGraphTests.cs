using Directives.Search.Graph;
using Directives.Search.Index;

namespace Directives.Search.Tests.Graph;

/// <summary>The graph over the real sample corpus: resolution, provenance, status and incremental updates.</summary>
public sealed class CitationGraphTests : IDisposable
{
    readonly GraphCorpus corpus = new();

    public void Dispose() => corpus.Dispose();

    [Fact]
    public void Central_number_resolves_to_the_directive_with_date_and_body()
    {
        var r = corpus.Graph.Resolve("28 -CT/TW")!;
        Assert.Equal(ResolutionOutcome.Resolved, r.Outcome);
        Assert.Equal(GraphNodeTypes.Document, r.Node!.Type);
        Assert.Equal("2019-01-21", r.Node.Date);
        Assert.Equal("Ban Bí thư", r.Node.Body);
        Assert.Equal(GraphLevels.Central, r.Node.Level);
        Assert.Equal("trung-uong:28-CT-TW-2019-ket-nap-dang-vien.pdf", r.Node.Id);
    }

    [Fact]
    public void Each_province_keeps_its_own_03_NQ_TU()
    {
        var nodes = corpus.Snapshot.Nodes.Where(n => n.Citation == "03-NQ/TU" && n.Type == GraphNodeTypes.Document).ToList();
        Assert.Equal(["Hòa Bình", "Kon Tum", "Trà Vinh"], nodes.Select(n => n.Province!).Order().ToArray());
        var bare = corpus.Graph.Resolve("03-NQ/TU")!;
        Assert.Equal(ResolutionOutcome.Ambiguous, bare.Outcome);
        Assert.Equal(3, bare.Candidates.Count);
        Assert.Contains("organisation", bare.Reason);
        var kt = corpus.Graph.Resolve("Nghị quyết số 03-NQ/TU", "Tỉnh ủy Kon Tum")!;
        Assert.Equal(ResolutionOutcome.Resolved, kt.Outcome);
        Assert.Equal("Kon Tum", kt.Node!.Province);
    }

    [Fact]
    public void Implementations_of_28_CT_TW_list_the_provincial_plans_with_provenance()
    {
        var g = corpus.Snapshot;
        var root = corpus.Graph.Resolve("28-CT/TW")!.Node!;
        var tree = GraphQueries.Implementations(g, root, 5);
        var tv = corpus.Document("121-KH/TU", "Trà Vinh");
        var kt = corpus.Document("121-KH/TU", "Kon Tum");
        var tvBranch = tree.Tree.Single(b => b.Node.Id == tv.Id);
        Assert.Equal("implements", tvBranch.Relation);
        // Asserted by the plan itself and by the Trà Vinh news report, with the sentence.
        var news = tvBranch.Assertions.Where(a => a.Document.StartsWith("bao-chi:tra-vinh:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(news);
        Assert.All(news, a => Assert.Contains("121-KH/TU", a.Evidence));
        Assert.Contains(tvBranch.Assertions, a => a.Document == tv.Id);
        Assert.Contains(tree.Tree, b => b.Node.Id == kt.Id);
        // Below the plans: the district plans and the provincial guidance.
        Assert.Contains(tvBranch.Children, b => b.Node.Citation == "45-KH/HU" && b.Node.Level == GraphLevels.District);
        var everything = Flatten(tree.Tree).ToList();
        Assert.Contains(everything, b => b.Node.Citation == "05-HD/BTCTU" && b.Relation == "guides");
        Assert.Contains(everything, b => b.Node.Citation == "52-KH/HU" && b.Node.Province == "Kon Tum");
        var province = tree.Levels.Single(l => l.Level == GraphLevels.Province);
        Assert.Contains(province.Organizations, o => o.Organization == "Tỉnh ủy Trà Vinh");
        // Hòa Bình's 121-KH/TU implements another resolution: the province has nothing for 28-CT/TW yet.
        Assert.Contains("Hòa Bình", tree.Missing);
        Assert.DoesNotContain("Trà Vinh", tree.Missing);
    }

    static IEnumerable<ImplementationBranch> Flatten(IEnumerable<ImplementationBranch> branches)
        => branches.SelectMany(b => Flatten(b.Children).Prepend(b));

    [Fact]
    public void Superseded_regulation_is_replaced_by_the_new_one()
    {
        var old = corpus.Document("07-QĐi/TU", "Trà Vinh");
        var status = GraphQueries.Status(corpus.Snapshot, old);
        Assert.Equal(DocumentStatuses.Replaced, status.Status);
        Assert.Contains(status.By, e => e.Node.Citation == "25-QĐi/TU" && e.Type == "replaces");
        Assert.Equal(DocumentStatuses.InForce, GraphQueries.Status(corpus.Snapshot, corpus.Document("25-QĐi/TU", "Trà Vinh")).Status);
    }

    [Fact]
    public void Deleting_a_plan_turns_its_references_into_placeholders_and_adding_it_back_links_them_again()
    {
        var plan = corpus.Document("121-KH/TU", "Trà Vinh");
        var guidance = corpus.Document("05-HD/BTCTU", "Trà Vinh");
        var saved = File.ReadAllBytes(corpus.PathOf(plan.Id));

        File.Delete(corpus.PathOf(plan.Id));
        Assert.Equal(1, corpus.Ingest().Removed);
        var g = corpus.Snapshot;
        Assert.Null(g.Node(plan.Id));
        Assert.DoesNotContain(g.Edges, e => e.From == plan.Id || e.To == plan.Id);
        var guides = g.Outgoing(guidance.Id).Single(e => e.Type == "guides" && e.To.StartsWith("placeholder:", StringComparison.Ordinal));
        Assert.Equal("placeholder:121-KH-TU@tra-vinh", guides.To);
        Assert.Equal(GraphNodeTypes.Placeholder, g.Node(guides.To)!.Type);

        File.WriteAllBytes(corpus.PathOf(plan.Id), saved);
        corpus.Ingest();
        g = corpus.Snapshot;
        Assert.Contains(g.Outgoing(guidance.Id), e => e.Type == "guides" && e.To == plan.Id);
        Assert.Null(g.Node("placeholder:121-KH-TU@tra-vinh"));
        Assert.Contains(g.Outgoing(plan.Id), e => e.Type == "implements" && e.To == "trung-uong:28-CT-TW-2019-ket-nap-dang-vien.pdf");
    }

    [Fact]
    public void Graph_state_is_in_the_index_and_survives_a_restart()
    {
        var before = corpus.Snapshot.Edges.Count;
        using var reopened = new DocumentIndex(corpus.Index.Path, readOnly: true);
        var g = new CitationGraph(reopened).Current();
        Assert.Equal(before, g.Edges.Count);
        Assert.Contains(g.Edges, e => e.Type == "replaces" && g.Node(e.To)!.Citation == "07-QĐi/TU");
    }

    [Fact]
    public void Modifying_a_file_replaces_its_assertions()
    {
        var guidance = corpus.Document("05-HD/BTCTU", "Trà Vinh");
        var before = corpus.Snapshot.Outgoing(guidance.Id);
        Assert.Contains(before, e => e.Type == "guides");

        var text = File.ReadAllText(corpus.PathOf(guidance.Id));
        File.WriteAllText(corpus.PathOf(guidance.Id), text.Replace("121-KH/TU", "99-KH/TU"));
        corpus.Ingest();

        var after = corpus.Snapshot.Outgoing(guidance.Id);
        Assert.DoesNotContain(after, e => e.To == corpus.Document("121-KH/TU", "Trà Vinh").Id);
        Assert.Contains(after, e => e.To == "placeholder:99-KH-TU@tra-vinh");
        Assert.All(after.SelectMany(e => e.Assertions), a => Assert.DoesNotContain("121-KH/TU", a.Evidence));
    }
}
