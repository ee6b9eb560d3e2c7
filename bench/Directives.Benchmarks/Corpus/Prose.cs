using System.Text;

namespace Directives.Benchmarks.Corpus;

/// <summary>
/// Vietnamese prose in the register of party documents: sentences assembled from subjects, actions, objects
/// and closing phrases, section headings, targets with Vietnamese number formats. The vocabulary is ours,
/// written in the style of the genre; nothing is copied from a real text.
/// </summary>
static class Prose
{
    public static readonly string[] Subjects =
    [
        "Các cấp ủy, tổ chức đảng", "Ban Thường vụ", "Ban Tổ chức", "Ban Tuyên giáo", "Ủy ban Kiểm tra",
        "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội", "Đảng ủy các xã, phường, thị trấn", "Các chi bộ trực thuộc",
        "Cán bộ, đảng viên", "Người đứng đầu cấp ủy", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Hội Liên hiệp Phụ nữ",
        "Các cơ quan tham mưu, giúp việc", "Chính quyền các cấp", "Hội Cựu chiến binh", "Ban Dân vận",
    ];

    public static readonly string[] Actions =
    [
        "tăng cường", "đẩy mạnh", "quán triệt sâu sắc", "nâng cao", "thường xuyên kiểm tra, giám sát", "chú trọng",
        "phát huy", "tổ chức thực hiện nghiêm túc", "tiếp tục đổi mới", "lãnh đạo, chỉ đạo chặt chẽ", "rà soát, bổ sung",
        "tuyên truyền sâu rộng", "củng cố, kiện toàn", "đa dạng hóa hình thức", "quan tâm bồi dưỡng", "đánh giá đúng thực chất",
    ];

    public static readonly string[] Objects =
    [
        "công tác giáo dục chính trị, tư tưởng", "chất lượng sinh hoạt chi bộ", "công tác phát triển đảng viên",
        "vai trò lãnh đạo của Đảng", "công tác kiểm tra, giám sát và thi hành kỷ luật đảng", "ý thức trách nhiệm của cán bộ, đảng viên",
        "khối đại đoàn kết toàn dân tộc", "chuyển đổi số trong các cơ quan đảng", "công tác cán bộ và quản lý cán bộ",
        "việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả",
        "công tác dân vận của hệ thống chính trị", "phong trào thi đua yêu nước", "công tác phòng, chống tham nhũng, tiêu cực",
        "việc kết nạp đảng viên là người dân tộc thiểu số", "công tác nắm bắt dư luận xã hội", "xây dựng nông thôn mới",
        "cải cách hành chính", "công tác bảo vệ chính trị nội bộ", "công tác quy hoạch, đào tạo cán bộ trẻ",
    ];

    public static readonly string[] Tails =
    [
        "trong tình hình mới", "gắn với thực hiện nhiệm vụ chính trị của địa phương", "theo đúng quy định của Điều lệ Đảng",
        "góp phần xây dựng Đảng bộ trong sạch, vững mạnh", "bảo đảm thực chất, tránh hình thức", "ngay từ cơ sở",
        "phù hợp với đặc điểm, tình hình của từng địa bàn", "tạo sự chuyển biến rõ nét về nhận thức và hành động",
        "trên tinh thần đoàn kết, dân chủ, kỷ cương", "đáp ứng yêu cầu nhiệm vụ trong giai đoạn hiện nay",
    ];

    public static readonly string[] Headings =
    [
        "MỤC ĐÍCH, YÊU CẦU", "NHIỆM VỤ VÀ GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN", "KẾT QUẢ ĐẠT ĐƯỢC", "HẠN CHẾ, NGUYÊN NHÂN",
        "PHƯƠNG HƯỚNG THỜI GIAN TỚI", "NỘI DUNG CHỦ YẾU", "ĐỀ XUẤT, KIẾN NGHỊ",
    ];

    public static readonly string[] Topics =
    [
        "nâng cao chất lượng kết nạp đảng viên và rà soát, sàng lọc đảng viên", "tinh giản biên chế và cơ cấu lại đội ngũ cán bộ",
        "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "tăng cường xây dựng, chỉnh đốn Đảng",
        "đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị", "chuyển đổi số trong các cơ quan đảng",
        "trách nhiệm nêu gương của cán bộ, đảng viên", "công tác dân vận trong tình hình mới", "phát triển đảng viên trong doanh nghiệp",
        "nâng cao chất lượng sinh hoạt chi bộ", "công tác kiểm tra, giám sát", "phòng, chống tham nhũng, lãng phí",
        "xây dựng nông thôn mới nâng cao", "công tác bảo vệ nền tảng tư tưởng của Đảng", "công tác cán bộ",
    ];

    static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VI"];

    /// <summary>One sentence of the genre, ending with a full stop.</summary>
    public static void Sentence(StringBuilder sb, Random rng)
    {
        sb.Append(Pick(rng, Subjects)).Append(' ').Append(Pick(rng, Actions)).Append(' ').Append(Pick(rng, Objects));
        if (rng.Next(3) == 0) sb.Append(", ").Append(Pick(rng, Actions)).Append(' ').Append(Pick(rng, Objects));
        sb.Append(' ').Append(Pick(rng, Tails)).Append('.');
    }

    /// <summary>A target with Vietnamese number formats: "Phấn đấu đến năm 2025, có trên 90,5% chi bộ …".</summary>
    public static void Target(StringBuilder sb, Random rng, int year)
    {
        var whole = 60 + rng.Next(40);
        var part = rng.Next(4) == 0 ? "," + rng.Next(1, 99).ToString("00", System.Globalization.CultureInfo.InvariantCulture) : "";
        var comparator = Pick(rng, ["trên ", "từ ", "", "đạt "]);
        sb.Append("Phấn đấu đến năm ").Append(year + 2).Append(", có ").Append(comparator).Append(whole).Append(part)
          .Append("% ").Append(Pick(rng, ["chi bộ đạt tiêu chuẩn hoàn thành tốt nhiệm vụ", "đảng viên được học tập, quán triệt",
              "thôn, ấp có chi bộ riêng", "tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ"]))
          .Append("; kết nạp ít nhất ").Append(Thousands(1 + rng.Next(3000))).Append(" đảng viên mới.");
    }

    public static string Heading(int i) => Roman[Math.Min(i, Roman.Length - 1)] + "- ";

    public static string Pick(Random rng, string[] items) => items[rng.Next(items.Length)];

    /// <summary>4922 → "4.922": the dot groups thousands in Vietnamese.</summary>
    public static string Thousands(int n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '.');
}
