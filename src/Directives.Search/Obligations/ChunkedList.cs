namespace Directives.Search.Obligations;

/// <summary>
/// An append-only list in chunks of <see cref="ChunkSize"/> items: growing never copies what is there (a
/// <see cref="List{T}"/> of millions of items holds its old and new arrays at once while it grows, and puts both in
/// the large-object heap). A block added with <see cref="AddBlock"/> never spans two chunks, so it can be read as one span.
/// </summary>
internal sealed class ChunkedList<T> where T : struct
{
    const int Shift = 16;
    public const int ChunkSize = 1 << Shift;
    const int Mask = ChunkSize - 1;

    readonly List<T[]> chunks = [];

    /// <summary>The position the next item takes (items skipped to keep a block in one chunk count).</summary>
    public int Count { get; private set; }

    public ref T this[int i] => ref chunks[i >> Shift][i & Mask];

    public int Add(in T item)
    {
        Reserve(1);
        this[Count] = item;
        return Count++;
    }

    /// <summary>Appends the items in one chunk and returns the position of the first.</summary>
    public int AddBlock(ReadOnlySpan<T> items)
    {
        if (items.Length > ChunkSize) throw new ArgumentOutOfRangeException(nameof(items), items.Length, "a block is at most one chunk");
        if (items.Length == 0) return Count;
        if ((Count & Mask) + items.Length > ChunkSize) Count = (Count | Mask) + 1;
        Reserve(items.Length);
        var at = Count;
        items.CopyTo(chunks[at >> Shift].AsSpan(at & Mask));
        Count += items.Length;
        return at;
    }

    public Span<T> Block(int at, int count) => count == 0 ? [] : chunks[at >> Shift].AsSpan(at & Mask, count);

    void Reserve(int count)
    {
        while (chunks.Count * ChunkSize < Count + count) chunks.Add(new T[ChunkSize]);
    }
}
