using Directives.Core.Extraction;

namespace Directives.Core.Relations;

/// <summary>Collects relations in text order, one per (type, from, to), keeping the first evidence.</summary>
internal sealed class RelationSink(string text)
{
    readonly HashSet<(string, string, string)> seen = [];

    internal List<Relation> Relations { get; } = [];

    internal bool Add(string type, string from, string to, Sentence evidence)
    {
        if (from == to || !seen.Add((type, from, to))) return false;
        Relations.Add(new Relation
        {
            Type = type,
            From = from,
            To = to,
            Evidence = text[evidence.Start..evidence.End],
            Start = evidence.Start,
            End = evidence.End,
        });
        return true;
    }
}
