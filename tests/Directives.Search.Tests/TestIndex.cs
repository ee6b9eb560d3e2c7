using Directives.Core.Documents;
using Directives.Core.Text;
using Directives.Ingestion.Pipeline;
using Directives.Search.Index;

namespace Directives.Search.Tests;

/// <summary>A throw-away index in a temp folder, one per test.</summary>
sealed class TestIndex : IDisposable
{
    readonly string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "directives-test-" + Guid.NewGuid().ToString("N"));
    public DocumentIndex Index { get; }

    public TestIndex() => Index = new DocumentIndex(path);

    public TestIndex Add(string id, string text, string? citation = null, string? kind = null, string? organization = null,
        DateOnly? date = null, string? title = null, Classification classification = Classification.Public)
    {
        DocumentHeader? header = null;
        if (citation is not null)
        {
            var (number, rest) = (int.Parse(citation[..citation.IndexOf('-')]), citation[(citation.IndexOf('-') + 1)..]);
            header = new DocumentHeader
            {
                Citation = citation, Number = number, Code = rest[..rest.IndexOf('/')], Issuer = rest[(rest.IndexOf('/') + 1)..],
                Kind = kind, Organization = organization, Date = date, Title = title,
            };
        }
        Index.Upsert(new ProcessedDocument
        {
            Id = id, SourcePath = "/nowhere/" + id, ContentHash = id.GetHashCode().ToString(), Format = "txt",
            Text = VietnameseText.Normalize(text), Title = title, Header = header, Kind = kind ?? "Tin bài",
            Organization = organization, Published = header is null ? date : null, Classification = classification,
        });
        return this;
    }

    public TestIndex Commit()
    {
        Index.Commit();
        return this;
    }

    public void Dispose()
    {
        Index.Dispose();
        try { Directory.Delete(path, recursive: true); } catch (IOException) { }
    }
}
