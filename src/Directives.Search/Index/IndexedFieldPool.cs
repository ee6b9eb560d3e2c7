using Lucene.Net.Documents;

namespace Directives.Search.Index;

/// <summary>
/// The indexed, untokenised fields of the documents one thread maps (ids, hashes, citations, facets, numbers), kept
/// and given new values for each document instead of created anew: Lucene gives every new such field its own token
/// stream, whose attributes it builds by reflection, and at 20,000 documents that was a twentieth of an ingest's CPU.
/// A document built from the pool is valid until the same thread maps the next one, which is how
/// <see cref="DocumentIndex.Upsert"/> uses it (the document is indexed before it returns).
/// </summary>
sealed class IndexedFieldPool
{
    [ThreadStatic] static IndexedFieldPool? current;

    readonly Dictionary<string, Slots> byName = new(StringComparer.Ordinal);

    /// <summary>This thread's pool, every field free again: the previous document it built must be done with.</summary>
    public static IndexedFieldPool ForNextDocument()
    {
        var pool = current ??= new IndexedFieldPool();
        foreach (var slots in pool.byName.Values) slots.Used = 0;
        return pool;
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
