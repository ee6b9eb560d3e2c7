using Directives.Benchmarks.Corpus;
using Directives.Core.Text;
using Directives.Search.Querying;

namespace Directives.Benchmarks.Scale;

/// <summary>One query of the mix, with what an FTS5 user and our API get: text, filters, sort.</summary>
public sealed record BenchQuery(string Category, string Text, string? Kind = null, string? Organization = null,
    string? From = null, string? To = null, bool SortByDate = false, string? Citation = null)
{
    public SearchRequest Request(int size = 20, int page = 1) => new()
    {
        Query = Text, Kinds = Kind is null ? [] : [Kind], Organizations = Organization is null ? [] : [Organization], Size = size, Page = page,
        From = From is null ? null : DateOnly.Parse(From, System.Globalization.CultureInfo.InvariantCulture),
        To = To is null ? null : DateOnly.Parse(To, System.Globalization.CultureInfo.InvariantCulture),
        Sort = SortByDate ? SearchSort.Date : SearchSort.Relevance,
    };

    /// <summary>The same query as /api/search parameters.</summary>
    public string Url()
    {
        var ps = new List<string> { "q=" + Uri.EscapeDataString(Text) };
        if (Kind is not null) ps.Add("kind=" + Uri.EscapeDataString(Kind));
        if (Organization is not null) ps.Add("organization=" + Uri.EscapeDataString(Organization));
        if (From is not null) ps.Add("from=" + From);
        if (To is not null) ps.Add("to=" + To);
        if (SortByDate) ps.Add("sort=date");
        return "/api/search?" + string.Join('&', ps);
    }
}

/// <summary>
/// A realistic mix of 1,000 queries, reproducible from a seed: words with diacritics (30 %) and the same words typed
/// without (25 %), quoted phrases (15 %), citations in their written variants (15 %), filters (10 %), date sort (5 %).
/// </summary>
public static class QueryMix
{
    static readonly string[] Terms =
    [
        "đảng viên", "kết nạp", "chi bộ", "sinh hoạt", "chuyển đổi số", "tinh giản biên chế", "kiểm tra", "giám sát", "cán bộ",
        "nông thôn mới", "dân vận", "tham nhũng", "học tập", "nêu gương", "doanh nghiệp", "thi đua", "Đảng", "Tỉnh ủy",
        "đoàn kết", "tư tưởng", "chỉnh đốn", "bộ máy", "đạo đức", "cải cách hành chính", "quy hoạch", "dư luận", "đồng bào",
        "dân tộc thiểu số", "phụ nữ", "thanh niên", "cựu chiến binh", "trách nhiệm", "đổi mới", "kỷ luật", "đảng phí",
    ];

    static readonly string[] Phrases =
    [
        "kết nạp đảng viên", "sinh hoạt chi bộ", "chuyển đổi số", "tinh giản biên chế", "nông thôn mới", "xây dựng, chỉnh đốn Đảng",
        "tư tưởng, đạo đức, phong cách Hồ Chí Minh", "phòng, chống tham nhũng", "công tác cán bộ", "Ban Thường vụ Tỉnh ủy",
    ];

    static readonly string[] Kinds = ["Kế hoạch", "Hướng dẫn", "Báo cáo", "Nghị quyết", "Chương trình"];

    public static List<BenchQuery> Create(int seed, int documents, int count = 1000)
    {
        var rng = new Random(seed * 7919 + 17);
        var centrals = Math.Min(Generator.CentralCount, documents);
        var rounds = Math.Max(1, (documents - Generator.CentralCount) / (10 * Generator.Provinces.Length));
        var queries = new List<BenchQuery>(count);
        for (var i = 0; i < count; i++)
        {
            var roll = rng.Next(100);
            var term = Prose.Pick(rng, Terms);
            if (rng.Next(3) == 0) term += " " + Prose.Pick(rng, Terms);
            queries.Add(roll switch
            {
                < 30 => new BenchQuery("words", term),
                < 55 => new BenchQuery("no diacritics", VietnameseText.Fold(term)),
                < 70 => new BenchQuery("phrase", "\"" + Prose.Pick(rng, Phrases) + "\""),
                < 85 => Citation(rng, centrals, rounds),
                < 95 => Filtered(rng, term),
                _ => new BenchQuery("date sort", term, SortByDate: true),
            });
        }
        return queries;
    }

    static BenchQuery Citation(Random rng, int centrals, int rounds)
    {
        if (rng.Next(4) == 0)
        {
            var n = 1 + rng.Next(rounds);
            return new BenchQuery("citation", $"{n:00}-KH/TU", Citation: $"{n:00}-KH/TU");
        }
        var c = Generator.Central(rng.Next(centrals));
        var num = c.Number;
        var text = rng.Next(5) switch
        {
            0 => $"{num.Number} -{num.Code}/{num.Issuer}",
            1 => $"{num.Code.ToLowerInvariant()} {num.Number}",
            2 => $"{c.Kind.ToLowerInvariant()} {num.Number}",
            3 => $"{c.Kind} số {num.Canonical}",
            _ => num.Canonical,
        };
        return new BenchQuery("citation", text, Citation: num.Canonical);
    }

    static BenchQuery Filtered(Random rng, string term) => rng.Next(3) switch
    {
        0 => new BenchQuery("filter", term, Kind: Prose.Pick(rng, Kinds)),
        1 => new BenchQuery("filter", term, From: $"{2021 + rng.Next(3)}-01-01", To: $"{2023 + rng.Next(2)}-12-31"),
        _ => new BenchQuery("filter", term, Organization: Directives.Core.Organizations.Provinces.Committee(Prose.Pick(rng, Generator.Provinces))),
    };
}
