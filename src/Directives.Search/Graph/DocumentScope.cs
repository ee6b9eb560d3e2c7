using System.Text;
using Directives.Core.Organizations;
using Directives.Core.Text;

namespace Directives.Search.Graph;

/// <summary>
/// Where a document belongs: its province and district from the header's committee ("Tỉnh ủy Trà Vinh",
/// "Huyện ủy Càng Long"), else from the corpus folders in its id ("tra-vinh:cang-long:45-KH-HU-2019.docx",
/// "bao-chi:kon-tum:…"), else from the organisation the text names; and its level from the issuer.
/// </summary>
public static class DocumentScope
{
    static readonly Dictionary<string, string> ProvinceBySlug = Provinces.Names
        .GroupBy(Slug).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    static readonly string[] CentralBodies = ["Ban Bí thư", "Bộ Chính trị", "Ban Chấp hành Trung ương"];

    /// <summary>"Trà Vinh" → "tra-vinh", "Bà Rịa - Vũng Tàu" → "ba-ria-vung-tau".</summary>
    public static string Slug(string text)
    {
        var folded = VietnameseText.Fold(VietnameseText.Normalize(text));
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }

    /// <summary>The province a committee's name contains: "Tỉnh ủy Trà Vinh" → "Trà Vinh"; "Trà Vinh" alone works too.</summary>
    public static string? ProvinceIn(string? organization)
    {
        if (string.IsNullOrWhiteSpace(organization)) return null;
        var slug = "-" + Slug(organization) + "-";
        // Longest first, so "Thừa Thiên Huế" wins over "Huế".
        return ProvinceBySlug.OrderByDescending(p => p.Key.Length)
            .FirstOrDefault(p => slug.Contains("-" + p.Key + "-", StringComparison.Ordinal)).Value;
    }

    public static string? Province(string? headerOrganization, string id, string? textOrganization)
        => ProvinceIn(headerOrganization) ?? FolderScope(id).Province ?? ProvinceIn(textOrganization);

    /// <summary>The district: "Huyện ủy Càng Long" → "Càng Long", else the folder under the province ("cang-long").</summary>
    public static string? District(string? headerOrganization, string id)
    {
        if (headerOrganization is { } org)
            foreach (var prefix in (string[])["Huyện ủy ", "Quận ủy ", "Thị ủy ", "Thành ủy "])
                if (org.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && ProvinceIn(org) is null)
                    return org[prefix.Length..].Trim();
        return FolderScope(id).District;
    }

    public static bool IsCentralIssuer(string? issuer) => issuer is { Length: >= 2 } i && i.EndsWith("TW", StringComparison.Ordinal);

    static bool IsDistrictIssuer(string issuer)
        => issuer is "HU" or "QU" or "ThU" or "TX" || (issuer.Length > 2 && (issuer.EndsWith("HU", StringComparison.Ordinal) || issuer.EndsWith("QU", StringComparison.Ordinal)));

    /// <summary>Numbers whose scope is a district or a commune, not the whole province.</summary>
    public static bool IsBelowProvince(string? issuer) => issuer is { } i && (IsDistrictIssuer(i) || i == "ĐU");

    public static string? Level(string? issuer, string? organization, string id)
    {
        var folder = FolderScope(id);
        if (IsCentralIssuer(issuer) || (organization is { } o && CentralBodies.Any(b => o.StartsWith(b, StringComparison.OrdinalIgnoreCase))))
            return GraphLevels.Central;
        if (issuer == "ĐU" || folder.Commune is not null) return GraphLevels.Grassroots;
        if (issuer is { } i && IsDistrictIssuer(i)) return GraphLevels.District;
        if (issuer is not null && issuer.EndsWith('U')) return GraphLevels.Province;
        if (folder.District is not null) return GraphLevels.District;
        return folder.Province is not null ? GraphLevels.Province : null;
    }

    /// <summary>Province, district and commune folders: the first folder that names a province, then the next two.</summary>
    static (string? Province, string? District, string? Commune) FolderScope(string id)
    {
        var folders = id.Split(':')[..^1];
        for (var i = 0; i < folders.Length; i++)
            if (ProvinceBySlug.TryGetValue(folders[i], out var province))
                return (province, i + 1 < folders.Length ? folders[i + 1] : null, i + 2 < folders.Length ? folders[i + 2] : null);
        return (null, null, null);
    }
}
