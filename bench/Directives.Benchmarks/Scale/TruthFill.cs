using System.Security.Cryptography;
using Directives.Benchmarks.Corpus;
using Directives.Core.Citations;
using Directives.Core.Documents;
using Directives.Core.Extraction;
using Directives.Ingestion.Pipeline;
using Directives.Search.Index;

namespace Directives.Benchmarks.Scale;

/// <summary>
/// For the largest runs: indexes the documents the timed ingest did not reach, built from the generator's ground
/// truth instead of the extractor (header, references and edges as planted), so search and the graph can be measured
/// on the whole corpus. The content hash is the file's real one, so a later ingest skips them as unchanged.
/// </summary>
public static class TruthFill
{
    public static int Run(ScaleContext ctx, DocumentIndex index)
    {
        var done = index.Versions();
        var filled = 0;
        foreach (var (truth, file) in ctx.TextDocuments())
        {
            if (done.ContainsKey(truth.Id)) continue;
            index.Upsert(Document(truth, file, ctx.FillText));
            if (++filled % 5000 == 0) index.Commit();
        }
        index.Commit();
        return filled;
    }

    static ProcessedDocument Document(GroundTruth t, string file, Func<string, string> text)
    {
        var bytes = File.ReadAllBytes(file);
        PartyNumber.TryParse(t.Citation, out var own);
        var date = DateOnly.Parse(t.Date, System.Globalization.CultureInfo.InvariantCulture);
        var header = new DocumentHeader
        {
            Citation = t.Citation, Number = own?.Number, Code = own?.Code, Issuer = own?.Issuer, Organization = t.Organization,
            Date = date, Kind = t.Kind, Title = t.Title,
        };
        var references = t.References.Select(r => new Reference { Citation = r.Citation, Surface = r.Surface, Start = 0, End = 0, Category = ReferenceCategories.Party }).ToList();
        var relations = t.Edges.Select(e => new Relation { Type = e.Type, From = RelationTypes.Self, To = e.To, Evidence = "", Start = 0, End = 0 }).ToList();
        return new ProcessedDocument
        {
            Id = t.Id, SourcePath = file, ContentHash = Convert.ToHexStringLower(SHA256.HashData(bytes)), Format = "txt",
            Text = text(System.Text.Encoding.UTF8.GetString(bytes)), Title = t.Title, Header = header, Kind = t.Kind, Organization = t.Organization,
            Extraction = new ExtractionResult { Source = Path.GetFileName(file), References = references, Relations = relations },
            Cites = references.Select(r => r.Citation!).Where(c => c != t.Citation).Distinct().ToList(), Size = bytes.Length,
        };
    }
}
