namespace Directives.Core.Dates;

/// <summary>How much of a date the text states; a Month date is the 1st, a Year date is 1 January.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
}
