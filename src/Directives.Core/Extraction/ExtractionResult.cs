using Directives.Core.Obligations;

namespace Directives.Core.Extraction;

/// <summary>Everything <c>extract</c> finds in one text: the JSON object of docs/extract-contract.md.</summary>
public sealed record ExtractionResult
{
    /// <summary>File name as given.</summary>
    public required string Source { get; init; }
    /// <summary>Why the file could not be read; then the rest is empty.</summary>
    public string? Error { get; init; }
    /// <summary>The text's own identity when it is a party document with a header.</summary>
    public DocumentIdentity? Document { get; init; }
    /// <summary>ISO publication date of a news text (no header).</summary>
    public string? Published { get; init; }
    /// <summary>The organisation the text is from or about.</summary>
    public string? Organization { get; init; }
    public IReadOnlyList<Reference> References { get; init; } = [];
    public IReadOnlyList<Relation> Relations { get; init; } = [];
    public IReadOnlyList<Target> Targets { get; init; } = [];
    public IReadOnlyList<Result> Results { get; init; } = [];
    /// <summary>Work assigned to bodies without a number (added field).</summary>
    public IReadOnlyList<AssignedTask> Tasks { get; init; } = [];
    /// <summary>Figures the text's own numbers do not bear out: a fraction's percentage, a total and its parts (added field).</summary>
    public IReadOnlyList<ArithmeticIssue> ArithmeticIssues { get; init; } = [];
    /// <summary>Repairs and doubts about the text as a whole, e.g. a legacy encoding converted (added field).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public static ExtractionResult Failed(string source, string error) => new() { Source = source, Error = error };
}

/// <summary>A party document's own header, as the contract's <c>document</c> object.</summary>
public sealed record DocumentIdentity
{
    public string? Citation { get; init; }
    public string? Kind { get; init; }
    public int? Number { get; init; }
    public string? Code { get; init; }
    public string? Issuer { get; init; }
    public string? Organization { get; init; }
    public string? Date { get; init; }
    public string? Title { get; init; }
    /// <summary>True when the own number is a state number ("1520/QĐ-UBND") (added field).</summary>
    public bool State { get; init; }
}
