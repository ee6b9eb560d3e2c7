using Directives.Core.Documents;
using Directives.Core.Extraction;

namespace Directives.Ingestion.Pipeline;

/// <summary>One corpus file after reading and analysis, ready to index.</summary>
public sealed record ProcessedDocument
{
    /// <summary>Stable id, see <see cref="DocumentIds"/>.</summary>
    public required string Id { get; init; }
    public required string SourcePath { get; init; }
    /// <summary>SHA-256 of the file bytes, hex.</summary>
    public required string ContentHash { get; init; }
    public required string Format { get; init; }
    /// <summary>NFC text.</summary>
    public required string Text { get; init; }
    /// <summary>Trích yếu for party documents, the headline for news.</summary>
    public string? Title { get; init; }
    /// <summary>The document's own header, when it is a party document.</summary>
    public DocumentHeader? Header { get; init; }
    /// <summary>Publication date of a news text (no header).</summary>
    public DateOnly? Published { get; init; }
    /// <summary>Issue date from the header, else the publication date.</summary>
    public DateOnly? Date => Header?.Date ?? Published;
    /// <summary>"Kế hoạch", "Chỉ thị" … or "Tin bài" for news reports.</summary>
    public required string Kind { get; init; }
    public string? Organization { get; init; }
    /// <summary>Canonical numbers of the party documents the text cites, in first-mention order.</summary>
    public IReadOnlyList<string> Cites { get; init; } = [];
    public IReadOnlyList<string> Warnings { get; init; } = [];
    /// <summary>The distribution stamp in the header area or the page headers.</summary>
    public Classification Classification { get; init; }
    /// <summary>Everything the extractor found: references, relations, targets, results.</summary>
    public ExtractionResult? Extraction { get; init; }
    public long Size { get; init; }
    public DateTimeOffset Modified { get; init; }
}
