using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Lucene.Net.Documents;

namespace Directives.Search.Index;

/// <summary>
/// The indexed, untokenised fields of the documents one thread maps (ids, hashes, citations, facets, numbers), kept
/// and given new values for each document instead of created anew: Lucene gives every new such field its own token
/// stream, whose attributes it builds by reflection, and at 20,000 documents that was a twentieth of an ingest's CPU.
/// A document built from the pool is valid until the same thread maps the next one, which is how
/// <see cref="DocumentIndex.Upsert"/> uses it (the document is indexed before it returns). The same holds for the
/// UTF-8 buffers of the large stored values (<see cref="Utf8"/>, <see cref="Json{T}"/>): Lucene copies their bytes
/// while it indexes the document, so each thread writes the next document's into the same buffers.
/// </summary>
sealed class IndexedFieldPool
{
    [ThreadStatic] static IndexedFieldPool? current;

    readonly Dictionary<string, Slots> byName = new(StringComparer.Ordinal);
    readonly Dictionary<string, ArrayBufferWriter<byte>> buffers = new(StringComparer.Ordinal);
    Utf8JsonWriter? json;

    /// <summary>A buffer grown past this for one large document is let go instead of being kept for the next.</summary>
    const int KeptBufferBytes = 4 << 20;

    /// <summary>This thread's pool, every field free again: the previous document it built must be done with.</summary>
    public static IndexedFieldPool ForNextDocument()
    {
        var pool = current ??= new IndexedFieldPool();
        foreach (var slots in pool.byName.Values) slots.Used = 0;
        foreach (var (name, buffer) in pool.buffers)
            if (buffer.Capacity > KeptBufferBytes) pool.buffers[name] = new ArrayBufferWriter<byte>();
            else buffer.ResetWrittenCount();
        return pool;
    }

    /// <summary>A stored field holding <paramref name="value"/> as UTF-8 bytes (read it with <see cref="StoredUtf8"/>).</summary>
    public StoredField Utf8(string name, string value)
    {
        var buffer = BufferOf(name);
        var length = Encoding.UTF8.GetByteCount(value);
        buffer.Advance(Encoding.UTF8.GetBytes(value, buffer.GetSpan(length)));
        return Stored(name, buffer);
    }

    /// <summary>A stored field holding <paramref name="value"/> as UTF-8 JSON, the same bytes as <see cref="StoredJson.Options"/> serialise to.</summary>
    public StoredField Json<T>(string name, T value)
    {
        var buffer = BufferOf(name);
        // The writer's own options decide escaping and indentation, not the serializer's.
        if (json is null) json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = StoredJson.Options.Encoder, Indented = false, SkipValidation = true });
        else json.Reset(buffer);
        JsonSerializer.Serialize(json, value, StoredJson.Options);
        json.Flush();
        return Stored(name, buffer);
    }

    ArrayBufferWriter<byte> BufferOf(string name)
    {
        if (!buffers.TryGetValue(name, out var buffer)) buffers[name] = buffer = new ArrayBufferWriter<byte>();
        // A name used twice in one document would overwrite the bytes its first field points to.
        if (buffer.WrittenCount > 0) throw new InvalidOperationException($"{name} is already stored in this document.");
        return buffer;
    }

    static StoredField Stored(string name, ArrayBufferWriter<byte> buffer)
    {
        if (!MemoryMarshal.TryGetArray(buffer.WrittenMemory, out var bytes)) throw new InvalidOperationException("An array buffer has an array.");
        return new StoredField(name, bytes.Array, bytes.Offset, bytes.Count);
    }

    public Field String(string name, string value, Field.Store store)
        => Take(name, value, static (f, v) => f.SetStringValue(v), static (n, v, s) => new StringField(n, v, s), store);

    public Field Int32(string name, int value, Field.Store store)
        => Take(name, value, static (f, v) => f.SetInt32Value(v), static (n, v, s) => new Int32Field(n, v, s), store);

    /// <summary>The next free field of <paramref name="name"/> given <paramref name="value"/>, created when none is free.</summary>
    Field Take<TValue>(string name, TValue value, Action<Field, TValue> set, Func<string, TValue, Field.Store, Field> create, Field.Store store)
    {
        var slots = SlotsOf(name);
        if (slots.Used < slots.Fields.Count)
        {
            var field = slots.Fields[slots.Used++];
            set(field, value);
            return field;
        }
        var created = create(name, value, store);
        slots.Fields.Add(created);
        slots.Used++;
        return created;
    }

    Slots SlotsOf(string name)
    {
        if (!byName.TryGetValue(name, out var slots)) byName[name] = slots = new Slots();
        return slots;
    }

    /// <summary>The fields of one name (several for a multi-valued one, such as the cited numbers) and how many are in use.</summary>
    sealed class Slots
    {
        public readonly List<Field> Fields = [];
        public int Used;
    }
}
