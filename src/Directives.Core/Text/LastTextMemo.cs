namespace Directives.Core.Text;

/// <summary>
/// Remembers, per thread, the result of a pure function for the last whole text it was asked about. One extraction
/// runs several recognisers that each need the same scan of the same text (the citations, the sentence index);
/// the second asks get the first one's answer. Texts are immutable, so the same instance means the same answer.
/// Short strings (windows, lines) are computed every time: only whole texts repeat.
/// </summary>
public sealed class LastTextMemo<T>(Func<string, T> compute, int minLength = 512) where T : class
{
    readonly ThreadLocal<(string? Text, T? Value)> last = new();

    public T Get(string text)
    {
        if (text.Length < minLength) return compute(text);
        var (seen, value) = last.Value;
        if (ReferenceEquals(seen, text) && value is not null) return value;
        value = compute(text);
        last.Value = (text, value);
        return value;
    }
}
