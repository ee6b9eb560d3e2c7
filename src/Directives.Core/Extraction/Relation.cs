namespace Directives.Core.Extraction;

/// <summary>Relation types between documents (domain.md §5).</summary>
public static class RelationTypes
{
    public const string Implements = "implements";
    public const string Continues = "continues";
    public const string Guides = "guides";
    public const string Reviews = "reviews";
    public const string BasedOn = "based_on";
    public const string Amends = "amends";
    public const string Replaces = "replaces";
    public const string Repeals = "repeals";
    public const string Cites = "cites";

    /// <summary>The input document itself as the source of a relation.</summary>
    public const string Self = "self";
}

/// <summary>An edge a text states (extract contract: relations[]). From/To are citations (or resolved names), or "self".</summary>
public sealed record Relation
{
    public required string Type { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    public required string Evidence { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
}
