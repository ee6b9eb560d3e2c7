using System.Diagnostics;
using Directives.Search.Index;
using Directives.Testing.Hostile;

namespace Directives.Cli.Tests;

/// <summary>
/// `directives ingest` killed at random points, then run again to the end: the index always opens, and the counts
/// are exactly those of one uninterrupted run — nothing lost, nothing twice.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    readonly string root = Path.Combine(Path.GetTempPath(), "directives-crash-" + Guid.NewGuid().ToString("N"));
    string Corpus => Path.Combine(root, "corpus");

    public CrashSafetyTests()
    {
        TempTree.Copy(RepositoryPaths.SampleCorpus, Path.Combine(Corpus, "sample"));
        foreach (var file in HostileCatalogue.Files.Where(f => f.Bytes.Length < 256 * 1024).Take(12))
            File.WriteAllBytes(Path.Combine(Directory.CreateDirectory(Path.Combine(Corpus, "hostile")).FullName, file.Name), file.Bytes);
    }

    static Process Start(string corpus, string index)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "directives.dll");
        var info = new ProcessStartInfo("dotnet", ["exec", cli, "ingest", "--corpus", corpus, "--index", index])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        var process = Process.Start(info) ?? throw new InvalidOperationException("the CLI did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    static int RunToEnd(string corpus, string index)
    {
        using var process = Start(corpus, index);
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "ingest did not finish");
        return process.ExitCode;
    }

    static (int Count, string[] Ids, string[] Hashes) Contents(string index)
    {
        using var opened = new DocumentIndex(index, readOnly: true);
        var versions = opened.Versions();
        return (opened.Count, [.. versions.Keys.Order(StringComparer.Ordinal)], [.. versions.Values.Select(v => v.ContentHash).Order(StringComparer.Ordinal)]);
    }

    [Fact]
    public void Killed_at_random_points_then_rerun_gives_exactly_the_counts_of_one_clean_run()
    {
        var reference = Path.Combine(root, "reference");
        var clock = Stopwatch.StartNew();
        var referenceExit = RunToEnd(Corpus, reference);
        var runTime = (int)clock.ElapsedMilliseconds;
        var expected = Contents(reference);
        Assert.True(expected.Count > 40);

        var index = Path.Combine(root, "index");
        var random = new Random(13);
        for (var i = 0; i < 3; i++)
        {
            // Anywhere from start-up to the end of a run: before the first commit, while reading, while committing.
            using var process = Start(Corpus, index);
            Thread.Sleep(random.Next(runTime / 5, runTime * 11 / 10));
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit();
            // Whatever the moment of death, an index that was committed opens.
            using var directory = Lucene.Net.Store.FSDirectory.Open(index);
            if (Lucene.Net.Index.DirectoryReader.IndexExists(directory)) Contents(index);
        }

        Assert.Equal(referenceExit, RunToEnd(Corpus, index));
        var actual = Contents(index);
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.Ids, actual.Ids);
        Assert.Equal(expected.Hashes, actual.Hashes);
    }

    public void Dispose()
    {
        try { Directory.Delete(root, recursive: true); } catch (IOException) { }
    }
}
