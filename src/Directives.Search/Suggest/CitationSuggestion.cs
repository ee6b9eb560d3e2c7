namespace Directives.Search.Suggest;

/// <summary>One suggested citation: how to write it in full and short, and the document it is.</summary>
public sealed record CitationSuggestion(string Citation, string Full, string Short, string Id, string Source, string? Date, string? Term);
