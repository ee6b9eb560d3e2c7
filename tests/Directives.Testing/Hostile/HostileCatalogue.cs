using System.IO.Compression;
using System.Text;
using Directives.Ingestion.Readers;

namespace Directives.Testing.Hostile;

/// <summary>
/// The bad-input catalogue: files that reproduce each row of the hostile probe (issue 13), plus the bad files that
/// already failed cleanly and must keep doing so, and good files to ingest beside them. Sizes are modest; the
/// limits in <see cref="Limits"/> are set low enough that each file still crosses its own. Bombs still inflate to
/// <see cref="BombBytes"/>, so reading one whole would show in the memory a test measures.
/// </summary>
public static class HostileCatalogue
{
    public const long BombBytes = 256L * 1024 * 1024;
    const int MB = 1024 * 1024;

    public static ReadLimits Limits { get; } = new()
    {
        MaxFileBytes = 8 * MB, MaxPartBytes = 4 * MB, MaxPackageBytes = 8 * MB, MaxParts = 200, MaxPdfPages = 50,
        MaxPdfStreamBytes = 4 * MB, MaxHtmlBytes = MB, MaxTextChars = 100_000,
    };

    static readonly Lazy<IReadOnlyList<HostileFile>> files = new(Build);
    static readonly Lazy<IReadOnlyList<GoodFile>> good = new(BuildGood);

    public static IReadOnlyList<HostileFile> Files => files.Value;

    public static IReadOnlyList<GoodFile> Good => good.Value;

    public static HostileFile Get(string name) => Files.Single(f => f.Name == name);

    /// <summary>xunit MemberData: one row per hostile file name.</summary>
    public static IEnumerable<object[]> Names => Files.Select(f => new object[] { f.Name });

    static IReadOnlyList<HostileFile> Build()
    {
        var body = RawDocx.Paragraph("Nội dung sâu bên trong.");
        var customXml = RawDocx.Nested("<w:customXml w:element=\"muc\">", "</w:customXml>", 20_000, body);
        var ascii = Encoding.ASCII;
        return
        [
            // Row 1: nesting that overflows the Open XML SDK's stack.
            new("r01-customxml-20000.docx", "1", "docx_nesting_too_deep", RawDocx.WithBody(customXml)),
            new("r01-customxml-300.docx", "1", "docx_nesting_too_deep",
                RawDocx.WithBody(RawDocx.Nested("<w:customXml w:element=\"muc\">", "</w:customXml>", 300, body))),
            new("r01-sdt-5000.docx", "1", "docx_nesting_too_deep",
                RawDocx.WithBody(RawDocx.Nested("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", 5000, body))),
            new("r01-table-3000.docx", "1", "docx_nesting_too_deep",
                RawDocx.WithBody(RawDocx.Nested("<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", 3000, body))),
            new("r01-deep-footnote.docx", "1", "docx_nesting_too_deep", RawDocx.WithBody(RawDocx.Paragraph("Thân văn bản."),
                footnotesXml: $"<w:footnote w:id=\"1\">{customXml}</w:footnote>")),
            new("r01-main-part-renamed.docx", "1", "docx_nesting_too_deep", RawDocx.WithBody(customXml, mainPart: "word/main.bin")),

            // Row 5: decompression bombs.
            new("r05-paragraph-bomb.docx", "5", "docx_part_too_large", ParagraphBomb()),
            new("r05-ratio-bomb.docx", "5", "docx_compression_ratio", RawDocx.WithBody(RawDocx.Paragraph(new string('a', 3 * MB)))),
            new("r05-package-total.docx", "5", "docx_package_too_large", RawDocx.WithBody(RawDocx.Paragraph("Văn bản."),
                extraParts: Enumerable.Range(1, 3).Select(i => ($"customXml/item{i}.xml", RandomXml(3 * MB, i))))),
            new("r05-too-many-parts.docx", "5", "docx_too_many_parts", RawDocx.WithBody(RawDocx.Paragraph("Văn bản."),
                extraParts: Enumerable.Range(1, 250).Select(i => ($"customXml/item{i}.xml", ascii.GetBytes($"<muc>{i}</muc>"))))),
            new("r05-pdf-stream-bomb.pdf", "5", "pdf_stream_too_large",
                RawPdf.WithPages([RawPdf.DeflatedRepeat("0 0 m 1 1 l S\n"u8.ToArray(), BombBytes)], "/FlateDecode")),
            new("r05-pdf-array-filter-bomb.pdf", "5", "pdf_stream_too_large",
                RawPdf.WithPages([RawPdf.DeflatedRepeat("q Q\n"u8.ToArray(), BombBytes)], "[/FlateDecode]")),
            new("r05-pdf-51-pages.pdf", "5", "pdf_too_many_pages",
                RawPdf.WithPages([.. Enumerable.Range(1, 51).Select(i => ascii.GetBytes($"BT /F1 12 Tf 72 760 Td (Trang {i}) Tj ET"))])),

            // Row 10: too large to keep whole.
            new("r10-huge.txt", "10", "file_too_large", Repeated("Nội dung báo cáo lặp lại nhiều lần.\n", 8 * MB + 1)),
            new("r10-huge.html", "10", "html_too_large", Repeated("<p>Đoạn tin bài lặp lại.</p>\n", MB + 1)),

            // Row 11: nesting that keeps an HTML parser busy for half a minute.
            new("r11-div-20000.html", "11", "html_nesting_too_deep", Html(RawDocx.Nested("<div>", "</div>", 20_000, "Tin bài"))),
            new("r11-b-20000.html", "11", "html_nesting_too_deep", Html(RawDocx.Nested("<b>", "</b>", 20_000, "Tin bài"))),
            new("r11-table-5000.html", "11", "html_nesting_too_deep", Html(RawDocx.Nested("<table><tr><td>", "</td></tr></table>", 5000, "Tin bài"))),
            new("r11-span-unclosed.html", "11", "html_nesting_too_deep", Html(string.Concat(Enumerable.Repeat("<span>chữ ", 20_000)))),

            // Row 13: not text at all, whatever the name says.
            new("r13-random.txt", "13", "not_text", RandomBytes(64 * 1024, 13)),
            new("r13-elf.txt", "13", "not_text", [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, .. RandomBytes(4096, 14)]),
            new("r13-docx-renamed.txt", "13", "not_text", GoodDocx()),
            new("r13-pdf-renamed.txt", "13", "not_text", GoodPdf()),
            new("r13-png.txt", "13", "not_text", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. RandomBytes(2048, 15)]),
            new("r13-gzip.txt", "13", "not_text", Gzip(Encoding.UTF8.GetBytes("Nghị quyết số 01-NQ/TU"))),
            new("r13-control-chars.txt", "13", "not_text", [.. Enumerable.Range(0, 4000).Select(i => (byte)(i % 3 == 0 ? 'a' : 1 + i % 8))]),
            new("r13-elf.html", "13", "not_text", [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, .. RandomBytes(4096, 16)]),
            new("r13-random.html", "13", "not_text", RandomBytes(16 * 1024, 17)),
            new("r13-random.pdf", "13", "pdf_corrupt", RandomBytes(16 * 1024, 18)),
            new("r13-random.docx", "13", "docx_corrupt", RandomBytes(16 * 1024, 19)),

            // Row 20: a broken content stream is not an image-only scan.
            new("r20-garbage-content.pdf", "20", "pdf_content_unreadable", RawPdf.WithPages([RandomBytes(4096, 20)])),
            new("r20-garbage-flate.pdf", "20", "pdf_content_unreadable", RawPdf.WithPages([RawPdf.Deflate(RandomBytes(4096, 21))], "/FlateDecode")),

            // What already failed cleanly and must keep doing so.
            new("h-empty.txt", "holds", "file_empty", []),
            new("h-empty.docx", "holds", "file_empty", []),
            new("h-blank.txt", "holds", "no_text", Encoding.UTF8.GetBytes(" \r\n\t \n")),
            new("h-truncated.docx", "holds", "docx_corrupt", GoodDocx()[..600]),
            new("h-ole.docx", "holds", "docx_legacy_doc", Ole("WordDocument")),
            new("h-ole-encrypted.docx", "holds", "docx_encrypted", Ole("EncryptionInfo")),
            new("h-xxe.docx", "holds", "docx_corrupt", Doctype("<!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>", "&x;")),
            new("h-billion-laughs.docx", "holds", "docx_corrupt", Doctype(
                "<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>", "&d;")),
            new("h-no-main-part.docx", "holds", "docx_corrupt", ContentTypesOnly()),
            new("h-script-only.html", "holds", "no_text", Encoding.UTF8.GetBytes("<html><body><script>var x = 1;</script><style>p{}</style></body></html>")),
            new("h-no-header.pdf", "holds", "pdf_corrupt", ascii.GetBytes("Đây không phải PDF.")),
        ];
    }

    static IReadOnlyList<GoodFile> BuildGood()
    {
        var utf16 = Encoding.Unicode.GetBytes("Nghị quyết số 902-NQ/TU, ngày 05/3/2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển nông nghiệp.\n");
        var invalid = Encoding.UTF8.GetBytes("Chỉ thị số 903-CT/TU, ngày 12/6/2020 của Ban Thường vụ Tỉnh ủy về công tác dân vận.\nMột byte hỏng: ");
        var longText = new StringBuilder("Kế hoạch số 904-KH/TU, ngày 02/8/2022 của Ban Thường vụ Tỉnh ủy về chuyển đổi số.\n");
        while (longText.Length < 150_000) longText.Append("Các cấp ủy, tổ chức đảng quán triệt, triển khai thực hiện nghiêm túc kế hoạch này.\n");
        return
        [
            new("good-utf8.txt", Encoding.UTF8.GetBytes("Kế hoạch số 901-KH/TU, ngày 08/4/2019 của Ban Thường vụ Tỉnh ủy về kết nạp đảng viên.\n"), "901-KH/TU", "kết nạp đảng viên"),
            new("good-utf16-no-bom.txt", utf16, "902-NQ/TU", "phát triển nông nghiệp"),
            new("good-invalid-utf8.txt", [.. invalid, 0xFF, 0xFE, .. Encoding.UTF8.GetBytes(" rồi tiếp tục bình thường.\n")], "903-CT/TU", "công tác dân vận"),
            new("good-long.txt", Encoding.UTF8.GetBytes(longText.ToString()), "904-KH/TU", "chuyển đổi số"),
            new("good.html", Html("<article><h1>Tỉnh ủy triển khai Kế hoạch số 905-KH/TU</h1><p>Ngày 10/5/2023, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 905-KH/TU về phát triển du lịch cộng đồng.</p></article>"),
                "905-KH/TU", "du lịch cộng đồng"),
            new("good.docx", GoodDocx(), "906-KH/TU", "xây dựng nông thôn mới"),
            new("good.pdf", GoodPdf(), "907-KH/TU", "Ke hoach so 907-KH/TU"),
        ];
    }

    static byte[] GoodDocx() => RawDocx.WithBody(
        RawDocx.Paragraph("KẾ HOẠCH") + RawDocx.Paragraph("Số 906-KH/TU, ngày 15/9/2021 của Ban Thường vụ Tỉnh ủy") +
        RawDocx.Paragraph("về xây dựng nông thôn mới giai đoạn 2021 - 2025."));

    static byte[] GoodPdf() => RawPdf.Text("Ke hoach so 907-KH/TU, ngay 20/10/2022 cua Ban Thuong vu Tinh uy", "ve cai cach hanh chinh.");

    static byte[] ParagraphBomb() => RawDocx.Package(main =>
    {
        main.Write(Encoding.UTF8.GetBytes($"<w:document xmlns:w=\"{RawDocx.W}\"><w:body>"));
        RawPdf.Repeat(main, Encoding.UTF8.GetBytes(RawDocx.Paragraph("Đoạn văn lặp lại trong bom nén.")), BombBytes);
        main.Write("</w:body></w:document>"u8);
    }, level: CompressionLevel.Fastest);

    static byte[] Doctype(string doctype, string entity) => RawDocx.Package(Encoding.UTF8.GetBytes(
        $"<?xml version=\"1.0\"?>{doctype}<w:document xmlns:w=\"{RawDocx.W}\"><w:body><w:p><w:r><w:t>{entity}</w:t></w:r></w:p></w:body></w:document>"));

    static byte[] ContentTypesOnly()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        using (var s = zip.CreateEntry("[Content_Types].xml").Open())
            s.Write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"u8);
        return buffer.ToArray();
    }

    static byte[] Ole(string stream) =>
        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504], .. Encoding.Unicode.GetBytes(stream), .. new byte[64]];

    static byte[] Html(string body) => Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Tin bài</title></head><body>{body}</body></html>");

    static byte[] Repeated(string unit, long size)
    {
        using var s = new MemoryStream();
        RawPdf.Repeat(s, Encoding.UTF8.GetBytes(unit), size);
        return s.ToArray();
    }

    static byte[] RandomBytes(int count, int seed)
    {
        var bytes = new byte[count];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>XML of letters that do not compress much, so only the total size trips a limit.</summary>
    static byte[] RandomXml(int size, int seed)
    {
        var random = new Random(seed);
        var bytes = new byte[size];
        for (var i = 0; i < size; i++) bytes[i] = (byte)('a' + random.Next(26));
        "<muc>"u8.CopyTo(bytes);
        "</muc>"u8.CopyTo(bytes.AsSpan(size - 6));
        return bytes;
    }

    static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var z = new GZipStream(output, CompressionLevel.Fastest)) z.Write(data);
        return output.ToArray();
    }
}
