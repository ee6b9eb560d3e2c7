namespace Directives.Search.Graph;

/// <summary>
/// One end of an assertion as the text wrote it, with what is needed to resolve it later: the citation (or the
/// number a name stands for), the name, and the mention's own date, term and body. "self" is the asserting document.
/// </summary>
public sealed record GraphMention(string? Citation, string? Name = null, string? Date = null, string? Term = null, string? Body = null)
{
    public const string SelfKey = "self";

    public static GraphMention Self { get; } = new(SelfKey);

    public bool IsSelf => Citation == SelfKey;
}
