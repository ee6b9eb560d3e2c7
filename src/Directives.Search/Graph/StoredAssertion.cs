namespace Directives.Search.Graph;

/// <summary>An edge one text states, unresolved: stored with the text, resolved at query time.</summary>
public sealed record StoredAssertion(string Type, GraphMention From, GraphMention To, string Evidence, int Start, int End);
