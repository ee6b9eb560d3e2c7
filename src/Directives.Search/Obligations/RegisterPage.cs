namespace Directives.Search.Obligations;

/// <summary>One page of the filtered register, with the count of every status over the whole filtered set (status filter aside).</summary>
public sealed record RegisterPage(
    string AsOf,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyDictionary<string, int> Counts,
    IReadOnlyList<Obligation> Items);
