using Directives.Benchmarks.Corpus;
using Directives.Core.Citations;
using Directives.Core.Text;
using Directives.Ingestion.Readers;

namespace Directives.Benchmarks.Tests;

public class GeneratorTests
{
    [Fact]
    public void Same_seed_gives_the_same_documents_and_every_size_is_a_prefix_of_a_larger_one()
    {
        var small = new Generator(7).Generate(260).ToList();
        var again = new Generator(7).Generate(400).ToList();
        for (var i = 0; i < small.Count; i++)
        {
            Assert.Equal(small[i].Text, again[i].Text);
            Assert.Equal(small[i].Path, again[i].Path);
            Assert.Equal(small[i].References, again[i].References);
        }
        Assert.Equal(again[333].Text, new Generator(7).Document(333).Text);
        Assert.NotEqual(again[333].Text, new Generator(8).Document(333).Text);
    }

    /// <summary>
    /// The corpus must be the same in every process and on every machine (nothing salted per process, no culture):
    /// a fingerprint of the first documents of seed 7, taken when the generator last changed on purpose.
    /// If you change the generator deliberately, put the new fingerprint here.
    /// </summary>
    [Fact]
    public void The_corpus_of_a_seed_is_the_same_in_every_process()
    {
        var texts = string.Join("\u0001", new Generator(7).Generate(50).Select(d => d.Path + "\u0002" + d.Text));
        var fingerprint = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(texts)))[..16];
        Assert.Equal("6E8A45CDDA267FCD", fingerprint);
    }

    [Fact]
    public void Every_planted_reference_is_written_in_the_text_and_parses_to_its_canonical_number()
    {
        foreach (var d in new Generator(7).Generate(600))
        {
            var text = VietnameseText.Normalize(d.Text);
            foreach (var r in d.References)
            {
                Assert.Contains(r.Surface, text);
                Assert.True(PartyNumber.TryParse(r.Surface, out var n), r.Surface);
                Assert.Equal(r.Citation, n!.Canonical);
            }
            Assert.Contains("Số " + d.Citation, d.Text, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("Nơi nhận:", d.Text);
        }
    }

    [Fact]
    public void The_corpus_spans_central_provincial_district_and_grassroots_bodies_with_lengths_of_1_to_20_KB()
    {
        var docs = new Generator(7).Generate(4000).ToList();
        Assert.Equal(34, docs.Skip(Generator.CentralCount).Select(d => d.Path.Split('/')[0]).Distinct().Count());
        Assert.Contains(docs, d => d.Organization.StartsWith("Huyện ủy ", StringComparison.Ordinal));
        Assert.Contains(docs, d => d.Organization.StartsWith("Đảng ủy xã ", StringComparison.Ordinal));
        Assert.Contains(docs, d => d.Organization == "Ban Bí thư");
        Assert.All(docs, d => Assert.InRange(d.Text.Length, 1000, 22000));
        var median = docs.Select(d => d.Text.Length).Order().ElementAt(docs.Count / 2);
        Assert.InRange(median, 3000, 6000);
        // Messy variants are present: spaces around the hyphen, en dash, slash for hyphen, T.Ư.
        var surfaces = docs.SelectMany(d => d.References).Select(r => r.Surface).ToList();
        Assert.Contains(surfaces, s => s.Contains(" -", StringComparison.Ordinal));
        Assert.Contains(surfaces, s => s.Contains(" – ", StringComparison.Ordinal));
        Assert.Contains(surfaces, s => s.Count(c => c == '/') == 2);
        Assert.Contains(surfaces, s => s.EndsWith("T.Ư", StringComparison.Ordinal));
    }

    [Fact]
    public void Docx_and_pdf_copies_read_back_with_the_planted_numbers()
    {
        var root = Path.Combine(Path.GetTempPath(), "directives-bench-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            var corpus = new CorpusFiles(root, 120, 7);
            var summary = corpus.Write(new GeneratorOptions(), binaryCap: 3, RepositoryPaths.DejaVuSans);
            Assert.Equal(3, summary.Docx); // documents 7, 57, 107
            Assert.Equal(2, summary.Pdf); // 29, 79 (129 is past the end)
            var truth = corpus.ReadTruth().ToList();
            Assert.Equal(120, truth.Count);
            foreach (var t in truth.Where(t => t.Format != "txt"))
            {
                var text = DocumentReaderRegistry.Default.Read(Path.Combine(corpus.Files, t.Id.Replace(':', Path.DirectorySeparatorChar))).Text;
                Assert.Contains(t.Citation, text);
                foreach (var r in t.References) Assert.Contains(r.Surface, VietnameseText.Normalize(text));
            }
            // A second write with the same seed and size reuses the corpus on disk.
            Assert.Equal(summary, corpus.Write(new GeneratorOptions(), binaryCap: 3, RepositoryPaths.DejaVuSans));
        }
        finally { Directory.Delete(root, recursive: true); }
    }
}
