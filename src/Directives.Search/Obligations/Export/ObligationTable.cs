using System.Globalization;
using Directives.Core.Dates;

namespace Directives.Search.Obligations.Export;

/// <summary>A column of the export: Vietnamese header, width in characters, and the cell of one obligation.</summary>
public sealed record ExportColumn(string Header, double Width, Func<Obligation, object?> Cell);

/// <summary>
/// The register as a table, one row per obligation, shared by the XLSX and CSV exports. Cells are strings,
/// numbers (double) or days (DateOnly), so a spreadsheet gets real numbers and dates.
/// </summary>
public static class ObligationTable
{
    // STT first as officers number their tables; the register's own id last, for programs that match rows back.
    public static readonly IReadOnlyList<ExportColumn> Columns =
    [
        new("STT", 6, _ => null),
        new("Loại", 10, o => o.Kind == ObligationKinds.Target ? "Chỉ tiêu" : "Nhiệm vụ"),
        new("Trạng thái", 14, o => o.StatusLabel),
        new("Văn bản", 14, o => o.Document.Citation ?? o.Document.Id),
        new("Cơ quan ban hành", 24, o => o.Document.Issuer),
        new("Tỉnh", 12, o => o.Document.Province),
        new("Ngày ban hành", 13, o => IsoDate.Parse(o.Document.Date)),
        new("Nội dung", 60, o => o.Subject),
        new("Mức", 20, Level),
        new("Giá trị", 10, o => o.Value),
        new("Giá trị tối đa", 10, o => o.ValueMax),
        new("Đơn vị", 12, o => o.Unit),
        new("Chủ trì", 30, o => string.Join("; ", o.Leads)),
        new("Phối hợp", 30, o => string.Join("; ", o.Supporting)),
        new("Hạn", 13, o => IsoDate.Parse(o.Due)),
        new("Định kỳ", 12, o => Recurrence(o)),
        new("Nêu trong", 30, o => o.StatedIn?.Citation ?? o.StatedIn?.Id),
        new("Căn cứ trạng thái", 60, o => o.StatusReason),
        new("Số bằng chứng", 10, o => (double)o.Links.Count),
        new("Câu gốc", 80, o => o.Sentence),
        new("Mã", 30, o => o.Id),
    ];

    /// <summary>The cells of the <paramref name="number"/>-th obligation (from 1), STT first.</summary>
    public static IReadOnlyList<object?> Row(Obligation o, int number)
        => Columns.Select((c, i) => i == 0 ? (double)number : c.Cell(o)).ToList();

    static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The target as the texts write it ("từ 70 % trở lên", "dưới 5 %"), never a symbol such as "&gt;=".</summary>
    static string? Level(Obligation o)
    {
        // A bare figure says nothing beyond "Giá trị"; only a comparison needs words.
        if (o.Value is not { } v || o.Comparator is null or "=") return null;
        string Amount(double x) => x.ToString("#,0.##", Vi) + (o.Unit is { Length: > 0 } u ? (u == "%" ? " %" : " " + u) : "");
        return o.Comparator switch
        {
            ">" => "trên " + Amount(v),
            ">=" => $"từ {Amount(v)} trở lên",
            "<" => "dưới " + Amount(v),
            "<=" => "tối đa " + Amount(v),
            "range" when o.ValueMax is { } max => $"từ {v.ToString("#,0.##", Vi)} đến {Amount(max)}",
            _ => Amount(v),
        };
    }

    static string? Recurrence(Obligation o) => o.Recurrence switch
    {
        "yearly" => "hằng năm",
        "half-yearly" => "6 tháng",
        "quarterly" => "hằng quý",
        "monthly" => "hằng tháng",
        _ => o.Ongoing ? "thường xuyên" : null,
    };
}
