using Directives.Core.Citations;
using Directives.Core.Extraction;
using Directives.Core.Dates;
using Directives.Core.Documents;
using Directives.Ingestion.Readers;

namespace Directives.Ingestion.Pipeline;

/// <summary>Reads one file and recognises what it is: header, title, date, kind, the numbers it cites.</summary>
public sealed class DocumentProcessor(DocumentReaderRegistry readers)
{
    public const string NewsKind = "Tin bài";

    public ProcessedDocument Process(string path, string id, string contentHash, CancellationToken cancellationToken = default)
    {
        var info = new FileInfo(path);
        var extracted = readers.Read(path, cancellationToken);
        var analysis = Extractor.Analyze(FileExtraction.InputFor(extracted, Path.GetFileName(path)));
        var (header, news, result) = analysis;
        var published = header is null ? IsoDate.Parse(result.Published) : null;
        var kind = header?.Kind ?? (header?.Code is { } code ? DocumentKinds.NameForCode(code) : null) ?? NewsKind;

        var own = header?.Citation;
        var cites = result.References
            .Where(r => r.Category == ReferenceCategories.Party && r.Citation != own)
            .Select(r => r.Citation!)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        return new ProcessedDocument
        {
            Id = id,
            SourcePath = path,
            ContentHash = contentHash,
            Format = extracted.Format,
            Text = extracted.Text,
            Title = header?.Title ?? news?.Headline ?? extracted.Title,
            Header = header,
            Published = published,
            Kind = kind,
            Organization = result.Organization,
            Extraction = result,
            Cites = cites,
            Warnings = extracted.Warnings,
            Classification = ClassificationStamps.Recognize(extracted.Text, extracted.PageHeaders),
            Size = info.Length,
            Modified = info.LastWriteTimeUtc,
        };
    }
}
