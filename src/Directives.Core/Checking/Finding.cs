namespace Directives.Core.Checking;

public static class Severities
{
    public const string Error = "error";
    public const string Warning = "warning";
    public const string Info = "info";
}

/// <summary>Stable ids of the finding types.</summary>
public static class FindingCodes
{
    /// <summary>A date that cannot exist: "21/01/20219", "30/02/2019".</summary>
    public const string ImpossibleDate = "impossible_date";
    /// <summary>The written date is not the resolved document's date.</summary>
    public const string DateMismatch = "date_mismatch";
    /// <summary>The written issuing body is not the resolved document's (a Politburo resolution given to the Central Committee).</summary>
    public const string BodyMismatch = "body_mismatch";
    /// <summary>The type word does not fit the number or the resolved document ("Nghị quyết số 28-CT/TW").</summary>
    public const string KindMismatch = "kind_mismatch";
    /// <summary>The subject written after "về" is not the resolved document's.</summary>
    public const string TitleMismatch = "title_mismatch";
    /// <summary>The document was replaced by another one of the corpus.</summary>
    public const string Replaced = "replaced";
    /// <summary>The document was repealed by another one of the corpus.</summary>
    public const string Repealed = "repealed";
    /// <summary>The document was amended by another one of the corpus.</summary>
    public const string Amended = "amended";
    /// <summary>The same document is written in different forms within the draft.</summary>
    public const string InconsistentForm = "inconsistent_form";
    /// <summary>The first mention lacks date and issuing body (house style: full form first, short form after).</summary>
    public const string MissingFullForm = "missing_full_form";
    /// <summary>A central number that fits several documents and the draft gives nothing to choose.</summary>
    public const string Ambiguous = "ambiguous_reference";
    /// <summary>A number that matches no known document.</summary>
    public const string UnknownDocument = "unknown_document";
    /// <summary>A sum or a percentage of the draft's own figures that does not add up.</summary>
    public const string Arithmetic = "arithmetic";
}

/// <summary>One problem found in a draft; Start/End cover the words it is about.</summary>
public sealed record Finding
{
    /// <summary>One of <see cref="FindingCodes"/>.</summary>
    public required string Code { get; init; }
    /// <summary>One of <see cref="Severities"/>.</summary>
    public required string Severity { get; init; }
    /// <summary>Plain Vietnamese, for the officer.</summary>
    public required string Message { get; init; }
    public required string Surface { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
    /// <summary>What to write instead, when there is one answer.</summary>
    public string? Suggestion { get; init; }
}
