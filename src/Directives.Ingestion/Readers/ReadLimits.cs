namespace Directives.Ingestion.Readers;

/// <summary>
/// Bounds no file can pass, whatever it claims to hold. Each one keeps one kind of hostile input (zip bomb, deep
/// nesting, huge stream, endless parse) from taking the memory, the stack or the time of the whole process; a file
/// that breaks one fails alone, with an error naming the limit. Configuration section "Directives:Limits".
/// </summary>
public sealed record ReadLimits
{
    public static ReadLimits Default { get; } = new();

    /// <summary>Size of the file itself (all formats). Config: MaxFileBytes.</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Uncompressed size of one part of a DOCX (zip entry), counted while inflating, not taken from the header.</summary>
    public long MaxPartBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Uncompressed size of all the XML parts of a DOCX together.</summary>
    public long MaxPackageBytes { get; init; } = 48L * 1024 * 1024;

    /// <summary>Uncompressed ÷ compressed size of a DOCX part; text XML deflates 5–20×, bombs 1,000× and more.</summary>
    public int MaxCompressionRatio { get; init; } = 200;

    /// <summary>Parts (zip entries) in a DOCX; Word writes a few dozen, a few hundred with many images.</summary>
    public int MaxParts { get; init; } = 2000;

    /// <summary>Element nesting in any XML part of a DOCX. Word nests tables a few levels deep; 20,000 levels overflow the stack.</summary>
    public int MaxXmlDepth { get; init; } = 256;

    /// <summary>Pages of a PDF.</summary>
    public int MaxPdfPages { get; init; } = 3000;

    /// <summary>Decoded size of one PDF stream (content, object or font stream; images are not decoded to read text).</summary>
    public long MaxPdfStreamBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Size of an HTML file; an article page is rarely over 1 MB.</summary>
    public long MaxHtmlBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Element nesting in HTML, measured before parsing; real pages stay under a hundred.</summary>
    public int MaxHtmlDepth { get; init; } = 512;

    /// <summary>Time the HTML parser may take for one page.</summary>
    public TimeSpan HtmlParseBudget { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Characters of text kept per document; the rest is dropped with a warning.</summary>
    public int MaxTextChars { get; init; } = 1_000_000;

    /// <summary>Time one file may take to read; then it fails with read_timeout and the others go on.</summary>
    public TimeSpan FileTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
