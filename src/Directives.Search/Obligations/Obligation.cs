namespace Directives.Search.Obligations;

/// <summary>
/// A target or task in the register: the document that set it (for a goal quoted in a report, the document the report
/// cites), the text that states it, who must do it and by when, the evidence tied to it, and its status on the
/// register's date (filled by <see cref="RegisterSnapshot.Query"/>).
/// </summary>
public sealed record Obligation
{
    /// <summary>Stable: the stating document's id, "~t" or "~k", and the span of the item in its text.</summary>
    public required string Id { get; init; }
    /// <summary>One of <see cref="ObligationKinds"/>.</summary>
    public required string Kind { get; init; }
    public required ObligationDocument Document { get; init; }
    /// <summary>The document whose text states it, when that is not <see cref="Document"/> (a report quoting the goal).</summary>
    public ObligationDocument? StatedIn { get; init; }
    /// <summary>The goal's subject, or the task's work.</summary>
    public required string Subject { get; init; }
    public string? Comparator { get; init; }
    public double? Value { get; init; }
    public double? ValueMax { get; init; }
    public string? Unit { get; init; }
    /// <summary>Bodies that must do it (leads first); for a target, none stated.</summary>
    public IReadOnlyList<string> Leads { get; init; } = [];
    public IReadOnlyList<string> Supporting { get; init; } = [];
    /// <summary>ISO date it is due: a stated day, or 31 December of a stated year.</summary>
    public string? Due { get; init; }
    /// <summary>The deadline as the text gives it: "2018", "30/06/2023".</summary>
    public string? Deadline { get; init; }
    /// <summary>"yearly", "half-yearly", "quarterly", "monthly".</summary>
    public string? Recurrence { get; init; }
    /// <summary>Standing work: "thường xuyên", or a recurrence with no end.</summary>
    public bool Ongoing { get; init; }
    /// <summary>The citation the text gave for the goal's source ("03-NQ/TU"), as written.</summary>
    public string? SourceCitation { get; init; }
    public required string Surface { get; init; }
    public required string Sentence { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
    public IReadOnlyList<ObligationLink> Links { get; init; } = [];
    /// <summary>One of Core's ObligationStatuses, on <see cref="RegisterPage.AsOf"/>.</summary>
    public string? Status { get; init; }
    public string? StatusLabel { get; init; }
    public string? StatusReason { get; init; }
}
