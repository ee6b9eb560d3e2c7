using System.Runtime.CompilerServices;
using Directives.Core.Documents;
using Directives.Search.Graph;
using Directives.Search.Index;

namespace Directives.Search.Obligations;

/// <summary>
/// The register of targets and tasks over the index, like <see cref="CitationGraph"/>: each document stores its
/// obligations (see <see cref="DocumentObligations"/>), parsed once per index segment; the register is rebuilt in
/// memory when the index generation changes, owners and links resolved against the graph of that generation.
/// </summary>
public sealed class ObligationRegister
{
    readonly DocumentIndex index;
    readonly CitationGraph graph;
    readonly ConditionalWeakTable<object, DocumentObligations?[]> segments = new();
    readonly PerGraphSnapshot<RegisterSnapshot> registers;

    public ObligationRegister(DocumentIndex index, CitationGraph graph)
    {
        this.index = index;
        this.graph = graph;
        registers = new PerGraphSnapshot<RegisterSnapshot>(Build);
    }

    /// <summary>The whole register, classified documents included: for trusted callers.</summary>
    public RegisterSnapshot Current() => Current(Classification.TopSecret);

    /// <summary>The register without the obligations, results and findings of documents stamped above <paramref name="clearance"/>.</summary>
    public RegisterSnapshot Current(Classification clearance) => registers.For(graph.Current(clearance));

    RegisterSnapshot Build(GraphSnapshot g)
    {
        var (version, stored) = index.ReadStored(IndexFields.Obligations, DocumentObligations.Deserialize, segments);
        // The graph of a clearance holds only the documents the caller may see.
        var visible = stored.Where(d => g.Node(d.Document) is { Type: GraphNodeTypes.Document }).ToList();
        var (obligations, findings) = new RegisterBuilder(g, visible).Build();
        return new RegisterSnapshot(version, obligations, findings);
    }
}
