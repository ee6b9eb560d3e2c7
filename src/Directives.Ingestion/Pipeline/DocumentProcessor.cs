using Directives.Core.Citations;
using Directives.Core.Documents;
using Directives.Core.Organizations;
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
        var header = HeaderRecognizer.Recognize(extracted.Text, extracted.HeaderBlock);
        var news = header is null ? NewsHeadRecognizer.Recognize(extracted.Text) : null;
        var published = news?.Published ?? (extracted.Published is { } p ? DateOnly.FromDateTime(p.Date) : null);
        var kind = header?.Kind ?? (header?.Code is { } code ? DocumentKinds.NameForCode(code) : null) ?? NewsKind;

        var own = header?.Citation;
        var cites = CitationScanner.Scan(extracted.Text)
            .Select(m => m.Number.Canonical)
            .Where(c => c != own)
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
            Published = header is null ? published : null,
            Kind = kind,
            Organization = header?.Organization ?? OrganizationGuess.FromText(extracted.Text),
            Cites = cites,
            Warnings = extracted.Warnings,
            Size = info.Length,
            Modified = info.LastWriteTimeUtc,
        };
    }
}
