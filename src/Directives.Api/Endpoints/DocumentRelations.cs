using Directives.Core.Extraction;
using Directives.Search.Graph;

namespace Directives.Api.Endpoints;

/// <summary>
/// A document's relations for its diagram (lược đồ): one group per relation type and direction, each other document
/// once, and every piece of evidence with the document that asserted it (number, title) and its sentence.
/// </summary>
public sealed record DocumentRelations(GraphNode Document, string? Status, IReadOnlyList<DocumentRelations.Group> Groups)
{
    /// <summary><see cref="Direction"/> is "out" (this document → the others) or "in" (the others → this document).</summary>
    public sealed record Group(string Type, string Direction, IReadOnlyList<Related> Documents);

    public sealed record Related(GraphNode Node, IReadOnlyList<Evidence> Evidence);

    public sealed record Evidence(GraphNode? AssertedBy, string Sentence);

    // Stronger relations first: a document both implementing and citing this one is shown as implementing it.
    static readonly string[] Strength =
    [
        RelationTypes.Replaces, RelationTypes.Repeals, RelationTypes.Amends, RelationTypes.Implements, RelationTypes.Guides,
        RelationTypes.Continues, RelationTypes.Reviews, RelationTypes.BasedOn, RelationTypes.Cites,
    ];

    public static DocumentRelations Of(GraphSnapshot g, GraphNode document)
    {
        var edges = g.Outgoing(document.Id).Select(e => (Edge: e, Other: e.To, Direction: "out"))
            .Concat(g.Incoming(document.Id).Select(e => (Edge: e, Other: e.From, Direction: "in")))
            .Where(x => x.Other != document.Id && g.Node(x.Other) is not null);
        // One place per other document: the edge its own endpoints assert beats one a third text reports
        // (a report may misread which of two plans implements which); then the strongest type.
        var chosen = edges.GroupBy(x => x.Other, StringComparer.Ordinal).Select(same =>
        {
            var best = same.OrderBy(x => x.Edge.Assertions.Any(a => a.Document == x.Edge.From || a.Document == x.Edge.To) ? 0 : 1)
                .ThenBy(x => Rank(x.Edge.Type)).First();
            var evidence = same.SelectMany(x => x.Edge.Assertions)
                .DistinctBy(a => (a.Document, a.Evidence))
                .Select(a => new Evidence(g.Node(a.Document), a.Evidence)).ToList();
            return (best.Edge.Type, best.Direction, Related: new Related(g.Node(same.Key)!, evidence));
        });
        var groups = chosen.GroupBy(x => (x.Type, x.Direction))
            .OrderBy(x => Rank(x.Key.Type)).ThenBy(x => x.Key.Direction == "out" ? 0 : 1)
            .Select(x => new Group(x.Key.Type, x.Key.Direction,
                x.Select(r => r.Related).OrderBy(r => r.Node.Date ?? "9999", StringComparer.Ordinal).ToList()))
            .ToList();
        return new DocumentRelations(document, Validity.StatusOf(g, document), groups);
    }

    static int Rank(string type) => Array.IndexOf(Strength, type) is var i and >= 0 ? i : Strength.Length;
}
