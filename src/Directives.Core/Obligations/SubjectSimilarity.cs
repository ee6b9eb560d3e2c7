using Directives.Core.Text;

namespace Directives.Core.Obligations;

/// <summary>How alike two subjects are, and which words they share.</summary>
public sealed record SubjectMatch(double Score, IReadOnlyList<string> Shared, int LeftWords, int RightWords)
{
    /// <summary>"6 từ chung (thôn, trưởng, …) trong 8 và 10 từ: 0,67".</summary>
    public string Explain() => string.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"),
        $"{Shared.Count} từ chung ({string.Join(", ", Shared)}) trong {LeftWords} và {RightWords} từ: {Score:0.00}");
}

/// <summary>
/// Subject similarity by folded word overlap (Dice over distinct syllables, function words and numbers left out),
/// so "thôn trưởng, tổ trưởng tổ dân phố là đảng viên" and "… chưa phải là đảng viên" score high and a word
/// written "thôn trưởng"/"thon truong" counts once.
/// </summary>
public static class SubjectSimilarity
{
    static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "la", "co", "cac", "va", "cua", "trong", "do", "chua", "khong", "phai", "da", "duoc", "tro", "len", "tu", "tren", "duoi",
        "so", "ty", "ti", "le", "hon", "nhung", "moi", "voi", "cho", "theo", "tai", "den", "nam", "nay", "thi", "ma", "con", "dat",
        "chiem", "khoang", "it", "nhat", "toi", "thieu", "da", "tat", "ca", "toan", "bo", "hang", "nhieu",
    };

    public static SubjectMatch Compare(string left, string right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var a = Words(left);
        var b = Words(right);
        var shared = a.Where(w => b.ContainsKey(w.Key)).Select(w => w.Value).ToList();
        return new SubjectMatch(Score(shared.Count, a.Count, b.Count), shared, a.Count, b.Count);
    }

    /// <summary>The score of two subjects of <paramref name="left"/> and <paramref name="right"/> distinct words sharing <paramref name="shared"/>.</summary>
    public static double Score(int shared, int left, int right) => left + right == 0 ? 0 : Math.Round(2.0 * shared / (left + right), 2);

    /// <summary>The distinct folded content words <see cref="Compare"/> counts, in text order: to compare many subjects by word ids.</summary>
    public static IEnumerable<string> FoldedWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Words(text).Keys;
    }

    /// <summary>Distinct content syllables, folded, each with its first written form (in text order).</summary>
    static Dictionary<string, string> Words(string text)
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var token in VietnameseText.Normalize(text).Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var folded = VietnameseText.Fold(token);
            if (folded.Length == 0 || !char.IsLetter(folded[0]) || FunctionWords.Contains(folded)) continue;
            words.TryAdd(folded, VietnameseText.Lower(token));
        }
        return words;
    }

    static readonly char[] Separators = [' ', ',', ';', ':', '.', '(', ')', '/', '-', '–', '"', '“', '”', '\n', '\t', '%'];
}
