namespace Directives.Search.Graph;

/// <summary>Provenance of an edge: which document said it, with the sentence and its offsets in that document.</summary>
public sealed record EdgeAssertion(string Document, string Evidence, int Start, int End);
