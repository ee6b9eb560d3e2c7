using Directives.Core.Obligations;

namespace Directives.Search.Obligations;

/// <summary>Kinds of evidence tied to an obligation.</summary>
public static class LinkKinds
{
    /// <summary>A figure a report gives about the same subject.</summary>
    public const string Result = "result";
    /// <summary>A report quoting the goal and saying whether it was reached ("chưa đạt mục tiêu Nghị quyết đề ra (…)").</summary>
    public const string Statement = "statement";
    /// <summary>A text that repeats the goal of the document it cites.</summary>
    public const string Quote = "quote";
}

/// <summary>
/// One piece of evidence about an obligation, explainable: which document said it, how that document is tied to the
/// obligation's document (same document, or the graph relation and who asserted it), the sentence, and what it says.
/// </summary>
public sealed record ObligationLink
{
    public required string Kind { get; init; }
    public required ObligationDocument Document { get; init; }
    /// <summary>"same_document", "quotes", or the graph relation from the report to the obligation's document ("reviews", "implements", "cites").</summary>
    public required string Via { get; init; }
    /// <summary>The sentence that states the relation, when it comes from the graph.</summary>
    public string? ViaEvidence { get; init; }
    public required string Sentence { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
    public double? Value { get; init; }
    public string? Unit { get; init; }
    /// <summary>The value measured against the goal: 100 − value for a complement ("còn … chưa …, chiếm 45,88%").</summary>
    public double? Measured { get; init; }
    public double? PercentOfTarget { get; init; }
    public string? Subject { get; init; }
    /// <summary>Subject similarity with the obligation's subject, with the shared words.</summary>
    public SubjectMatch? Similarity { get; init; }
    /// <summary>True: shows the goal met; false: shows it missed; null: progress only.</summary>
    public bool? Met { get; init; }
    /// <summary>Why the link says what it says, in plain Vietnamese.</summary>
    public required string Reason { get; init; }
}
