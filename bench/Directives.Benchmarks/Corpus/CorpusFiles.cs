using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Directives.Benchmarks.Corpus;

/// <summary>
/// Writes a generated corpus to disk, streaming: plain-text documents under text/, a capped fraction as DOCX and
/// PDF under files/, and the ground truth of every document (its identity, references and edges) as JSON Lines.
/// A manifest records seed and size, so an identical corpus already on disk is reused.
/// </summary>
public sealed record CorpusFiles(string Root, int Count, int Seed)
{
    public string Text => Path.Combine(Root, "text");
    public string Files => Path.Combine(Root, "files");
    public string Truth => Path.Combine(Root, "truth.jsonl");
    string Manifest => Path.Combine(Root, "manifest.json");

    /// <summary>Every 50th document (7th and 29th of each fifty) is written as DOCX or PDF instead, up to a cap each.</summary>
    public static string FormatOf(int index, int binaryCap)
        => index / 50 >= binaryCap ? "txt" : (index % 50) switch { 7 => "docx", 29 => "pdf", _ => "txt" };

    public sealed record Summary(int Documents, long TextBytes, int Docx, int Pdf, int PdfPages, double Seconds);

    public Summary Write(GeneratorOptions options, int binaryCap, string fontPath)
    {
        var key = JsonSerializer.Serialize(new { Count, Seed, options, binaryCap });
        if (File.Exists(Manifest) && File.ReadAllLines(Manifest) is [var k, var s] && k == key)
            return JsonSerializer.Deserialize<Summary>(s)!;
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
        Directory.CreateDirectory(Root);

        var sw = Stopwatch.StartNew();
        var font = File.ReadAllBytes(fontPath);
        var generator = new Generator(Seed, options);
        long bytes = 0;
        int docx = 0, pdf = 0, pages = 0;
        var utf8 = new UTF8Encoding(false);
        using var truth = new StreamWriter(Truth, false, utf8);
        var created = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in generator.Generate(Count))
        {
            var format = FormatOf(d.Index, binaryCap);
            var path = Path.Combine(format == "txt" ? Text : Files, Path.ChangeExtension(d.Path, format));
            var dir = Path.GetDirectoryName(path)!;
            if (created.Add(dir)) Directory.CreateDirectory(dir);
            switch (format)
            {
                case "docx":
                    File.WriteAllBytes(path, BenchDocx.Write(d));
                    docx++;
                    break;
                case "pdf":
                    var (content, n) = BenchPdf.Write(d, font);
                    File.WriteAllBytes(path, content);
                    pdf++;
                    pages += n;
                    break;
                default:
                    var encoded = utf8.GetBytes(d.Text);
                    File.WriteAllBytes(path, encoded);
                    bytes += encoded.Length;
                    break;
            }
            truth.WriteLine(JsonSerializer.Serialize(GroundTruth.From(d, format)));
        }
        var summary = new Summary(Count, bytes, docx, pdf, pages, sw.Elapsed.TotalSeconds);
        File.WriteAllLines(Manifest, [key, JsonSerializer.Serialize(summary)]);
        return summary;
    }

    /// <summary>The ground truth, streamed back one document at a time.</summary>
    public IEnumerable<GroundTruth> ReadTruth()
    {
        foreach (var line in File.ReadLines(Truth))
            yield return JsonSerializer.Deserialize<GroundTruth>(line)!;
    }
}

/// <summary>One line of truth.jsonl: what the generator planted in a document.</summary>
public sealed record GroundTruth(int Index, string Id, string Format, string Citation, string Kind, string Organization, string Date,
    string Title, IReadOnlyList<PlantedReference> References, IReadOnlyList<PlantedEdge> Edges, int Paragraphs)
{
    public static GroundTruth From(GeneratedDocument d, string format)
        => new(d.Index, Path.ChangeExtension(d.Path, format).Replace('/', ':'), format, d.Citation, d.Kind, d.Organization,
            d.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), d.Title, d.References, d.Edges, d.Paragraphs);
}
