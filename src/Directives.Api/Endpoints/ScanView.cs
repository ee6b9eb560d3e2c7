namespace Directives.Api.Endpoints;

/// <summary>How a scanned document was read: the pages recognised by OCR and Tesseract's mean confidence (0–100).</summary>
public sealed record ScanView(IReadOnlyList<int> Pages, double MeanConfidence)
{
    public string Label => "văn bản quét – nhận dạng tự động";
}
