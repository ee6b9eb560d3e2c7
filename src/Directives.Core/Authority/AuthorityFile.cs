using System.Text.Json;
using Directives.Core.Citations;
using Directives.Core.Text;

namespace Directives.Core.Authority;

/// <summary>
/// The central documents known for certain (embedded central-documents.json). Central numbers restart with
/// every term, so a number alone can name several documents; a date or a term picks one.
/// </summary>
public sealed class AuthorityFile
{
    // Congress opening dates: a term runs from its congress to the next (approximate to the day).
    static readonly (DateOnly From, string Term)[] Terms =
    [
        (new(2026, 1, 19), "XIV"), (new(2021, 1, 25), "XIII"), (new(2016, 1, 21), "XII"),
        (new(2011, 1, 12), "XI"), (new(2006, 4, 18), "X"), (new(2001, 4, 19), "IX"),
        (new(1996, 6, 28), "VIII"), (new(1991, 6, 24), "VII"), (new(1986, 12, 15), "VI"),
        (new(1982, 3, 27), "V"), (new(1976, 12, 14), "IV"),
    ];

    static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    static readonly Lazy<AuthorityFile> Embedded = new(LoadEmbedded);

    readonly Dictionary<string, AuthorityEntry[]> byCitation;

    AuthorityFile(IReadOnlyList<AuthorityEntry> entries)
    {
        Entries = entries;
        byCitation = entries.GroupBy(e => e.Citation, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The authority file shipped with the library.</summary>
    public static AuthorityFile Default => Embedded.Value;

    public IReadOnlyList<AuthorityEntry> Entries { get; }

    /// <summary>Every document with this number ("18-NQ/TW" gives the 2017 and the 2022 one); written variants are accepted.</summary>
    public IReadOnlyList<AuthorityEntry> ByCitation(string canonical)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        var key = PartyNumber.TryParse(canonical, out var number) ? number.Canonical : canonical.Trim();
        return byCitation.TryGetValue(key, out var hits) ? hits : [];
    }

    /// <summary>
    /// The one document with this number that fits the date (of issue) or term; with neither, the only one.
    /// Null when none fits or the choice stays ambiguous.
    /// </summary>
    public AuthorityEntry? ByCitation(string canonical, DateOnly? date, string? term)
    {
        IEnumerable<AuthorityEntry> candidates = ByCitation(canonical);
        if (date is { } d)
        {
            var exact = candidates.Where(e => e.Date == d).ToList();
            if (exact.Count == 1) return exact[0];
            var dated = TryTermForDate(d);
            candidates = candidates.Where(e => e.Term == dated);
        }
        if (term is not null)
        {
            var roman = RomanNumerals.Canonical(term);
            candidates = candidates.Where(e => e.Term == roman);
        }
        var list = candidates.Take(2).ToList();
        return list.Count == 1 ? list[0] : null;
    }

    /// <summary>
    /// The document a plenum name stands for: "Nghị quyết Trung ương 4 khóa XII" → 04-NQ/TW. When the plenum
    /// adopted several documents of the kind, the one that texts call by that name alone; else null.
    /// </summary>
    public AuthorityEntry? ByPlenum(int plenum, string term, string? kind = "Nghị quyết")
    {
        var candidates = PlenumCandidates(plenum, term, kind);
        if (candidates.Count <= 1) return candidates.FirstOrDefault();
        var name = Fold($"{kind ?? ""} Trung ương {plenum} khóa {RomanNumerals.Canonical(term)}");
        var named = candidates.Where(e => e.Names.Any(n => Fold(n).EndsWith(name, StringComparison.Ordinal))).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>Every document of the kind (any kind when null) adopted by one plenum of one term.</summary>
    internal IReadOnlyList<AuthorityEntry> PlenumCandidates(int plenum, string term, string? kind)
    {
        ArgumentNullException.ThrowIfNull(term);
        var roman = RomanNumerals.Canonical(term);
        return Entries.Where(e => e.Plenum == plenum && e.Term == roman
                                  && (kind is null || Fold(e.Kind) == Fold(kind))).ToList();
    }

    /// <summary>The term (khóa) in office on a date: "XII" for 2017-10-25, "XIII" for 2022-06-16; from 1976 on.</summary>
    public static string TermForDate(DateOnly date) =>
        TryTermForDate(date) ?? throw new ArgumentOutOfRangeException(nameof(date), date, "Terms are known from 1976 (khóa IV) on.");

    static string? TryTermForDate(DateOnly date)
    {
        foreach (var (from, term) in Terms)
            if (date >= from) return term;
        return null;
    }

    /// <summary>Reads an authority file: {"entries": [...]} or a bare array of entries.</summary>
    public static AuthorityFile Load(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var array = doc.RootElement.ValueKind == JsonValueKind.Array ? doc.RootElement
            : doc.RootElement.TryGetProperty("entries", out var e) ? e
            : throw new InvalidDataException("An authority file is an array of entries or an object with \"entries\".");
        var entries = array.Deserialize<AuthorityEntry[]>(JsonOptions)
                      ?? throw new InvalidDataException("The authority file has no entries.");
        foreach (var entry in entries)
            if (RomanNumerals.Canonical(entry.Term) != entry.Term)
                throw new InvalidDataException($"{entry.Citation}: term \"{entry.Term}\" is no canonical Roman numeral.");
        return new AuthorityFile(entries);
    }

    static AuthorityFile LoadEmbedded()
    {
        var assembly = typeof(AuthorityFile).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("central-documents.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        return Load(stream);
    }

    static string Fold(string s) => string.Join(' ', VietnameseText.Fold(VietnameseText.Normalize(s))
        .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
