namespace Directives.Core.Dates;

/// <summary>A date found in text. <see cref="Warning"/> says when the text was repaired (a mistyped year).</summary>
public sealed record DateMatch(DateOnly Date, int Start, int Length, DatePrecision Precision, string? Warning)
{
    public int End => Start + Length;
}
