using System.Text.RegularExpressions;

namespace Directives.Core.Obligations;

/// <summary>
/// The goal a reported percentage is measured against: "98,44% chỉ tiêu Nghị quyết Đại hội XV Đảng bộ tỉnh đề ra",
/// "104,17% kế hoạch". Source is the document named there, when one is.
/// </summary>
internal static class TargetMention
{
    static readonly Regex Mention = new(
        @"\G ?(?:so voi |cua )?(?<w>chi tieu|ke hoach|muc tieu)(?<src>[^;,.:()\n%]{0,100}?)(?= de ra| dat ra| giao|[;,.:()\n]|$)(?<tail> de ra| dat ra| giao)?",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    static readonly Regex DocumentWord = new(
        @"^(?:nghi quyet|ke hoach|chi thi|de an|chuong trinh|ket luan|dai hoi|quy dinh|huong dan)(?![\p{L}])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>"100% chỉ tiêu": a share of some plan, not a goal of its own.</summary>
    public static bool Follows(string folded, int position) => position < folded.Length && Mention.Match(folded, position).Success;

    /// <summary>Whether a goal word follows at position; its end and the document named, if any.</summary>
    public static bool TryRead(string text, string folded, int position, ReferenceIndex references, out int end, out string? source)
    {
        end = position;
        source = null;
        if (position >= folded.Length) return false;
        var m = Mention.Match(folded, position);
        if (!m.Success) return false;
        end = m.Index + m.Length;
        var src = m.Groups["src"];
        var start = src.Index;
        var stop = src.Index + src.Length;
        while (start < stop && text[start] == ' ') start++;
        while (stop > start && text[stop - 1] == ' ') stop--;
        if (stop <= start) return true;
        foreach (var r in references.StartingIn(start, stop)) { source = ReferenceIndex.Key(r); return true; }
        if (char.IsUpper(text[start]) || DocumentWord.IsMatch(folded.AsSpan(start, stop - start).ToString()))
            source = text[start..stop];
        return true;
    }
}
