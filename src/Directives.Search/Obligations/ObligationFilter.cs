namespace Directives.Search.Obligations;

/// <summary>Filters of the register; text filters are diacritic-insensitive and match part of a name.</summary>
public sealed record ObligationFilter
{
    /// <summary>The issuing body ("Tỉnh ủy Hòa Bình", "ban bi thu").</summary>
    public string? Issuer { get; init; }
    /// <summary>Organisation or province ("Kon Tum").</summary>
    public string? Organization { get; init; }
    /// <summary>A lead or supporting body ("Ban Tổ chức").</summary>
    public string? Assignee { get; init; }
    /// <summary>One of Core's ObligationStatuses.</summary>
    public string? Status { get; init; }
    /// <summary>Due on or before this day.</summary>
    public DateOnly? DueBefore { get; init; }
    /// <summary>The setting document: its id or its number ("03-NQ/TU").</summary>
    public string? Document { get; init; }
    /// <summary>One of <see cref="ObligationKinds"/>.</summary>
    public string? Kind { get; init; }
}
