namespace Directives.Core.Organizations;

/// <summary>
/// Vietnam's provinces and centrally-run cities as named before the 2025 mergers (63); the 34
/// units after July 2025 kept names from this list. Local party numbers are scoped by these.
/// </summary>
public static class Provinces
{
    /// <summary>Centrally-run cities: their committee is a Thành ủy, not a Tỉnh ủy.</summary>
    public static readonly IReadOnlySet<string> Cities = new HashSet<string>(StringComparer.Ordinal)
    {
        "Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế",
    };

    public static readonly IReadOnlyList<string> Names =
    [
        "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định",
        "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cần Thơ", "Cao Bằng", "Đà Nẵng", "Đắk Lắk", "Đắk Nông",
        "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương",
        "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu",
        "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ",
        "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La",
        "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Hồ Chí Minh", "Thừa Thiên Huế", "Huế", "Tiền Giang",
        "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
    ];

    /// <summary>"Tỉnh ủy Trà Vinh", "Thành ủy Hà Nội".</summary>
    public static string Committee(string province)
        => (Cities.Contains(province) ? "Thành ủy " : "Tỉnh ủy ") + province;
}
