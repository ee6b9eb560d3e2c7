using Directives.Core.Text;

namespace Directives.Core.Tests.Text;

public class TonePlacementTests
{
    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("hòa", "hòa")]
    [InlineData("thuỷ", "thủy")]
    [InlineData("uỷ", "ủy")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("toạ", "tọa")]
    [InlineData("quý", "quý")]       // qu- is a consonant: the tone stays
    [InlineData("hoàng", "hoàng")]   // closed syllable: one placement only
    [InlineData("thuyết", "thuyết")]
    [InlineData("đảng", "đảng")]
    public void Canonical_puts_the_tone_on_the_first_vowel_of_open_oa_oe_uy(string word, string expected)
        => Assert.Equal(expected, TonePlacement.Canonical(word));
}
