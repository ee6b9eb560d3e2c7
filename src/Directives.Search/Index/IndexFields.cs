namespace Directives.Search.Index;

/// <summary>Field names of the Lucene schema; one place so writer, queries and readers agree.</summary>
public static class IndexFields
{
    public const string Id = "id";
    public const string Path = "path";
    public const string Hash = "hash";
    public const string Pipeline = "pipeline";
    public const string Format = "format";
    /// <summary>Canonical number, "28-CT/TW".</summary>
    public const string Citation = "citation";
    /// <summary>Number and code without issuer, "28-CT", for queries like "chỉ thị 28".</summary>
    public const string NumberCode = "numcode";
    public const string Number = "number";
    public const string Code = "code";
    public const string Kind = "kind";
    public const string Issuer = "issuer";
    public const string Organization = "organization";
    public const string Place = "place";
    public const string Date = "date";
    public const string DateNumber = "date_num";
    public const string DateSort = "date_sort";
    public const string Year = "year";
    public const string Published = "published";
    public const string Title = "title";
    public const string TitleFolded = "title_folded";
    public const string Text = "text";
    public const string TextFolded = "text_folded";
    /// <summary>Each two adjacent folded tokens of the text as one term, for phrases (see Analysis/TokenForm.FoldedPairs).</summary>
    public const string TextPairs = "text_pairs";
    public const string Cites = "cites";
    public const string Warnings = "warnings";
    /// <summary>Stored JSON of the pages read by OCR and their mean confidence, for scanned PDFs.</summary>
    public const string Ocr = "ocr";
    /// <summary>Stored JSON of the document's graph contribution (node and assertions), see Graph/GraphContributions.</summary>
    public const string Graph = "graph";
    /// <summary>Stored JSON of the document's targets, tasks, results and arithmetic issues, see Obligations/DocumentObligations.</summary>
    public const string Obligations = "obligations";
    /// <summary>The distribution stamp (<see cref="Directives.Core.Documents.Classification"/>), indexed as a number so searches can exclude levels above the caller's clearance.</summary>
    public const string Classification = "classification";
    public const string Size = "size";
    /// <summary>
    /// Id, hash, pipeline, size and write time in one binary doc value ("version_dv"): an ingest reads them for every
    /// document before it starts, and from the stored fields that took 11 s at 100,000 documents (each read
    /// decompresses the block holding the document's text).
    /// </summary>
    public const string VersionValue = "version_dv";
    public const string Modified = "modified";

    /// <summary>Single-valued fields with doc values, counted as facets.</summary>
    public static readonly IReadOnlyList<string> FacetFields = [Kind, Issuer, Organization, Year];

    public static string FacetField(string field) => field + "_facet";
}
