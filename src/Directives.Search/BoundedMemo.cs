using System.Collections.Concurrent;

namespace Directives.Search;

/// <summary>
/// Values computed once per key and kept, at most <c>limit</c> of them: adding to a full memo starts it again (what is
/// asked for again soon is computed again once). Safe across threads; two threads asking for the same new key at once
/// may both compute it, and one value is kept. Entries are counted as they are added, never by asking the dictionary,
/// whose <c>Count</c> takes every lock it has.
/// </summary>
public sealed class BoundedMemo<TKey, TValue>(int limit) where TKey : notnull
{
    readonly ConcurrentDictionary<TKey, TValue> values = new();
    int count;

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> compute)
    {
        if (values.TryGetValue(key, out var value)) return value;
        value = compute(key);
        if (Interlocked.Increment(ref count) > limit)
        {
            values.Clear();
            Interlocked.Exchange(ref count, 1);
        }
        return values.GetOrAdd(key, value);
    }
}
