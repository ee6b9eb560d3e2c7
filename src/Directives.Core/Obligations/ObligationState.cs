namespace Directives.Core.Obligations;

/// <summary>A status (one of <see cref="ObligationStatuses"/>) with the reason in plain Vietnamese.</summary>
public sealed record ObligationState(string Status, string Reason);
