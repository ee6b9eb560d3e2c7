namespace Directives.Core.Evaluation;

/// <summary>Precision, recall and F1 of one kind of finding, with every miss and false hit named.</summary>
public sealed class Score(string name)
{
    readonly List<string> misses = [];
    readonly List<string> falseHits = [];

    public string Name { get; } = name;
    public int TruePositives { get; private set; }
    public IReadOnlyList<string> Misses => misses;
    public IReadOnlyList<string> FalseHits => falseHits;

    public double Precision => TruePositives + falseHits.Count == 0 ? 1 : (double)TruePositives / (TruePositives + falseHits.Count);
    public double Recall => TruePositives + misses.Count == 0 ? 1 : (double)TruePositives / (TruePositives + misses.Count);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Scores one file's predicted keys against its gold keys; labels prefix the listed misses.</summary>
    public void Add(string file, IEnumerable<string> gold, IEnumerable<string> predicted, Func<string, string, bool>? matches = null)
    {
        matches ??= (g, p) => g == p;
        var remaining = predicted.Distinct().ToList();
        foreach (var g in gold.Distinct())
        {
            var hit = remaining.FindIndex(p => matches(g, p));
            if (hit >= 0)
            {
                TruePositives++;
                remaining.RemoveAt(hit);
            }
            else misses.Add($"{file}: {g}");
        }
        falseHits.AddRange(remaining.Select(p => $"{file}: {p}"));
    }
}
