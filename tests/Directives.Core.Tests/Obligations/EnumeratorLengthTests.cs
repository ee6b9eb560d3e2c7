using Directives.Core.Obligations;
using Directives.Core.Tests.Text;
using FsCheck;
using FsCheck.Xunit;

namespace Directives.Core.Tests.Obligations;

/// <summary>
/// The list-marker length the task recogniser reads at each clause start, asked of the engine only where a marker can
/// start, equals the engine's answer at every position of the real texts and of random texts made of markers and words.
/// </summary>
public sealed class EnumeratorLengthTests
{
    static readonly string[] Pieces =
    [
        "1.", "2)", "12.3.", "1.2.3.4.5", "IV.", "X)", "a)", "b.", "đ)", "z.", "-", "–", "•", "+", "*", "Một là,", "Hai là:", "Mười là,",
        "Một", "là", "Ban", "Tỉnh ủy", "Việc", "Xây dựng", "các", "a", "I", "V", " ", "  ", "\t", "\n", ".", ")", ",", ":", ";", "٣", "x",
    ];

    static void AssertSame(string text)
    {
        for (var i = 0; i <= text.Length; i++)
        {
            var expected = 0;
            foreach (var m in TaskRecognizer.Enumerator.EnumerateMatches(text.AsSpan(), i)) { expected = m.Length; break; }
            Assert.Equal(expected, TaskRecognizer.EnumeratorLength(text, i));
        }
    }

    [Fact]
    public void Equals_the_engine_at_every_position_of_the_real_texts()
    {
        var texts = AnchoredSearchCases.RealTexts().Where((_, i) => i % 2 == 0).ToList(); // as written
        Assert.True(texts.Count > 40);
        foreach (var text in texts) AssertSame(text);
    }

    [Property(MaxTest = 2000)]
    public Property Equals_the_engine_at_every_position_of_random_texts() =>
        AnchoredSearchCases.OnRandomTexts(Pieces, "", ["marker"], (_, text) => AssertSame(text));

    [Theory]
    [InlineData("  1. Ban Tổ chức; a) các huyện ủy; \t- Tỉnh đoàn; Một là, xây dựng; IV. Nhiệm vụ; z) x; đ. y; 1.2.3) z")]
    public void Markers_after_blanks_are_read_as_the_engine_reads_them(string text) => AssertSame(text);
}
