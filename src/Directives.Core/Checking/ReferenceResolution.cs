namespace Directives.Core.Checking;

/// <summary>What a reference resolves to: one of <see cref="ResolutionKinds"/>.</summary>
public static class ResolutionKinds
{
    /// <summary>A document of the corpus.</summary>
    public const string Document = "document";
    /// <summary>A document known without its text: from the authority file, or cited by other documents.</summary>
    public const string Placeholder = "placeholder";
    /// <summary>Several documents fit; see the candidates.</summary>
    public const string Ambiguous = "ambiguous";
    /// <summary>No known document has this number.</summary>
    public const string Unknown = "unknown";
}

/// <summary>The outcome of resolving one reference.</summary>
public sealed record ReferenceResolution(string Kind, KnownDocument? Document, IReadOnlyList<KnownDocument> Candidates, string? Reason)
{
    public static ReferenceResolution To(KnownDocument document)
        => new(document.Source == KnownSources.Corpus ? ResolutionKinds.Document : ResolutionKinds.Placeholder, document, [], null);

    public static ReferenceResolution Among(IReadOnlyList<KnownDocument> candidates, string reason) => new(ResolutionKinds.Ambiguous, null, candidates, reason);

    public static ReferenceResolution None(string reason) => new(ResolutionKinds.Unknown, null, [], reason);
}

/// <summary>The draft's own place and time: the organisation scopes local numbers, the date excludes later documents.</summary>
public sealed record DraftScope(string? Organization, string? Date)
{
    public static DraftScope None { get; } = new(null, null);
}

/// <summary>Resolves references of a draft against what is known (the corpus graph, the authority file).</summary>
public interface ICitationLookup
{
    /// <summary>
    /// The document a mention means. <paramref name="citation"/> is the canonical number (or the number a name stands
    /// for); <paramref name="date"/> and <paramref name="term"/> are what the draft wrote, to pick among documents that
    /// share the number. Names without a number come with <paramref name="citation"/> null and <paramref name="name"/> set.
    /// </summary>
    ReferenceResolution Resolve(string? citation, string? name, string? date, string? term, DraftScope scope);
}
