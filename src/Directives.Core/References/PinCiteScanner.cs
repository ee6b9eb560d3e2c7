using System.Buffers;
using Directives.Core.Text;
using System.Globalization;
using System.Text.RegularExpressions;
using Directives.Core.Extraction;

namespace Directives.Core.References;

/// <summary>
/// Pin cites: the part of a cited document a text points to — "Điều 3", "khoản 2 Điều 8", "điểm c khoản 2 Điều 8",
/// "mục II", "phần thứ hai", "Chương II" — written right before the citation ("tại khoản 2 Điều 8 Quy định số
/// 08-QĐi/TW") or right after it ("Chỉ thị số 28-CT/TW (mục 3)", "Quy định số 08-QĐi/TW, tại Điều 3").
/// A part that stands apart from a citation is left alone.
/// </summary>
public static partial class PinCiteScanner
{
    const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture;

    static readonly string[] Ordinals = ["nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"];

    internal const string AtomPattern =
        @"(?<![\p{L}\p{N}])(?:" +
        @"(?:điểm\s+(?<point>[a-zđ])\s*,?\s+)?(?:khoản\s+(?<clause>\d{1,3})\s*,?\s+)?điều\s+(?<article>\d{1,3})(?![\p{L}\p{N}/.-])" +
        @"|(?:tiểu\s+)?mục\s+(?<section>(?-i:[IVXLC]{1,6})|\d{1,2}(?:\.\d{1,2}){0,2})(?![\p{L}\p{N}])" +
        @"|phần\s+thứ\s+(?<partword>nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)(?![\p{L}\p{N}])" +
        @"|phần\s+(?<part>(?-i:[IVX]{1,5}))(?![\p{L}\p{N}])" +
        @"|chương\s+(?<chapter>(?-i:[IVXLC]{1,6})|\d{1,2})(?![\p{L}\p{N}])" +
        @")";

    // Anchored, and tried only where the fold of the text holds one of its first words (see LiteralAnchored): the
    // engine tried the case-blind pattern at every d, k, t, m, p and c of the text.
    [GeneratedRegex(@"\G" + AtomPattern, Options)]
    private static partial Regex Atom();

    internal static readonly SearchValues<string> AtomStarts =
        SearchValues.Create(["diem", "khoan", "dieu", "tieu", "muc", "phan", "chuong"], StringComparison.Ordinal);

    internal static IEnumerable<Match> Atoms(string text) => LiteralAnchored.Matches(Atom(), text, VietnameseText.Fold(text), AtomStarts);

    // Between two parts of one pin: "khoản 2, Điều 8", "mục 2 phần thứ hai", "Điều 3 của Chương II".
    [GeneratedRegex(@"^[ \t]*(?:,[ \t]*)?(?:(?:của|thuộc|tại)[ \t]+)?$", Options)]
    private static partial Regex Joint();

    // From a pin to the citation after it: "khoản 2 Điều 8 Quy định…", "mục II của Chỉ thị…", "Điều 3, Quy định…".
    [GeneratedRegex(@"^[ \t]*,?[ \t]*(?:(?:của|trong|thuộc|tại|theo)[ \t]+)?$", Options)]
    private static partial Regex BeforeGap();

    // From a citation to a pin after it: "… 08-QĐi/TW, tại Điều 3", "… 28-CT/TW (mục 3)".
    [GeneratedRegex(@"^[ \t]*(?:,[ \t]*(?:tại|ở|theo)[ \t]+|(?:tại|ở)[ \t]+|\([ \t]*)$", Options)]
    private static partial Regex AfterGap();

    const int GapReach = 16;

    /// <summary>The references with the pins written next to them; references without a pin are returned as they are.</summary>
    public static IReadOnlyList<Reference> Attach(string text, IReadOnlyList<Reference> references)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(references);
        var chains = Chains(text);
        if (chains.Count == 0) return references;
        var taken = new HashSet<int>();
        var result = new List<Reference>(references.Count);
        foreach (var r in references)
        {
            var pins = new List<PinCite>();
            for (var i = 0; i < chains.Count; i++)
            {
                var c = chains[i];
                if (taken.Contains(i)) continue;
                var before = c.End <= r.Start && r.Start - c.End <= GapReach && BeforeGap().IsMatch(text.AsSpan(c.End, r.Start - c.End));
                var after = c.Start >= r.End && c.Start - r.End <= GapReach && AfterGap().IsMatch(text.AsSpan(r.End, c.Start - r.End));
                if (!before && !after) continue;
                taken.Add(i);
                pins.Add(c);
            }
            result.Add(pins.Count == 0 ? r : r with { Pins = pins });
        }
        return result;
    }

    /// <summary>Every run of adjacent parts in the text, each as one pin.</summary>
    public static IReadOnlyList<PinCite> Chains(string text)
    {
        var chains = new List<PinCite>();
        PinCite? open = null;
        foreach (var m in Atoms(text))
        {
            var atom = Read(m);
            if (open is not null && Joint().IsMatch(text.AsSpan(open.End, m.Index - open.End)) && Compatible(open, atom))
            {
                open = Merge(open, atom, text);
                continue;
            }
            if (open is not null) chains.Add(open);
            open = atom;
        }
        if (open is not null) chains.Add(open);
        return chains;
    }

    static PinCite Read(Match m)
    {
        string? G(string name) => m.Groups[name].Success ? m.Groups[name].Value : null;
        return new PinCite
        {
            Article = G("article") is { } a ? int.Parse(a, CultureInfo.InvariantCulture) : null,
            Clause = G("clause") is { } c ? int.Parse(c, CultureInfo.InvariantCulture) : null,
            Point = G("point") is { } point ? VietnameseText.Lower(point) : null,
            Section = G("section"),
            Part = G("part") ?? (G("partword") is { } w ? PartNumber(w) : null),
            Chapter = G("chapter"),
            Surface = m.Value,
            Start = m.Index,
            End = m.Index + m.Length,
        };
    }

    static string PartNumber(string word)
    {
        var lower = VietnameseText.Lower(word);
        var i = Array.IndexOf(Ordinals, lower == "bốn" ? "tư" : lower);
        return (i + 1).ToString(CultureInfo.InvariantCulture);
    }

    // Two parts join when neither names the same level twice ("Điều 3 Điều 4" are two pins).
    static bool Compatible(PinCite a, PinCite b) =>
        !(a.Article is not null && b.Article is not null) && !(a.Section is not null && b.Section is not null)
        && !(a.Part is not null && b.Part is not null) && !(a.Chapter is not null && b.Chapter is not null);

    static PinCite Merge(PinCite a, PinCite b, string text) => new()
    {
        Article = a.Article ?? b.Article,
        Clause = a.Clause ?? b.Clause,
        Point = a.Point ?? b.Point,
        Section = a.Section ?? b.Section,
        Part = a.Part ?? b.Part,
        Chapter = a.Chapter ?? b.Chapter,
        Surface = text[a.Start..b.End],
        Start = a.Start,
        End = b.End,
    };
}
