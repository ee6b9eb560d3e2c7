using System.Runtime.CompilerServices;

namespace Directives.Search.Graph;

/// <summary>
/// A value derived from one graph snapshot (the register, the suggestion index), built once per snapshot on first
/// use and dropped with it. Each clearance has its own snapshot, so each gets its own value without a second cache.
/// </summary>
public sealed class PerGraphSnapshot<T>(Func<GraphSnapshot, T> build) where T : class
{
    readonly ConditionalWeakTable<GraphSnapshot, Lazy<T>> built = new();

    public T For(GraphSnapshot snapshot) => built.GetValue(snapshot, s => new Lazy<T>(() => build(s))).Value;
}
