namespace Directives.Core.Documents;

/// <summary>The headline and publication date at the top of a news article or web page.</summary>
public sealed record NewsHead(string? Headline, DateOnly? Published);
