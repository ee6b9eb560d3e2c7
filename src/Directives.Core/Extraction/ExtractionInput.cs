namespace Directives.Core.Extraction;

/// <summary>A text to analyse, with what its file format already told.</summary>
public sealed record ExtractionInput
{
    /// <summary>File name as given, echoed in the result.</summary>
    public required string Source { get; init; }
    /// <summary>NFC text (see VietnameseText.Normalize); offsets in the result refer to it.</summary>
    public required string Text { get; init; }
    /// <summary>Header block lines when the layout shows them apart (a DOCX header table).</summary>
    public IReadOnlyList<string> HeaderBlock { get; init; } = [];
    /// <summary>Publication date the format declared (HTML meta), used when the text carries none.</summary>
    public DateOnly? Published { get; init; }
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
