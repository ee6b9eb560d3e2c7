using Directives.Core.Obligations;

namespace Directives.Core.Tests.Obligations;

public class VietnameseNumberTests
{
    [Theory]
    [InlineData("4.922", 4922)]
    [InlineData("98,44", 98.44)]
    [InlineData("73.860", 73860)]
    [InlineData("1.234.567", 1234567)]
    [InlineData("3,5", 3.5)]
    [InlineData("0,16", 0.16)]
    [InlineData("100", 100)]
    [InlineData("2005", 2005)]
    [InlineData("1.234,56", 1234.56)]
    [InlineData("62.331", 62331)]
    [InlineData("2.5", 2.5)]
    [InlineData("98.4", 98.4)]
    [InlineData("1,234,567", 1234567)]
    [InlineData(" 46.214 ", 46214)]
    public void Reads_thousands_dots_and_decimal_commas(string written, double expected)
    {
        Assert.True(VietnameseNumber.TryParse(written, out var value));
        Assert.Equal(expected, value, 6);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("abc")]
    [InlineData("12%")]
    [InlineData("1..2")]
    [InlineData("12.34.5")]
    [InlineData(",5")]
    [InlineData("5,")]
    [InlineData("1,5,7")]
    [InlineData("1.234,5,6")]
    [InlineData("1,234.567")]
    public void Rejects_what_is_not_a_number(string written) =>
        Assert.False(VietnameseNumber.TryParse(written, out _));
}
