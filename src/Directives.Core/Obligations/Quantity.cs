namespace Directives.Core.Obligations;

/// <summary>
/// A number as written, with its range end, "%" or counted noun. Start/End cover the number through the unit;
/// UnitStart/UnitEnd cover the unit alone (equal to End when there is none).
/// </summary>
internal sealed record Quantity(double Value, double? ValueMax, string? Unit, int Start, int End, int UnitStart)
{
    public bool IsPercent => Unit == "%";
}
