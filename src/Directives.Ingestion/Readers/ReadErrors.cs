using System.Globalization;

namespace Directives.Ingestion.Readers;

/// <summary>
/// Every reason a file can be refused: a stable code beside a Vietnamese message. A limit's message names its
/// configuration key (Directives:Limits:…), so an operator knows what to raise.
/// </summary>
public static class ReadErrors
{
    public static DocumentReadException Unsupported(string extension, IEnumerable<string> supported) => new("unsupported_type",
        $"Không hỗ trợ định dạng '{extension}'; chỉ đọc được: {string.Join(", ", supported)}.");
    public static DocumentReadException Empty() => new("file_empty", "Tệp rỗng (0 byte) hoặc không phải tệp dữ liệu thường.");
    public static DocumentReadException NoText() => new("no_text", "Tệp không có chữ nào đọc được.");
    public static DocumentReadException NotText(string why) => new("not_text", $"Tệp không phải văn bản: {why}.");
    public static DocumentReadException Unreadable(Exception inner) => new("file_unreadable",
        "Không mở được tệp (không có quyền đọc hoặc lỗi vào/ra).", inner);
    public static DocumentReadException Failed(string format, Exception inner) => new("read_failed",
        $"Không đọc được tệp {format}: {inner.Message}", inner);
    public static DocumentReadException Timeout(TimeSpan limit) => new("read_timeout",
        $"Đọc tệp quá {Seconds(limit)} giây (giới hạn Directives:Limits:FileTimeout).");

    public static DocumentReadException FileTooLarge(long size, long limit) => new("file_too_large",
        $"Tệp quá lớn: {Megabytes(size)} MB, giới hạn {Megabytes(limit)} MB (Directives:Limits:MaxFileBytes).");
    /// <summary>For a stream whose size is known only once it has passed the limit.</summary>
    public static DocumentReadException FileTooLarge(long limit) => new("file_too_large",
        $"Tệp lớn hơn giới hạn {Megabytes(limit)} MB (Directives:Limits:MaxFileBytes).");
    /// <summary>A warning, not a failure: the document is indexed with its beginning.</summary>
    public static string TextTruncated(int limit) =>
        $"Văn bản dài quá {N(limit)} ký tự; chỉ giữ phần đầu (Directives:Limits:MaxTextChars).";

    public static DocumentReadException DocxEncrypted() => new("docx_encrypted",
        "DOCX có mật khẩu (đã mã hóa); hãy gỡ mật khẩu trong Word rồi lưu lại.");
    public static DocumentReadException DocxLegacy() => new("docx_legacy_doc",
        "Tệp là Word cũ (.doc) mang đuôi .docx; hãy lưu lại dưới dạng .docx.");
    public static DocumentReadException DocxCorrupt(string? detail = null, Exception? inner = null) => new("docx_corrupt",
        "DOCX hỏng: không phải gói zip/OPC hợp lệ" + (detail is null ? "." : $" ({detail})."), inner);
    public static DocumentReadException DocxNoBody() => new("docx_corrupt", "DOCX hỏng: không có phần thân văn bản.");
    public static DocumentReadException DocxTooManyParts(int count, int limit) => new("docx_too_many_parts",
        $"DOCX có {N(count)} phần, giới hạn {N(limit)} (Directives:Limits:MaxParts).");
    public static DocumentReadException DocxPartTooLarge(string part, long limit) => new("docx_part_too_large",
        $"Phần {part} của DOCX giải nén ra quá {Megabytes(limit)} MB (Directives:Limits:MaxPartBytes).");
    public static DocumentReadException DocxPackageTooLarge(long limit) => new("docx_package_too_large",
        $"Các phần XML của DOCX giải nén ra quá {Megabytes(limit)} MB (Directives:Limits:MaxPackageBytes).");
    public static DocumentReadException DocxCompressionRatio(string part, long ratio, int limit) => new("docx_compression_ratio",
        $"Phần {part} của DOCX nén {N(ratio)} lần, giới hạn {N(limit)} lần (Directives:Limits:MaxCompressionRatio): nghi là bom nén.");
    public static DocumentReadException DocxNestingTooDeep(string part, int limit) => new("docx_nesting_too_deep",
        $"Phần {part} của DOCX lồng thẻ XML sâu quá {N(limit)} cấp (Directives:Limits:MaxXmlDepth).");

    public static DocumentReadException PdfCorrupt(string detail, Exception? inner = null) => new("pdf_corrupt", $"PDF hỏng: {detail}", inner);
    public static DocumentReadException PdfEncrypted(Exception? inner = null) => new("pdf_encrypted",
        "PDF có mật khẩu (đã mã hóa); hãy gỡ bảo vệ rồi thử lại.", inner);
    public static DocumentReadException PdfNoTextLayer() => new("pdf_no_text_layer",
        "PDF không có lớp chữ (bản quét chỉ có ảnh); chưa có nhận dạng chữ (OCR).");
    public static DocumentReadException PdfContentUnreadable() => new("pdf_content_unreadable",
        "PDF có nội dung trang nhưng không đọc ra chữ nào: luồng nội dung hỏng hoặc phông chữ không có bảng mã.");
    public static DocumentReadException PdfPageUnreadable(int page, Exception inner) => new("pdf_page_unreadable",
        $"Không đọc được trang {page} của PDF: {inner.Message}", inner);
    public static DocumentReadException PdfTooManyPages(int pages, int limit) => new("pdf_too_many_pages",
        $"PDF có {N(pages)} trang, giới hạn {N(limit)} (Directives:Limits:MaxPdfPages).");
    public static DocumentReadException PdfStreamTooLarge(long limit) => new("pdf_stream_too_large",
        $"Một luồng dữ liệu của PDF giải nén ra quá {Megabytes(limit)} MB (Directives:Limits:MaxPdfStreamBytes).");

    public static DocumentReadException HtmlTooLarge(long limit) => new("html_too_large",
        $"Trang HTML lớn hơn giới hạn {Megabytes(limit)} MB (Directives:Limits:MaxHtmlBytes).");
    public static DocumentReadException HtmlNestingTooDeep(int limit) => new("html_nesting_too_deep",
        $"Trang HTML lồng thẻ sâu quá {N(limit)} cấp (Directives:Limits:MaxHtmlDepth).");
    public static DocumentReadException HtmlParseTimeout(TimeSpan limit) => new("html_parse_timeout",
        $"Phân tích trang HTML quá {Seconds(limit)} giây (Directives:Limits:HtmlParseBudget).");

    static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString(bytes < 1024 * 1024 ? "0.##" : "0.#", CultureInfo.InvariantCulture);

    static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
}
