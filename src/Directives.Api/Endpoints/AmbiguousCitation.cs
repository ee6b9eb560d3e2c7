using Directives.Search.Graph;

namespace Directives.Api.Endpoints;

/// <summary>The 300 answer of resolve: every document the citation may mean, and why it cannot choose.</summary>
public sealed record AmbiguousCitation(IReadOnlyList<GraphNode> Candidates, string Reason);
