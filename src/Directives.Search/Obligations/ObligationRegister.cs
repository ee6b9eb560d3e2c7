using Directives.Core.Documents;
using Directives.Search.Graph;
using Directives.Search.Index;

namespace Directives.Search.Obligations;

/// <summary>
/// The register of targets and tasks over the index, like <see cref="CitationGraph"/>: each document stores its
/// obligations (see <see cref="DocumentObligations"/>); the register is rebuilt when the index generation changes,
/// owners and links resolved against the graph of that generation. The stored obligations are read one document at
/// a time and not kept: the register holds rows of numbers (about 40 bytes an obligation), and the texts of the
/// obligations a query returns are read back from their documents.
/// </summary>
public sealed class ObligationRegister
{
    readonly DocumentIndex index;
    readonly CitationGraph graph;
    readonly PerGraphSnapshot<RegisterSnapshot> registers;

    public ObligationRegister(DocumentIndex index, CitationGraph graph)
    {
        this.index = index;
        this.graph = graph;
        registers = new PerGraphSnapshot<RegisterSnapshot>(Build);
    }

    DocumentObligations? Load(string id) => index.ReadStored(id, IndexFields.Obligations, DocumentObligations.Deserialize);

    /// <summary>The whole register, classified documents included: for trusted callers.</summary>
    public RegisterSnapshot Current() => Current(Classification.TopSecret);

    /// <summary>The register without the obligations, results and findings of documents stamped above <paramref name="clearance"/>.</summary>
    public RegisterSnapshot Current(Classification clearance) => registers.For(graph.Current(clearance));

    RegisterSnapshot Build(GraphSnapshot g)
    {
        // The graph of a clearance holds only the documents the caller may see; the builder leaves the others out.
        var builder = new RegisterBuilder(g);
        var version = index.ForEachStored(IndexFields.Obligations, DocumentObligations.DeserializeWithoutSentences, builder.Add);
        return new RegisterSnapshot(version, builder.Build(), Load);
    }
}
