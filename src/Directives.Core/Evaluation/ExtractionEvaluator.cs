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
        var header = new Score("own header");
        var numbered = new Score("numbered references");
        var state = new Score("state references");
        var dates = new Score("reference dates");
        var named = new Score("named references");
        var relations = new Score("relations");
        var published = new Score("published dates");
        var targets = new Score("targets");
        var tasks = new Score("tasks");

        foreach (var file in gold.GetProperty("files").EnumerateObject())
        {
            var g = file.Value;
            var p = predictions.TryGetValue(file.Name, out var r) ? r : ExtractionResult.Failed(file.Name, "no prediction");
            var party = p.References.Where(x => x.Category == ReferenceCategories.Party && x.Citation is not null).ToList();

            // The text's own identity, scored for files whose gold says (null: the text has no header of its own).
            if (g.TryGetProperty("document", out var doc))
                header.Add(file.Name, doc.ValueKind == JsonValueKind.Object ? [HeaderKey(Str(doc, "citation"), Str(doc, "kind"), Str(doc, "date"))] : [],
                    p.Document is { } own ? [HeaderKey(own.Citation, own.Kind, own.Date)] : []);

            var goldRefs = Array(g, "references").ToList();
            numbered.Add(file.Name, goldRefs.Select(x => Str(x, "citation")!), party.Select(x => x.Citation!));

            // Dates are scored for the documents gold lists; a date on a mention gold leaves undated is a false hit.
            var goldCitations = goldRefs.Select(x => Str(x, "citation")).ToHashSet();
            var goldState = Array(g, "state_references").ToList();
            if (g.TryGetProperty("state_references", out _))
                state.Add(file.Name, goldState.Select(x => Str(x, "citation")!),
                    p.References.Where(x => x.Category == ReferenceCategories.State && x.Citation is not null).Select(x => x.Citation!));
            var stateCitations = goldState.Select(x => Str(x, "citation")).ToHashSet();
            dates.Add(file.Name,
                goldRefs.Concat(goldState).Where(x => Str(x, "date") is not null).Select(x => $"{Str(x, "citation")} {Str(x, "date")}"),
                p.References.Where(x => x.Date is not null
                        && (x.Category == ReferenceCategories.Party && goldCitations.Contains(x.Citation)
                            || x.Category == ReferenceCategories.State && stateCitations.Contains(x.Citation)))
                    .Select(x => $"{x.Citation} {x.Date}"));

            named.Add(file.Name,
                Array(g, "named").Select(x => Num(x, "number") is { } n
                    ? $"{Str(x, "kind")}|#{n}|{Str(x, "body")}|"
                    : $"{Str(x, "kind")}|{Str(x, "name")}|{Str(x, "term")}|{Str(x, "resolved")}"),
                p.References.Where(x => x.Category == ReferenceCategories.Named).Select(x => x.Number is { } n
                    ? $"{x.Kind}|#{n}|{x.Body}|"
                    : $"{x.Kind}|{x.Name}|{x.Term}|{x.Resolved}"),
                NamedMatches);

            relations.Add(file.Name,
                Array(g, "relations").Select(x => $"{Str(x, "from")} {Str(x, "type")} {Str(x, "to")}" + AltTargets(x)),
                p.Relations.Select(x => $"{x.From} {x.Type} {x.To}"),
                RelationMatches);

            if (g.TryGetProperty("published", out var pub))
                published.Add(file.Name, pub.ValueKind == JsonValueKind.String ? [pub.GetString()!] : [],
                    p.Published is null ? [] : [p.Published]);

            // Scored only for files whose gold lists them (an empty list says: none).
            if (g.TryGetProperty("targets", out _))
                targets.Add(file.Name, Array(g, "targets").Select(GoldTarget), p.Targets.Select(TargetKey));
            if (g.TryGetProperty("tasks", out _))
                tasks.Add(file.Name, Array(g, "tasks").Select(GoldTask), p.Tasks.Select(TaskKey), TaskMatches);
        }
        return [header, numbered, state, dates, named, relations, published, targets, tasks];
    }

    // A header is recognised when its number (or, without one, its type) and its date are read right.
    static string HeaderKey(string? citation, string? kind, string? date) => $"{citation ?? kind} {date}";

    // A target: comparator, value, upper bound, unit and deadline year ("> 60 % 2018").
    static string TargetKey(Target t) => Key(t.Comparator, t.Value, t.ValueMax, t.Unit, t.Deadline);

    static string GoldTarget(JsonElement t) => Key(Str(t, "comparator"), Num(t, "value"), Num(t, "value_max"), Str(t, "unit"), (int?)Num(t, "deadline"));

    static string Key(string? comparator, double? value, double? max, string? unit, int? deadline)
        => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{comparator} {value}{(max is null ? "" : "-" + max)} {Loose(unit ?? "")} {deadline}");

    // A task: its lead bodies and the year it is due ("Ban Tổ chức Tỉnh ủy|2019").
    static string TaskKey(AssignedTask t) => $"{string.Join(", ", t.Leads)}|{t.DeadlineYear}";

    static string GoldTask(JsonElement t) => $"{string.Join(", ", Array(t, "leads").Select(l => l.GetString()))}|{(int?)Num(t, "deadline_year")}";

    // Leads compared loosely (one list contains the other's first body); the year must agree.
    static bool TaskMatches(string gold, string predicted)
    {
        var g = gold.Split('|');
        var p = predicted.Split('|');
        var gl = Loose(g[0]);
        var pl = Loose(p[0]);
        return g[1] == p[1] && gl.Length > 0 && pl.Length > 0 && (pl.Contains(gl.Split(", ")[0], StringComparison.Ordinal) || gl.Contains(pl.Split(", ")[0], StringComparison.Ordinal));
    }

    static double? Num(JsonElement e, string name)
        => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

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
        if (Loose(g[0]) != Loose(p[0]) || Loose(g[1]) != Loose(p[1])) return false;
        // A number without an issuer code: the body, when gold gives one, as written next to it.
        if (g[1].StartsWith('#')) return g[2].Length == 0 || Loose(g[2]) == Loose(p[2]);
        return (g[2].Length == 0 || g[2] == p[2]) && (g[3].Length == 0 || g[3] == p[3]);
    }

    static string Loose(string s) => string.Join(' ', VietnameseText.Fold(VietnameseText.Normalize(s)).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
