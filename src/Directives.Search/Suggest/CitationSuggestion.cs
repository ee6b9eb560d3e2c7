namespace Directives.Search.Suggest;

/// <summary>One suggested citation: how to write it in full and short, and the document it is.</summary>
/// <param name="Organization">The issuing body or committee ("Tỉnh ủy Kon Tum"): every province has its own 03-NQ/TU.</param>
public sealed record CitationSuggestion(string Citation, string Full, string Short, string Id, string Source, string? Date, string? Term,
    string? Organization = null)
{
    /// <summary>What a list of suggestions shows: "Nghị quyết 03-NQ/TU — Tỉnh ủy Kon Tum".</summary>
    public string Label => (Short.Replace(" số ", " ", StringComparison.Ordinal) is var head && Organization is { } org ? $"{head} — {org}" : head)
        + (Date is { Length: >= 4 } d ? $" ({d[..4]})" : "");
}
