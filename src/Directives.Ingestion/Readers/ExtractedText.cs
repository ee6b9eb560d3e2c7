namespace Directives.Ingestion.Readers;

/// <summary>What a reader got out of a file. <see cref="Text"/> is NFC, paragraphs separated by '\n'.</summary>
public sealed record ExtractedText
{
    public required string Text { get; init; }

    /// <summary>"txt", "html", "docx" or "pdf".</summary>
    public required string Format { get; init; }

    /// <summary>Title the format declares (HTML &lt;title&gt;/headline, DOCX core title), when any.</summary>
    public string? Title { get; init; }

    /// <summary>Lines of the document's header block (issuing committee, number, place and date) when the layout shows them apart, e.g. the DOCX header table.</summary>
    public IReadOnlyList<string> HeaderBlock { get; init; } = [];

    public IReadOnlyList<Footnote> Footnotes { get; init; } = [];

    /// <summary>Lines of the running page headers (DOCX header parts, the top lines of a PDF's first page), where a classification stamp may stand outside the text.</summary>
    public IReadOnlyList<string> PageHeaders { get; init; } = [];

    /// <summary>Things the reader repaired or doubted, e.g. "legacy TCVN3 encoding converted".</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Publication time the format declares (HTML meta), when any.</summary>
    public DateTimeOffset? Published { get; init; }

    public int? PageCount { get; init; }
}

/// <summary>A footnote or endnote; <see cref="Offset"/> is where its marker stands in <see cref="ExtractedText.Text"/>.</summary>
public sealed record Footnote(string Marker, string Text, int? Offset);
