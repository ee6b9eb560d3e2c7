namespace Directives.Core.Obligations;

/// <summary>One report's word on a goal: met or not, on the report's date, and why (the figure or the words).</summary>
public sealed record Verdict(DateOnly Date, bool Met, string Reason);
