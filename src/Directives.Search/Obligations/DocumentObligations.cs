using System.Text.Json;
using Directives.Core.Dates;
using Directives.Core.Extraction;
using Directives.Core.Obligations;
using Directives.Ingestion.Pipeline;
using Directives.Search.Index;

namespace Directives.Search.Obligations;

/// <summary>
/// What one document brings to the obligations register, stored with it in the index: the targets and tasks it
/// sets or quotes, the results it reports, and the figures its own numbers contradict, each with its sentence.
/// Nothing is linked here: owners and links are resolved when the register is read, against the current graph.
/// </summary>
public sealed record DocumentObligations(
    string Document,
    string? Date,
    IReadOnlyList<Evidenced<Target>> Targets,
    IReadOnlyList<Evidenced<AssignedTask>> Tasks,
    IReadOnlyList<Evidenced<Result>> Results,
    IReadOnlyList<Evidenced<ArithmeticIssue>> Issues)
{
    /// <summary>Evidence longer than this on either side of the item is cut at a word.</summary>
    const int EvidenceReach = 300;

    public static DocumentObligations From(ProcessedDocument d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var x = d.Extraction;
        var sentences = SentenceIndex.For(d.Text);
        return new DocumentObligations(
            d.Id,
            IsoDate.Format(d.Date),
            x is null ? [] : x.Targets.Select(t => With(d.Text, sentences, t, t.Start, t.End)).ToList(),
            x is null ? [] : x.Tasks.Select(t => With(d.Text, sentences, t, t.Start, t.End)).ToList(),
            x is null ? [] : x.Results.Select(r => With(d.Text, sentences, r, r.Start, r.End)).ToList(),
            x is null ? [] : x.ArithmeticIssues.Select(i => With(d.Text, sentences, i, i.Start, i.End)).ToList());
    }

    public static string Serialize(DocumentObligations o) => JsonSerializer.Serialize(o, StoredJson.Options);

    public static DocumentObligations? Deserialize(ReadOnlySpan<byte> utf8) => JsonSerializer.Deserialize<DocumentObligations>(utf8, StoredJson.Options);

    /// <summary>
    /// As <see cref="Deserialize"/>, with every sentence left empty (skipped, never decoded): the register's build reads
    /// every document and keeps no sentence, and they were most of what it allocated.
    /// </summary>
    public static DocumentObligations? DeserializeWithoutSentences(ReadOnlySpan<byte> utf8) => JsonSerializer.Deserialize<DocumentObligations>(utf8, WithoutSentences);

    static readonly JsonSerializerOptions WithoutSentences = new(StoredJson.Options) { Converters = { new SkipSentences() } };

    sealed class SkipSentences : System.Text.Json.Serialization.JsonConverterFactory
    {
        public override bool CanConvert(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Evidenced<>);

        public override System.Text.Json.Serialization.JsonConverter CreateConverter(Type type, JsonSerializerOptions options)
            => (System.Text.Json.Serialization.JsonConverter)Activator.CreateInstance(typeof(Reader<>).MakeGenericType(type.GetGenericArguments()[0]))!;

        sealed class Reader<T> : System.Text.Json.Serialization.JsonConverter<Evidenced<T>>
        {
            public override Evidenced<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            {
                if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("evidence is not an object");
                T? item = default;
                int start = 0, end = 0;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals("item"u8))
                    {
                        reader.Read();
                        item = JsonSerializer.Deserialize<T>(ref reader, options);
                    }
                    else if (reader.ValueTextEquals("sentenceStart"u8)) { reader.Read(); start = reader.GetInt32(); }
                    else if (reader.ValueTextEquals("sentenceEnd"u8)) { reader.Read(); end = reader.GetInt32(); }
                    else { reader.Read(); reader.Skip(); }
                }
                return new Evidenced<T>(item ?? throw new JsonException("evidence without its item"), "", start, end);
            }

            public override void Write(Utf8JsonWriter writer, Evidenced<T> value, JsonSerializerOptions options) => throw new NotSupportedException();
        }
    }

    static Evidenced<T> With<T>(string text, SentenceIndex sentences, T item, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var from = Math.Max(sentences.SentenceStart(start), start - EvidenceReach);
        var to = Math.Min(sentences.SentenceEnd(Math.Max(start, end - 1)), end + EvidenceReach);
        while (from > 0 && from < start && !char.IsWhiteSpace(text[from - 1])) from++;
        while (to < text.Length && to > end && !char.IsWhiteSpace(text[to])) to--;
        var sentence = text[from..to];
        var lead = sentence.Length - sentence.TrimStart().Length;
        var body = sentence.Trim();
        return new Evidenced<T>(item, body, from + lead, from + lead + body.Length);
    }
}
