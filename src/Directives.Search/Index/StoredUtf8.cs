using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Directives.Search.Index;

/// <summary>Parses a stored value from its UTF-8 bytes.</summary>
public delegate T? Utf8Parser<out T>(ReadOnlySpan<byte> utf8);

/// <summary>
/// The large stored values — the text and the graph and obligations JSON, four times the text together — are kept as
/// UTF-8 bytes (see <see cref="IndexedFieldPool.Utf8"/>). Stored as strings, Lucene encoded each into a new, growing
/// array (a quarter of everything an ingest allocated, much of it in the large-object heap), and JSON read back from a
/// string was encoded to UTF-8 once more before parsing. Values an index of an earlier pipeline stored as strings are
/// still read.
/// </summary>
public static class StoredUtf8
{
    /// <summary>The value of <paramref name="field"/> as text; null when the document does not store it.</summary>
    public static string? String(Document doc, string field) => Parse(doc, field, static utf8 => Encoding.UTF8.GetString(utf8));

    /// <summary>
    /// The value of <paramref name="field"/> parsed from its UTF-8 bytes; default when the document does not store it.
    /// A value an earlier pipeline stored as a string is encoded first (such indexes are re-ingested once).
    /// </summary>
    public static T? Parse<T>(Document doc, string field, Utf8Parser<T> parse) => doc.GetField(field) switch
    {
        null => default,
        var f when f.GetBinaryValue() is { } bytes => parse(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length)),
        var f when f.GetStringValue() is { } text => parse(Encoding.UTF8.GetBytes(text)),
        _ => default,
    };
}
