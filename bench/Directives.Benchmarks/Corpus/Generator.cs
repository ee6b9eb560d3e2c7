using System.Globalization;
using System.Text;
using Directives.Core.Authority;
using Directives.Core.Citations;
using Directives.Core.Extraction;
using Directives.Search.Graph;

namespace Directives.Benchmarks.Corpus;

/// <summary>
/// Realistic party documents, reproducible from a seed and streamed: document i depends only on (seed, i),
/// so any size is a prefix of every larger one and nothing is held in memory. The first documents are the
/// central catalogue (resolutions, directives, conclusions, regulations, guidance of central boards); the rest
/// are provincial (34 provinces), district (before 2025) and grassroots documents that implement, guide,
/// review and cite them, with the messy number variants real texts have. Each document carries the ground
/// truth of every reference and edge planted in it.
/// </summary>
public sealed class Generator(int seed, GeneratorOptions? options = null)
{
    readonly GeneratorOptions options = options ?? new GeneratorOptions();

    public const int CentralCount = 200;

    /// <summary>The 34 provinces after July 2025 (their names were kept from the 63 before).</summary>
    public static readonly string[] Provinces =
    [
        "Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh",
        "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Hải Phòng", "Ninh Bình",
        "Quảng Trị", "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Hồ Chí Minh", "Đồng Nai",
        "Tây Ninh", "Cần Thơ", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang",
    ];

    static readonly string[] DistrictNames =
    [
        "Châu Thành", "Cầu Ngang", "Tiểu Cần", "Đắk Hà", "Lương Sơn", "Kim Bôi", "Mỹ Xuyên", "Phú Tân", "Tân Phú", "Bình Minh",
        "Thanh Sơn", "Yên Lập", "Hòa Vang", "Krông Pắc", "Ea Kar", "Mường Tè", "Quỳnh Lưu", "Hương Khê", "Như Xuân", "Vĩnh Linh",
        "Sơn Dương", "Bảo Thắng", "Đại Từ", "Tiên Du", "Văn Lâm", "Thủy Nguyên", "Gia Viễn", "Mộ Đức", "Ia Grai", "Diên Khánh",
        "Bảo Lâm", "Cần Giờ", "Định Quán", "Gò Dầu", "Phong Điền", "Trà Ôn", "Tháp Mười", "Năm Căn", "Tri Tôn", "Đông Anh",
    ];

    static readonly string[] CommuneNames = ["Tân Hòa", "An Phú", "Long Sơn", "Thạnh Lợi", "Hòa Lạc", "Phước Hưng", "Mỹ Lộc", "Đông Thành"];

    const int DistrictsPerProvince = 8;

    /// <summary>Central catalogue entry k: code, number unique per code, body, date in khóa XIII.</summary>
    public static CentralDoc Central(int k)
    {
        string[] codes = ["NQ", "CT", "KL", "QĐ", "HD", "TB"];
        var code = codes[k % codes.Length];
        var number = k / codes.Length + 1;
        var issuer = code == "HD" ? "BTCTW" : "TW";
        var body = code switch
        {
            "NQ" => k % 4 == 0 ? "Ban Chấp hành Trung ương" : "Bộ Chính trị",
            "CT" or "QĐ" or "TB" => "Ban Bí thư",
            "KL" => "Bộ Chính trị",
            _ => "Ban Tổ chức Trung ương",
        };
        var date = new DateOnly(2021, 3, 1).AddDays(number * 40 + k % 6);
        var citation = new PartyNumber(number, code, issuer);
        // A number the authority file knows (28-CT/TW, 05-CT/TW, 18-NQ/TW…) takes its real date, body and subject.
        if (AuthorityFile.Default.ByCitation(citation.Canonical).Where(e => e.Date is not null).MaxBy(e => e.Date) is { } known)
            return new CentralDoc(k, citation, known.Kind, known.Body ?? body, known.Date!.Value, known.Title ?? Prose.Topics[k % Prose.Topics.Length]);
        return new CentralDoc(k, citation, DocumentKinds.NameForCode(code) ?? "Văn bản", body, date, Prose.Topics[k % Prose.Topics.Length]);
    }

    public IEnumerable<GeneratedDocument> Generate(int count, int start = 0)
    {
        for (var i = start; i < start + count; i++) yield return Document(i);
    }

    public GeneratedDocument Document(int i)
    {
        var rng = new Random(DocumentSeed(seed, i));
        return i < CentralCount ? CentralDocument(i, rng) : LocalDocument(i, rng);
    }

    /// <summary>
    /// The random seed of document i: a fixed mix (SplitMix64's finaliser) of the corpus seed and i, so every process
    /// generates the same corpus. (HashCode.Combine would not do: it is salted per process.)
    /// </summary>
    internal static int DocumentSeed(int seed, int i)
    {
        var z = ((ulong)(uint)seed << 32 | (uint)i) + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)(z ^ (z >> 31));
    }

    GeneratedDocument CentralDocument(int k, Random rng)
    {
        var c = Central(k);
        var b = new DocBuilder(rng, options, c.Date.Year);
        if (k >= 6 && rng.Next(2) == 0)
        {
            var earlier = Central(rng.Next(k));
            b.Relation(RelationTypes.BasedOn, earlier, $"Căn cứ {earlier.Kind} số {b.Variant(earlier.Number)}, ngày {b.DateText(earlier.Date)} của {earlier.Body};", central: true);
        }
        b.Header(["BAN CHẤP HÀNH TRUNG ƯƠNG", c.Body.ToUpperInvariant()], "Hà Nội", c.Date, c.Number.Canonical, c.Kind, $"về {c.Topic}");
        b.Body();
        b.Recipients(["Các tỉnh ủy, thành ủy", "Các ban đảng, đảng ủy trực thuộc Trung ương", "Lưu Văn phòng Trung ương Đảng"]);
        return b.Build(Path.Combine("trung-uong", FileName(c.Number, c.Date, k)), c.Number.Canonical, c.Kind, c.Body, c.Date, k);
    }

    GeneratedDocument LocalDocument(int i, Random rng)
    {
        var j = i - CentralCount;
        var slot = j % 10;
        var block = j / 10;
        var p = block % Provinces.Length;
        var round = block / Provinces.Length; // numbers grow with the round, so earlier plans exist when cited
        var province = Provinces[p];
        var committee = Directives.Core.Organizations.Provinces.Committee(province);
        var provinceSlug = DocumentScope.Slug(province);
        var year = 2021 + Math.Min(4, round / 400);
        var date = new DateOnly(year, 1, 5).AddDays(rng.Next(350));
        var b = new DocBuilder(rng, options, year);
        var central = Central(PopularCentral(rng));

        switch (slot)
        {
            case 0 or 1 or 2 or 3:
            {
                // Provincial: plan implementing a central document; programme; guidance of a board; review.
                var (code, issuer, board) = slot switch
                {
                    0 => ("KH", "TU", (string?)null),
                    1 => (rng.Next(2) == 0 ? "CTr" : "NQ", "TU", null),
                    2 => ("HD", "BTCTU", "BAN TỔ CHỨC"),
                    _ => ("BC", "TU", null),
                };
                var number = new PartyNumber(round + 1, code, issuer);
                var kind = DocumentKinds.NameForCode(code) ?? "Văn bản";
                string title;
                if (slot == 2 && round > 0)
                {
                    var plan = new PartyNumber(1 + rng.Next(round), "KH", "TU");
                    title = $"thực hiện Kế hoạch số {plan.Canonical} của Ban Thường vụ {committee}";
                    b.Relation(RelationTypes.Guides, plan, $"Thực hiện Kế hoạch số {b.Variant(plan)} của Ban Thường vụ {committee}, Ban Tổ chức {committee} hướng dẫn một số nội dung như sau:", central: false);
                }
                else if (slot == 3)
                {
                    var years = 1 + rng.Next(5);
                    title = $"sơ kết {years} năm thực hiện {central.Kind} số {central.Number.Canonical} của {central.Body}";
                    b.Relation(RelationTypes.Reviews, central, $"Ban Thường vụ {committee} báo cáo sơ kết {years} năm thực hiện {central.Kind} số {b.Variant(central.Number)}, ngày {b.DateText(central.Date)} của {central.Body} như sau:", central: true);
                }
                else
                {
                    title = $"thực hiện {central.Kind} số {central.Number.Canonical} ngày {b.DateText(central.Date)} của {central.Body} về {central.Topic}";
                    b.Relation(RelationTypes.Implements, central, $"Thực hiện {central.Kind} số {b.Variant(central.Number)}, ngày {b.DateText(central.Date)} của {central.Body} về {central.Topic}, Ban Thường vụ {committee} xây dựng {kind} thực hiện như sau:", central: true);
                }
                var lines = board is null ? [committee.ToUpperInvariant()] : new[] { committee.ToUpperInvariant(), board };
                b.Header(lines, province, date, number.Canonical, kind, title);
                b.Body();
                b.Recipients(["Ban Thường vụ Tỉnh ủy", "Các huyện ủy, thị ủy, thành ủy", "Lưu Văn phòng Tỉnh ủy"]);
                var org = board is null ? committee : "Ban Tổ chức " + committee;
                return b.Build(Path.Combine(provinceSlug, FileName(number, date, i)), number.Canonical, kind, org, date, i);
            }
            case 4 or 5 or 6 or 7:
            {
                // District (before 2025): plans implementing the province's plans; numbers collide across districts.
                var d = (slot + round) % DistrictsPerProvince;
                var district = DistrictNames[(p * 3 + d) % DistrictNames.Length];
                var number = new PartyNumber(round + 1 + (slot - 4) * 1000, slot % 2 == 0 ? "KH" : "HD", "HU");
                var kind = DocumentKinds.NameForCode(number.Code) ?? "Văn bản";
                var plan = new PartyNumber(1 + rng.Next(round + 1), "KH", "TU");
                b.Relation(RelationTypes.Implements, plan, $"Thực hiện Kế hoạch số {b.Variant(plan)} của Ban Thường vụ {committee}, Ban Thường vụ Huyện ủy {district} xây dựng {kind} triển khai thực hiện như sau:", central: false);
                b.Header([$"ĐẢNG BỘ TỈNH {province.ToUpperInvariant()}", $"HUYỆN ỦY {district.ToUpperInvariant()}"], district, date, number.Canonical, kind,
                    $"triển khai thực hiện Kế hoạch số {plan.Canonical} của Ban Thường vụ {committee}");
                b.Body();
                b.Recipients(["Thường trực Huyện ủy", "Các chi, đảng bộ trực thuộc", "Lưu Văn phòng Huyện ủy"]);
                return b.Build(Path.Combine(provinceSlug, DocumentScope.Slug(district), FileName(number, date, i)), number.Canonical, kind, "Huyện ủy " + district, date, i);
            }
            default:
            {
                // Grassroots: a commune party committee's plan implementing a district plan; or its report.
                var d = round % DistrictsPerProvince;
                var district = DistrictNames[(p * 3 + d) % DistrictNames.Length];
                var commune = CommuneNames[(slot + round) % CommuneNames.Length];
                var number = new PartyNumber(round + 1 + (slot - 8) * 1000, slot == 8 ? "KH" : "BC", "ĐU");
                var kind = DocumentKinds.NameForCode(number.Code) ?? "Văn bản";
                var plan = new PartyNumber(1 + rng.Next(round + 1), "KH", "HU");
                if (slot == 8)
                    b.Relation(RelationTypes.Implements, plan, $"Thực hiện Kế hoạch số {b.Variant(plan)} của Ban Thường vụ Huyện ủy {district}, Đảng ủy xã {commune} xây dựng Kế hoạch thực hiện như sau:", central: false);
                else
                    b.Relation(RelationTypes.Reviews, central, $"Đảng ủy xã {commune} báo cáo kết quả triển khai, thực hiện {central.Kind} số {b.Variant(central.Number)} của {central.Body} như sau:", central: true);
                b.Header([$"ĐẢNG BỘ HUYỆN {district.ToUpperInvariant()}", $"ĐẢNG ỦY XÃ {commune.ToUpperInvariant()}"], commune, date, number.Canonical, kind,
                    slot == 8 ? $"thực hiện Kế hoạch số {plan.Canonical} của Huyện ủy {district}" : $"kết quả thực hiện {central.Kind} số {central.Number.Canonical}");
                b.Body();
                b.Recipients(["Ban Thường vụ Huyện ủy", "Các chi bộ trực thuộc", "Lưu Văn phòng Đảng ủy"]);
                return b.Build(Path.Combine(provinceSlug, DocumentScope.Slug(district), DocumentScope.Slug(commune), FileName(number, date, i)), number.Canonical, kind, "Đảng ủy xã " + commune, date, i);
            }
        }
    }

    /// <summary>A few central documents are implemented everywhere (28-CT/TW is the 1st in ten), the rest spread out.</summary>
    static int PopularCentral(Random rng) => rng.Next(10) == 0 ? 163 : rng.Next(CentralCount);

    /// <summary>"121-KH-TU-2019-d4711.txt": the document's index keeps colliding local numbers apart.</summary>
    static string FileName(PartyNumber n, DateOnly date, int index)
        => F($"{n.Number:00}-{DocumentScope.Slug(n.Code)}-{DocumentScope.Slug(n.Issuer)}-{date.Year}").ToUpperInvariant() + F($"-d{index}.txt");

    static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    /// <summary>Builds one document's text and records what it plants.</summary>
    sealed class DocBuilder(Random rng, GeneratorOptions options, int year)
    {
        readonly StringBuilder sb = new();
        readonly List<PlantedReference> references = [];
        readonly List<PlantedEdge> edges = [];
        readonly List<string> opening = [];
        int paragraphs;

        public string Variant(PartyNumber n)
        {
            var issuer = n.Issuer == "TW" && rng.Next(40) == 0 ? (rng.Next(2) == 0 ? "T.Ư" : "TƯ") : n.Issuer;
            var num = rng.Next(8) == 0 ? n.Number.ToString(CultureInfo.InvariantCulture) : n.Number.ToString("00", CultureInfo.InvariantCulture);
            var surface = rng.Next(12) switch
            {
                0 => $"{num} -{n.Code}/{issuer}",
                1 => $"{num}- {n.Code}/{issuer}",
                2 => $"{num} – {n.Code}/{issuer}",
                3 => $"{num}/{n.Code}/{issuer}",
                _ => $"{num}-{n.Code}/{issuer}",
            };
            references.Add(new PlantedReference(n.Canonical, surface));
            return surface;
        }

        public string DateText(DateOnly d) => rng.Next(3) switch
        {
            0 => F($"{d.Day:00}/{d.Month:00}/{d.Year}"),
            1 => F($"{d.Day}-{d.Month}-{d.Year}"),
            _ => F($"{d.Day:00} tháng {d.Month:00} năm {d.Year}"),
        };

        public void Relation(string type, CentralDoc target, string sentence, bool central) => Relation(type, target.Number, sentence, central);

        public void Relation(string type, PartyNumber target, string sentence, bool central)
        {
            edges.Add(new PlantedEdge(type, target.Canonical, central));
            opening.Add(sentence);
        }

        public void Header(IReadOnlyList<string> committee, string place, DateOnly date, string own, string kind, string title)
        {
            sb.Append(F($"   {committee[0],-40}ĐẢNG CỘNG SẢN VIỆT NAM\n"));
            for (var k = 1; k < committee.Count; k++) sb.Append(F($"   {committee[k]}\n"));
            sb.Append(F($"         *                          {place}, ngày {date.Day:00} tháng {date.Month} năm {date.Year}\n"));
            sb.Append(rng.Next(20) == 0 ? "  SỐ " : "  Số ").Append(own).Append("\n\n");
            sb.Append("                                ").Append(kind.ToUpperInvariant()).Append('\n');
            sb.Append("     ").Append(title).Append("\n                                  -----\n\n");
            foreach (var s in opening) Paragraph(s);
        }

        public void Body()
        {
            var target = options.Length(rng);
            var section = 0;
            while (sb.Length < target)
            {
                if (paragraphs % 4 == 1)
                    Paragraph(Prose.Heading(section++) + Prose.Pick(rng, Prose.Headings));
                var p = new StringBuilder();
                for (var s = 1 + rng.Next(4); s > 0; s--)
                {
                    if (p.Length > 0) p.Append(' ');
                    switch (rng.Next(12))
                    {
                        case 0:
                            Prose.Target(p, rng, year);
                            break;
                        case 1:
                            var c = Central(rng.Next(CentralCount));
                            p.Append("Nội dung này đã được nêu tại ").Append(c.Kind).Append(rng.Next(6) == 0 ? " " : " số ")
                             .Append(Variant(c.Number)).Append(" ngày ").Append(DateText(c.Date)).Append(" của ").Append(c.Body).Append('.');
                            break;
                        default:
                            Prose.Sentence(p, rng);
                            break;
                    }
                }
                Paragraph(p.ToString());
            }
        }

        public void Recipients(string[] to)
        {
            sb.Append("                                              T/M BAN THƯỜNG VỤ\nNơi nhận:                                      PHÓ BÍ THƯ\n");
            foreach (var r in to) sb.Append("- ").Append(r).Append(",\n");
            sb.Append("                                              (Đã ký)\n");
        }

        void Paragraph(string text)
        {
            sb.Append(text).Append("\n\n");
            paragraphs++;
        }

        public GeneratedDocument Build(string path, string citation, string kind, string organization, DateOnly date, int index)
            => new()
            {
                Index = index, Path = path.Replace('\\', '/'), Text = sb.ToString(), Citation = citation, Kind = kind,
                Organization = organization, Date = date, References = references, Edges = edges, Paragraphs = paragraphs,
            };
    }
}

public sealed record CentralDoc(int Index, PartyNumber Number, string Kind, string Body, DateOnly Date, string Topic);

public sealed record GeneratorOptions
{
    /// <summary>Median and bounds of a document's length in characters (1–20 KB by default; short mode for the largest runs).</summary>
    public int MedianChars { get; init; } = 4000;
    public int MinChars { get; init; } = 1000;
    public int MaxChars { get; init; } = 20000;

    public static GeneratorOptions Short => new() { MedianChars = 900, MinChars = 500, MaxChars = 2000 };

    public int Length(Random rng)
    {
        // Log-normal: most documents are a few pages, a long tail reaches the maximum.
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
        var normal = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        return (int)Math.Clamp(MedianChars * Math.Exp(0.7 * normal), MinChars, MaxChars);
    }
}

public sealed record PlantedReference(string Citation, string Surface);

/// <summary>An edge the document asserts about itself: type and the canonical number of its target.</summary>
public sealed record PlantedEdge(string Type, string To, bool Central);

public sealed record GeneratedDocument
{
    public required int Index { get; init; }
    /// <summary>Relative path under the corpus root ('/' separated); its id is this with ':' between folders.</summary>
    public required string Path { get; init; }
    public required string Text { get; init; }
    public required string Citation { get; init; }
    public required string Kind { get; init; }
    public required string Organization { get; init; }
    public required DateOnly Date { get; init; }
    public required IReadOnlyList<PlantedReference> References { get; init; }
    public required IReadOnlyList<PlantedEdge> Edges { get; init; }
    public required int Paragraphs { get; init; }

    public string Id => Path.Replace('/', ':');
    public string Title => Text.Split('\n').Select(l => l.Trim()).SkipWhile(l => l != Kind.ToUpperInvariant()).Skip(1).FirstOrDefault() ?? "";
}
