using Directives.Core.Extraction;

namespace Directives.Core.Checking;

/// <summary>One reference of the draft with what it resolves to, its findings and how to write it.</summary>
public sealed record CheckedReference
{
    public required Reference Reference { get; init; }
    public required ReferenceResolution Resolution { get; init; }
    public IReadOnlyList<Finding> Findings { get; init; } = [];
    /// <summary>"Chỉ thị số 28-CT/TW, ngày 21/01/2019 của Ban Bí thư về …", when the document is known.</summary>
    public string? CanonicalFull { get; init; }
    /// <summary>"Chỉ thị số 28-CT/TW".</summary>
    public string? CanonicalShort { get; init; }
}

/// <summary>Everything the checker says about a draft.</summary>
public sealed record CheckReport
{
    public required string Source { get; init; }
    public string? Organization { get; init; }
    public IReadOnlyList<CheckedReference> References { get; init; } = [];
    /// <summary>All findings in text order: those of the references and those of the draft's own figures.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];
    /// <summary>The canonical full form of every document cited, in the order first cited.</summary>
    public IReadOnlyList<string> ReferenceList { get; init; } = [];
}
