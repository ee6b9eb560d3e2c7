namespace Directives.Ingestion.Ocr;

/// <summary>How scanned pages are recognised: resolution, Tesseract language, time allowed per page, and where results are kept.</summary>
public sealed record OcrOptions
{
    public int Dpi { get; init; } = 300;
    public string Language { get; init; } = "vie";
    public TimeSpan PageTimeout { get; init; } = TimeSpan.FromMinutes(3);
    /// <summary>Folder of recognised pages by PDF content hash (under the index folder); null keeps nothing.</summary>
    public string? CacheDirectory { get; init; }
    /// <summary>Folders searched for pdftoppm and tesseract instead of PATH (tests use it to stand for a machine without them).</summary>
    public string? ToolSearchPath { get; init; }
}
