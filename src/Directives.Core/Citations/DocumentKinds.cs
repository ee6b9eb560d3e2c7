using Directives.Core.Text;

namespace Directives.Core.Citations;

/// <summary>Party document types: the code in a number ("CT") and the full name ("Chỉ thị").</summary>
public static class DocumentKinds
{
    static readonly (string Code, string Name)[] Table =
    [
        ("NQ", "Nghị quyết"), ("CT", "Chỉ thị"), ("KH", "Kế hoạch"), ("HD", "Hướng dẫn"),
        ("KL", "Kết luận"), ("QĐ", "Quyết định"), ("QĐi", "Quy định"), ("QC", "Quy chế"),
        ("CTr", "Chương trình"), ("ĐA", "Đề án"), ("BC", "Báo cáo"), ("TB", "Thông báo"),
        ("TT", "Thông tri"), ("TTr", "Tờ trình"), ("CV", "Công văn"),
        ("HDLT", "Hướng dẫn liên tịch"), ("NQLT", "Nghị quyết liên tịch"),
    ];

    // Spellings seen in texts besides the standard name.
    static readonly (string Alias, string Name)[] Aliases =
    [
        ("Qui định", "Quy định"), ("Qui chế", "Quy chế"), ("Chương trình hành động", "Chương trình"),
        ("Thông báo kết luận", "Thông báo"),
    ];

    static readonly Dictionary<string, string> NameByCode =
        Table.ToDictionary(t => t.Code, t => t.Name, StringComparer.Ordinal);

    static readonly Dictionary<string, (string Code, string Name)> ByFoldedName = BuildByFoldedName();

    /// <summary>The full names, in the order of the code table.</summary>
    public static IReadOnlyList<string> Names { get; } = Table.Select(t => t.Name).ToArray();

    /// <summary>Every written form a type word can take in running text (names and aliases).</summary>
    internal static IReadOnlyList<string> WrittenForms { get; } =
        Names.Concat(Aliases.Select(a => a.Alias)).OrderByDescending(n => n.Length).ToArray();

    /// <summary>"CT" → "Chỉ thị"; case and spelling of the code are forgiven ("qđi", "QDI"). Null for unknown codes.</summary>
    public static string? NameForCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return NameByCode.GetValueOrDefault(PartyNumberGrammar.CanonicalCode(code.Trim()));
    }

    /// <summary>"chỉ thị", "CHI THI", "Chỉ thị số" → "CT"; "Quy định" → "QĐi". Null when the word is no type name.</summary>
    public static string? CodeForName(string kindWord) => Lookup(kindWord)?.Code;

    /// <summary>The standard name for a written type word ("CHỈ THỊ" → "Chỉ thị"), or null.</summary>
    internal static string? CanonicalName(string kindWord) => Lookup(kindWord)?.Name;

    internal static bool IsCode(string canonicalCode) => NameByCode.ContainsKey(canonicalCode);

    static (string Code, string Name)? Lookup(string kindWord)
    {
        ArgumentNullException.ThrowIfNull(kindWord);
        var key = FoldKey(kindWord);
        if (key.EndsWith(" so", StringComparison.Ordinal)) key = key[..^3];
        return ByFoldedName.TryGetValue(key, out var hit) ? hit : null;
    }

    static string FoldKey(string s) =>
        string.Join(' ', VietnameseText.Fold(VietnameseText.Normalize(s))
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    static Dictionary<string, (string, string)> BuildByFoldedName()
    {
        var map = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var (code, name) in Table) map[FoldKey(name)] = (code, name);
        foreach (var (alias, name) in Aliases) map[FoldKey(alias)] = map[FoldKey(name)];
        return map;
    }
}
