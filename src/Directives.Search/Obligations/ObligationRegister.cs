using System.Runtime.CompilerServices;
using Directives.Search.Graph;
using Directives.Search.Index;

namespace Directives.Search.Obligations;

/// <summary>
/// The register of targets and tasks over the index, like <see cref="CitationGraph"/>: each document stores its
/// obligations (see <see cref="DocumentObligations"/>), parsed once per index segment; the register is rebuilt in
/// memory when the index generation changes, owners and links resolved against the graph of that generation.
/// </summary>
public sealed class ObligationRegister(DocumentIndex index, CitationGraph graph)
{
    readonly Lock gate = new();
    readonly ConditionalWeakTable<object, DocumentObligations?[]> segments = new();
    RegisterSnapshot? current;

    public RegisterSnapshot Current()
    {
        var snapshot = current;
        if (snapshot is not null && snapshot.Version == index.Generation) return snapshot;
        lock (gate)
        {
            var g = graph.Current();
            if (current is not null && current.Version == g.Version) return current;
            var (version, stored) = index.ReadStored(IndexFields.Obligations, DocumentObligations.Deserialize, segments);
            var (obligations, findings) = new RegisterBuilder(g, stored).Build();
            return current = new RegisterSnapshot(version, obligations, findings);
        }
    }
}
