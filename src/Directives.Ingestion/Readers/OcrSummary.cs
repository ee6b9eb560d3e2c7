namespace Directives.Ingestion.Readers;

/// <summary>Pages of a scanned PDF that were read by OCR (1-based) and Tesseract's mean word confidence over them (0–100).</summary>
public sealed record OcrSummary(IReadOnlyList<int> Pages, double MeanConfidence);
