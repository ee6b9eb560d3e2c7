using System.Text.Json;
using Directives.Core.Extraction;
using Directives.Core.Text;

namespace Directives.Core.Evaluation;

/// <summary>
/// Scores <c>extract</c> output against a gold file shaped like ../shared/gold/seeds.json:
/// numbered references (number, code and issuer), their dates, named references, relations.
/// </summary>
public static class ExtractionEvaluator
{
    public static IReadOnlyList<Score> Evaluate(JsonElement gold, IReadOnlyDictionary<string, ExtractionResult> predictions)
    {
        var numbered = new Score("numbered references");
        var dates = new Score("reference dates");
        var named = new Score("named references");
        var relations = new Score("relations");
        var published = new Score("published dates");

        foreach (var file in gold.GetProperty("files").EnumerateObject())
        {
            var g = file.Value;
            var p = predictions.TryGetValue(file.Name, out var r) ? r : ExtractionResult.Failed(file.Name, "no prediction");
            var party = p.References.Where(x => x.Category == ReferenceCategories.Party && x.Citation is not null).ToList();

            var goldRefs = Array(g, "references").ToList();
            numbered.Add(file.Name, goldRefs.Select(x => Str(x, "citation")!), party.Select(x => x.Citation!));

            // Dates are scored for the documents gold lists; a date on a mention gold leaves undated is a false hit.
            var goldCitations = goldRefs.Select(x => Str(x, "citation")).ToHashSet();
            dates.Add(file.Name,
                goldRefs.Where(x => Str(x, "date") is not null).Select(x => $"{Str(x, "citation")} {Str(x, "date")}"),
                party.Where(x => x.Date is not null && goldCitations.Contains(x.Citation)).Select(x => $"{x.Citation} {x.Date}"));

            named.Add(file.Name,
                Array(g, "named").Select(x => $"{Str(x, "kind")}|{Str(x, "name")}|{Str(x, "term")}|{Str(x, "resolved")}"),
                p.References.Where(x => x.Category == ReferenceCategories.Named).Select(x => $"{x.Kind}|{x.Name}|{x.Term}|{x.Resolved}"),
                NamedMatches);

            relations.Add(file.Name,
                Array(g, "relations").Select(x => $"{Str(x, "from")} {Str(x, "type")} {Str(x, "to")}" + AltTargets(x)),
                p.Relations.Select(x => $"{x.From} {x.Type} {x.To}"),
                RelationMatches);

            if (g.TryGetProperty("published", out var pub))
                published.Add(file.Name, pub.ValueKind == JsonValueKind.String ? [pub.GetString()!] : [],
                    p.Published is null ? [] : [p.Published]);
        }
        return [numbered, dates, named, relations, published];
    }

    static IEnumerable<JsonElement> Array(JsonElement e, string name)
        => e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : [];

    static string? Str(JsonElement e, string name)
        => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    static string AltTargets(JsonElement relation)
        => string.Concat(Array(relation, "alt_to").Select(a => "|" + a.GetString()));

    // Gold "from type to|alt1|alt2" matches a prediction "from type x" for x in {to, alt…}.
    static bool RelationMatches(string gold, string predicted)
    {
        var parts = gold.Split(' ', 3);
        var targets = parts[2].Split('|');
        return targets.Any(t => $"{parts[0]} {parts[1]} {t}" == predicted);
    }

    // Kind and name compared without case, diacritics or spacing; term and resolved when gold gives them.
    static bool NamedMatches(string gold, string predicted)
    {
        var g = gold.Split('|');
        var p = predicted.Split('|');
        return Loose(g[0]) == Loose(p[0]) && Loose(g[1]) == Loose(p[1])
               && (g[2].Length == 0 || g[2] == p[2]) && (g[3].Length == 0 || g[3] == p[3]);
    }

    static string Loose(string s) => string.Join(' ', VietnameseText.Fold(VietnameseText.Normalize(s)).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
