// TEMPORARY: replaced by the core branch's recognisers at merge. Same public shape.
using System.Text.RegularExpressions;
using Directives.Core.Documents;
namespace Directives.Core.Citations
{
    public sealed record PartyNumber(int Number, string Code, string Issuer)
    {
        public string Canonical => $"{Number:00}-{Code}/{Issuer}";
        public static bool TryParse(string text, out PartyNumber? number)
        {
            var m = Regex.Match(text, @"(\d+)\s*[-–/]\s*([A-ZĐa-zđi]+)\s*/\s*([A-ZĐa-zđ]+)");
            number = m.Success ? new PartyNumber(int.Parse(m.Groups[1].Value), m.Groups[2].Value.ToUpperInvariant(), m.Groups[3].Value.ToUpperInvariant()) : null;
            return m.Success;
        }
    }
    public sealed record CitationMatch(PartyNumber Number, string? KindWord, int Start, int Length);
    public static class CitationScanner
    {
        public static IReadOnlyList<CitationMatch> Scan(string text) =>
            Regex.Matches(text, @"(\d+)\s*-\s*([A-ZĐ][A-ZĐa-z]*)\s*/\s*([A-ZĐ]+)").Select(m => new CitationMatch(new PartyNumber(int.Parse(m.Groups[1].Value), m.Groups[2].Value, m.Groups[3].Value), null, m.Index, m.Length)).ToList();
    }
    public sealed record CitationQuery(int Number, string? Code, string? Issuer)
    {
        public static bool TryParse(string query, out CitationQuery? q)
        {
            q = null;
            if (PartyNumber.TryParse(query, out var n) && n is not null) { q = new(n.Number, n.Code, n.Issuer); return true; }
            var m = Regex.Match(query.Trim(), @"^(ct|nq|kh|hd|kl)\s*(\d+)$", RegexOptions.IgnoreCase);
            if (m.Success) { q = new(int.Parse(m.Groups[2].Value), m.Groups[1].Value.ToUpperInvariant(), null); return true; }
            return false;
        }
    }
    public static class DocumentKinds
    {
        public static string? NameForCode(string code) => code switch { "CT" => "Chỉ thị", "NQ" => "Nghị quyết", "KH" => "Kế hoạch", _ => null };
    }
}
namespace Directives.Core.Documents
{
    public static class HeaderRecognizer { public static DocumentHeader? Recognize(string text, IReadOnlyList<string>? headerBlock = null) => null; }
    public sealed record NewsHead(string? Headline, DateOnly? Published);
    public static class NewsHeadRecognizer { public static NewsHead Recognize(string text) => new(text.Split('\n').FirstOrDefault(), null); }
}
