using Directives.Benchmarks.Corpus;

namespace Directives.Benchmarks.Scale;

/// <summary>What the steps of one sized run share: the corpus on disk, where to put indexes, and the figures.</summary>
public sealed class ScaleContext
{
    public required int Size { get; init; }
    public required int Seed { get; init; }
    public required bool Quick { get; init; }
    public required string Work { get; init; }
    public required CorpusFiles Corpus { get; init; }
    public required GeneratorOptions Options { get; init; }
    public required SizeResult Result { get; init; }
    public CorpusFiles.Summary? Generated { get; set; }
    /// <summary>When set, the full-pipeline ingest is timed for this long only and the rest indexed from the ground truth.</summary>
    public TimeSpan? IngestBudget { get; init; }
    /// <summary>When set, documents indexed from the ground truth keep only their first characters (header, title, opening), in both engines.</summary>
    public int? FillChars { get; init; }
    /// <summary>Queries of the mix timed per configuration (1,000 by default).</summary>
    public int Queries { get; init; } = 1000;

    /// <summary>The text a ground-truth fill indexes: all of it, or its head cut at a word boundary.</summary>
    public string FillText(string text)
    {
        if (FillChars is not { } n || text.Length <= n) return text;
        var end = text.LastIndexOf(' ', n);
        return text[..(end > 0 ? end : n)];
    }

    public string OurIndex => Path.Combine(Work, "index");
    public string FtsPath => Path.Combine(Work, "fts5.db");

    public void Set(string key, double value)
    {
        Result.Metrics[key] = value;
        Console.WriteLine($"  {key} = {value:G6}");
    }

    public void Note(string key, string value)
    {
        Result.Notes[key] = value;
        Console.WriteLine($"  {key}: {value}");
    }

    /// <summary>Text files with their truth, in the order the ingest reads them.</summary>
    public IEnumerable<(GroundTruth Truth, string File)> TextDocuments()
        => Corpus.ReadTruth().Where(t => t.Format == "txt").Select(t => (t, Path.Combine(Corpus.Text, t.Id.Replace(':', Path.DirectorySeparatorChar))));
}
