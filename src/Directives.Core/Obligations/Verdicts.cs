using System.Text.RegularExpressions;

namespace Directives.Core.Obligations;

/// <summary>
/// What a text says of a goal: "chưa đạt chỉ tiêu", "không hoàn thành kế hoạch" (not met); "đạt và vượt mục tiêu",
/// "hoàn thành chỉ tiêu" (met). Read on lower-cased text, not folded: folding makes "đạt" (reached) and "đặt" (set) one word.
/// </summary>
internal static class Verdicts
{
    static readonly Regex Missed = new(@"(?<![\p{L}])(?:chưa|không) (?:đạt|hoàn thành)(?: được)? (?:chỉ tiêu|kế hoạch|mục tiêu)", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    static readonly Regex Met = new(@"(?<![\p{L}])(?:(?<!chưa |không )(?:hoàn thành|đạt)(?: và vượt| vượt mức)?|vượt) (?:chỉ tiêu|kế hoạch|mục tiêu)", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>False when the window says the goal was missed, true when met, null when it says neither.</summary>
    public static bool? Read(string lowerWindow)
    {
        if (Missed.IsMatch(lowerWindow)) return false;
        if (Met.IsMatch(lowerWindow)) return true;
        return null;
    }
}
