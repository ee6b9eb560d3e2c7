namespace Directives.Search.Graph;

public enum ResolutionOutcome { Resolved, Ambiguous, Unknown }

/// <summary>
/// What a reference points to: exactly one node (a document, or a placeholder when the document is not in the
/// corpus), several candidates with the reason, or nothing known at all.
/// </summary>
public sealed record Resolution(ResolutionOutcome Outcome, GraphNode? Node, IReadOnlyList<GraphNode> Candidates, string? Reason)
{
    public static Resolution To(GraphNode node) => new(ResolutionOutcome.Resolved, node, [], null);
    public static Resolution Among(IReadOnlyList<GraphNode> candidates, string reason) => new(ResolutionOutcome.Ambiguous, null, candidates, reason);
    public static Resolution None(string reason) => new(ResolutionOutcome.Unknown, null, [], reason);
}
