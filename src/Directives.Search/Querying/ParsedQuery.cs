using System.Text;
using System.Text.RegularExpressions;
using Directives.Core.Citations;
using Directives.Core.Text;

namespace Directives.Search.Querying;

/// <summary>
/// The user's query split into what each part means: quoted phrases, excluded words,
/// document numbers written in any variant, a whole-query citation ("ct 28", "chỉ thị 28"), and plain words.
/// </summary>
public sealed partial record ParsedQuery
{
    public IReadOnlyList<string> Words { get; init; } = [];
    public IReadOnlyList<string> Phrases { get; init; } = [];
    public IReadOnlyList<string> Excluded { get; init; } = [];
    public IReadOnlyList<PartyNumber> Numbers { get; init; } = [];
    /// <summary>Set when the whole query names a document by type and number without a full citation.</summary>
    public CitationQuery? Citation { get; init; }

    public bool IsEmpty => Words.Count == 0 && Phrases.Count == 0 && Numbers.Count == 0 && Citation is null;

    public static ParsedQuery Parse(string query)
    {
        var text = VietnameseText.Normalize(query ?? "").Trim();
        var phrases = new List<string>();
        text = Quoted().Replace(text, m =>
        {
            if (m.Groups[1].Value.Trim() is { Length: > 0 } p) phrases.Add(p);
            return " ";
        });

        var numbers = new List<PartyNumber>();
        var rest = new StringBuilder();
        var last = 0;
        foreach (var match in CitationScanner.Scan(text))
        {
            numbers.Add(match.Number);
            rest.Append(text, last, match.Start - last).Append(' ');
            last = match.Start + match.Length;
        }
        rest.Append(text, last, text.Length - last);

        var words = new List<string>();
        var excluded = new List<string>();
        foreach (var raw in rest.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (raw.Length > 1 && raw[0] == '-') excluded.Add(raw[1..]);
            else words.Add(raw);
        }

        CitationQuery? citation = null;
        if (numbers.Count == 0 && phrases.Count == 0 && words.Count > 0
            && CitationQuery.TryParse(string.Join(' ', words), out var cq) && cq is not null)
            citation = cq;

        return new ParsedQuery { Words = words, Phrases = phrases, Excluded = excluded, Numbers = numbers, Citation = citation };
    }

    [GeneratedRegex("[\"“”]([^\"“”]*)[\"“”]?")]
    private static partial Regex Quoted();
}
