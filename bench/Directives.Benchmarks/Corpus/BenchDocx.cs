using Directives.Ingestion.Writing;

namespace Directives.Benchmarks.Corpus;

/// <summary>A generated document as a Word file: one paragraph per text paragraph, header lines each their own.</summary>
public static class BenchDocx
{
    public static byte[] Write(GeneratedDocument d) => PlainDocx.Write(Blocks(d.Text));

    /// <summary>Header and signature lines one by one, prose paragraphs whole.</summary>
    public static IEnumerable<string> Blocks(string text)
        => text.Split("\n\n").SelectMany(p => p.Contains('\n') ? p.Split('\n') : [p]).Where(p => p.Trim().Length > 0);
}
