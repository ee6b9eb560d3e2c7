using Directives.Core.Documents;
using Directives.Core.Dates;
using System.Globalization;
using Directives.Ingestion.Pipeline;
using Directives.Search.Graph;
using Directives.Search.Obligations;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using F = Directives.Search.Index.IndexFields;

namespace Directives.Search.Index;

/// <summary>Maps between <see cref="ProcessedDocument"/>, Lucene documents and <see cref="StoredDocument"/>.</summary>
static class DocumentMapper
{
    /// <summary>
    /// An analysed field without positions: the folded text answers words (which documents, how often), phrases go to
    /// its pairs (<see cref="F.TextPairs"/>), which keep theirs (100k ingest with the pairs: 688 documents/s with these
    /// positions, 778 without).
    /// </summary>
    static readonly FieldType WordsOnly = new(TextField.TYPE_NOT_STORED) { IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS };

    /// <summary>The Lucene document of <paramref name="d"/>, its indexed untokenised fields taken from <paramref name="fields"/>.</summary>
    public static Document ToLucene(ProcessedDocument d, int pipelineVersion, IndexedFieldPool fields)
    {
        var doc = new Document
        {
            fields.String(F.Id, d.Id, Field.Store.YES),
            new StoredField(F.Path, d.SourcePath),
            fields.String(F.Hash, d.ContentHash, Field.Store.YES),
            new StoredField(F.Pipeline, pipelineVersion),
            fields.String(F.Format, d.Format, Field.Store.YES),
            new StoredField(F.Size, d.Size),
            new StoredField(F.Modified, d.Modified.ToString("O", CultureInfo.InvariantCulture)),
            new BinaryDocValuesField(F.VersionValue, new BytesRef(VersionValue(d.Id, new StoredVersion(d.ContentHash, pipelineVersion, d.Size, d.Modified.UtcDateTime)))),
            new TextField(F.Text, d.Text, Field.Store.NO),
            fields.Utf8(F.Text, d.Text),
            new Field(F.TextFolded, d.Text, WordsOnly),
            new TextField(F.TextPairs, d.Text, Field.Store.NO),
        };
        AddFacet(doc, fields, F.Kind, d.Kind);
        var h = d.Header;
        if (h?.Citation is { } citation)
        {
            doc.Add(fields.String(F.Citation, citation, Field.Store.YES));
            // A state document's number ("15/2023/NQ-HĐND") has no party number and code of its own.
            if (h is { Number: { } number, Code: { } code })
            {
                doc.Add(fields.String(F.NumberCode, NumberCodeKey(number, code), Field.Store.NO));
                doc.Add(new StoredField(F.Number, number));
                doc.Add(fields.String(F.Code, code, Field.Store.YES));
            }
            AddFacet(doc, fields, F.Issuer, h.Issuer);
        }
        AddFacet(doc, fields, F.Organization, d.Organization);
        if (h?.Place is { } place) doc.Add(new StoredField(F.Place, place));
        if (d.Date is { } date)
        {
            var iso = IsoDate.Format(date);
            doc.Add(new StoredField(F.Date, iso));
            var number = date.Year * 10000 + date.Month * 100 + date.Day;
            doc.Add(fields.Int32(F.DateNumber, number, Field.Store.NO));
            doc.Add(new NumericDocValuesField(F.DateSort, number));
            AddFacet(doc, fields, F.Year, date.Year.ToString(CultureInfo.InvariantCulture));
        }
        else doc.Add(new NumericDocValuesField(F.DateSort, 0));
        if (d.Published is { } published)
            doc.Add(new StoredField(F.Published, IsoDate.Format(published)));
        if (d.Title is { Length: > 0 } title)
        {
            doc.Add(new TextField(F.Title, title, Field.Store.YES));
            doc.Add(new TextField(F.TitleFolded, title, Field.Store.NO));
            // The title's words and phrases match as the text's (one term query a word, LuceneQueryBuilder); what a title
            // match weighs more is added in the second pass, from the title fields.
            doc.Add(new Field(F.TextFolded, title, WordsOnly));
            doc.Add(new TextField(F.TextPairs, title, Field.Store.NO));
        }
        foreach (var cited in d.Cites) doc.Add(fields.String(F.Cites, cited, Field.Store.YES));
        doc.Add(fields.Int32(F.Classification, (int)d.Classification, Field.Store.YES));
        foreach (var warning in d.Warnings) doc.Add(new StoredField(F.Warnings, warning));
        if (d.Ocr is { } ocr) doc.Add(new StoredField(F.Ocr, System.Text.Json.JsonSerializer.Serialize(ocr, StoredJson.Options)));
        doc.Add(fields.Json(F.Graph, GraphContributions.From(d)));
        doc.Add(fields.Json(F.Obligations, DocumentObligations.From(d)));
        return doc;
    }

    /// <summary>The <see cref="F.VersionValue"/> of a document: its id and <see cref="StoredVersion"/>, separated by NULs.</summary>
    public static string VersionValue(string id, StoredVersion v)
        => string.Create(CultureInfo.InvariantCulture, $"{id}\0{v.ContentHash}\0{v.PipelineVersion}\0{v.Size}\0{v.Modified?.Ticks}");

    /// <summary>The id and version <see cref="VersionValue(string, StoredVersion)"/> wrote.</summary>
    public static (string Id, StoredVersion Version) ParseVersionValue(string value)
    {
        var parts = value.Split('\0');
        long? Long(string s) => s.Length == 0 ? null : long.Parse(s, CultureInfo.InvariantCulture);
        return (parts[0], new StoredVersion(parts[1], int.Parse(parts[2], CultureInfo.InvariantCulture), Long(parts[3]),
            Long(parts[4]) is { } ticks ? new DateTime(ticks, DateTimeKind.Utc) : null));
    }

    public static string NumberCodeKey(int number, string code)
        => string.Create(CultureInfo.InvariantCulture, $"{number:00}-{code}");

    static void AddFacet(Document doc, IndexedFieldPool fields, string field, string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        doc.Add(fields.String(field, value, Field.Store.YES));
        doc.Add(new SortedDocValuesField(F.FacetField(field), new BytesRef(value)));
    }

    public static StoredDocument ToStored(Document doc) => new()
    {
        Id = doc.Get(F.Id),
        Citation = doc.Get(F.Citation),
        Kind = doc.Get(F.Kind) ?? "",
        Number = doc.GetField(F.Number)?.GetInt32Value(),
        Code = doc.Get(F.Code),
        Issuer = doc.Get(F.Issuer),
        Organization = doc.Get(F.Organization),
        Place = doc.Get(F.Place),
        Date = doc.Get(F.Date),
        Published = doc.Get(F.Published),
        Title = doc.Get(F.Title),
        Format = doc.Get(F.Format) ?? "",
        Source = doc.Get(F.Path) ?? "",
        ContentHash = doc.Get(F.Hash) ?? "",
        Cites = doc.GetValues(F.Cites) ?? [],
        Warnings = doc.GetValues(F.Warnings) ?? [],
        Ocr = doc.Get(F.Ocr) is { } ocr ? System.Text.Json.JsonSerializer.Deserialize<Ingestion.Readers.OcrSummary>(ocr, StoredJson.Options) : null,
        Text = StoredUtf8.String(doc, F.Text) ?? "",
        Classification = ClassificationOf(doc),
    };

    public static Classification ClassificationOf(Document doc)
        => doc.GetField(F.Classification)?.GetInt32Value() is { } level ? (Classification)level : Classification.Public;
}
