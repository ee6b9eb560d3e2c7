using Directives.Core.Authority;
using Directives.Search.Graph;

namespace Directives.Search.Tests.Graph;

/// <summary>
/// Two documents of one province cite the same absent local document, each saying something different about it.
/// The placeholder the graph keeps must not depend on the order the index hands the contributions over in (an
/// ingest on two threads does not fix it): the register filtered a province's goals by the issuer the placeholder
/// happened to get from whichever mention came first.
/// </summary>
public sealed class PlaceholderMergeTests
{
    static GraphContribution Citing(string id, string date, GraphMention mention) => new(
        new GraphNode { Id = id, Citation = null, Province = "Hòa Bình", Date = date, Level = GraphLevels.Province },
        [new StoredAssertion("cites", GraphMention.Self, mention, "…", 0, 10)]);

    static readonly GraphContribution Dated = Citing("a:report", "2023-05-02", new GraphMention("13-ĐA/TU", Date: "2022-08-08"));
    static readonly GraphContribution WithBody = Citing("b:news", "2023-06-01", new GraphMention("13-ĐA/TU", Body: "Ban Thường vụ Tỉnh ủy"));
    static readonly GraphContribution Bare = Citing("c:plan", "2023-07-01", new GraphMention("13-ĐA/TU"));

    static GraphNode Placeholder(params GraphContribution[] contributions)
        => Assert.Single(new GraphSnapshot(1, contributions, AuthorityFile.Default).Nodes, n => n.Type == GraphNodeTypes.Placeholder);

    [Fact]
    public void The_dated_mention_gives_the_placeholder_whatever_order_the_citing_documents_come_in()
    {
        GraphContribution[] all = [Dated, WithBody, Bare];
        var orders = new[] { new[] { 0, 1, 2 }, [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0] };
        var placeholders = orders.Select(o => Placeholder([.. o.Select(i => all[i])])).ToList();
        Assert.All(placeholders, p => Assert.Equal(placeholders[0], p));
        Assert.Equal("placeholder:13-ĐA-TU@hoa-binh", placeholders[0].Id, ignoreCase: true);
        Assert.Equal("2022-08-08", placeholders[0].Date);
        Assert.Null(placeholders[0].Body);
    }

    [Fact]
    public void Among_mentions_that_say_as_much_the_first_citing_document_by_id_wins()
    {
        var other = Citing("0:earlier", "2023-01-01", new GraphMention("13-ĐA/TU", Body: "Tỉnh ủy"));
        Assert.Equal("Tỉnh ủy", Placeholder(WithBody, other).Body);
        Assert.Equal("Tỉnh ủy", Placeholder(other, WithBody).Body);
        Assert.Equal("Ban Thường vụ Tỉnh ủy", Placeholder(Bare, WithBody).Body);
    }
}
