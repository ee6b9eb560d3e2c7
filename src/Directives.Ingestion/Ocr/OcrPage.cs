namespace Directives.Ingestion.Ocr;

/// <summary>One page as Tesseract read it: lines in reading order and the mean word confidence (0–100).</summary>
public sealed record OcrPage(int Number, IReadOnlyList<string> Lines, double MeanConfidence, int Words);
