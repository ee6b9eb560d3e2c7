namespace Directives.Search.Graph;

/// <summary>The context a mention is read in: the citing document's province, district and date.</summary>
public sealed record ResolutionScope(string? Province, string? District, string? Date)
{
    public static ResolutionScope None { get; } = new(null, null, null);
}
