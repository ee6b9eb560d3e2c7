namespace Directives.Core.Relations;

/// <summary>What the recogniser knows about the text as a whole.</summary>
public sealed record RelationContext
{
    /// <summary>The text's own number when it is a party document with a header ("121-KH/TU"); mentions of it mean "self".</summary>
    public string? SelfCitation { get; init; }

    /// <summary>True for a news article or web page without a document header: the text itself only ever reviews.</summary>
    public bool IsNews { get; init; }

    /// <summary>Offset where the body starts after the header and title; the opening region ends 500 characters later.</summary>
    public int? BodyStart { get; init; }
}
