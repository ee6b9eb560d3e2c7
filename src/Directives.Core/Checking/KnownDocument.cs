namespace Directives.Core.Checking;

/// <summary>Where a known document comes from.</summary>
public static class KnownSources
{
    /// <summary>A document in the corpus.</summary>
    public const string Corpus = "corpus";
    /// <summary>A central document known from the authority file only.</summary>
    public const string Authority = "authority";
    /// <summary>A document only cited by others (a placeholder), or cited by name.</summary>
    public const string Cited = "cited";
}

/// <summary>A document a reference can mean, with what is known of it.</summary>
public sealed record KnownDocument
{
    /// <summary>Corpus id or graph node id ("placeholder:28-CT-TW@XII").</summary>
    public required string Id { get; init; }
    /// <summary>One of <see cref="KnownSources"/>.</summary>
    public required string Source { get; init; }
    public string? Citation { get; init; }
    public string? Kind { get; init; }
    /// <summary>ISO date of issue.</summary>
    public string? Date { get; init; }
    /// <summary>Central body ("Ban Bí thư") or the issuing committee ("Tỉnh ủy Trà Vinh").</summary>
    public string? Body { get; init; }
    public string? Term { get; init; }
    public string? Title { get; init; }
    /// <summary>For documents cited by name only.</summary>
    public string? Name { get; init; }
    /// <summary>"in_force", "amended", "replaced" or "repealed".</summary>
    public string Status { get; init; } = "in_force";
    /// <summary>The documents that amended, replaced or repealed it.</summary>
    public IReadOnlyList<StatusChange> ChangedBy { get; init; } = [];

    /// <summary>True when date, body or title are known, so a mention can be compared with them.</summary>
    public bool HasFacts => Date is not null || Body is not null || Title is not null;
}

/// <summary>A later document that changed this one: type "replaces", "repeals" or "amends".</summary>
public sealed record StatusChange(string Type, string Id, string? Citation, string? Kind, string? Date);
