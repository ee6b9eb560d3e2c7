namespace Directives.Search.Tests;

public sealed class BoundedMemoTests
{
    [Fact]
    public void Keeps_each_value_until_full_then_starts_again()
    {
        var computed = new List<string>();
        var memo = new BoundedMemo<string, string>(2);
        string Get(string key) => memo.GetOrAdd(key, k => { computed.Add(k); return k.ToUpperInvariant(); });

        Assert.Equal("A", Get("a"));
        Assert.Equal("B", Get("b"));
        Assert.Equal("A", Get("a"));
        Assert.Equal(["a", "b"], computed);
        // A third key fills it past its limit: it starts again with that key alone.
        Assert.Equal("C", Get("c"));
        Assert.Equal("C", Get("c"));
        Assert.Equal("A", Get("a"));
        Assert.Equal(["a", "b", "c", "a"], computed);
    }

    [Fact]
    public void Null_values_are_kept_too()
    {
        var calls = 0;
        var memo = new BoundedMemo<int, string?>(4);
        Assert.Null(memo.GetOrAdd(1, _ => { calls++; return null; }));
        Assert.Null(memo.GetOrAdd(1, _ => { calls++; return null; }));
        Assert.Equal(1, calls);
    }
}
