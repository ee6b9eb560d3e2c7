using System.Text.Json;

namespace Directives.Benchmarks.Scale;

/// <summary>
/// Figures of every run, one entry per corpus size, kept in docs/benchmarks.json so the report and the chart show every
/// size measured (a run of one size replaces that size's figures only).
/// </summary>
public sealed class Results
{
    public Dictionary<string, SizeResult> Sizes { get; set; } = [];

    /// <summary>Markdown of the benchmarks that do not scale with the corpus (extraction on the seeds, the synthetic graph).</summary>
    public Dictionary<string, string> Sections { get; set; } = [];

    public static Results Load(string path)
        => File.Exists(path) ? JsonSerializer.Deserialize<Results>(File.ReadAllText(path)) ?? new Results() : new Results();

    public void Save(string path)
        => File.WriteAllText(path, JsonSerializer.Serialize(this, new JsonSerializerOptions { WriteIndented = true }) + "\n");
}

public sealed class SizeResult
{
    public int Documents { get; set; }
    public string Run { get; set; } = "";
    public Dictionary<string, double> Metrics { get; set; } = [];
    public Dictionary<string, string> Notes { get; set; } = [];

    public double? Get(string key) => Metrics.TryGetValue(key, out var v) ? v : null;
}
