namespace Directives.Testing;

/// <summary>
/// The repository and the ../shared folder beside it (seeds, gold), located from the test binaries.
/// A missing folder fails with a message that says what is expected where.
/// </summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Shared => Existing(Path.GetFullPath(Path.Combine(Root, "..", "shared")),
        "../shared (seeds and gold) must sit beside the repository root");

    public static string Seeds => Existing(Path.Combine(Shared, "seeds"), "../shared/seeds is missing");

    public static string GoldSeeds => ExistingFile(Path.Combine(Shared, "gold", "seeds.json"), "../shared/gold/seeds.json is missing");

    public static string SampleCorpus => Existing(Path.Combine(Root, "corpus"), "corpus/ is missing from the repository");

    /// <summary>The plain-text files real text is read from: the seeds, the sample corpus's .txt files and tests/real-shapes.</summary>
    public static IEnumerable<string> RealTextFiles() =>
        Directory.EnumerateFiles(Seeds)
            .Concat(Directory.EnumerateFiles(SampleCorpus, "*.txt", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Path.Combine(Root, "tests", "real-shapes")));

    public const string DejaVuSans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    /// <summary>A TrueType font with Vietnamese glyphs for the PDFs tests build (test.sh installs it).</summary>
    public static byte[] VietnameseFont() => File.ReadAllBytes(ExistingFile(DejaVuSans,
        "install fonts-dejavu-core (bash test.sh does) to build the test PDFs"));

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Directives.sln"))) return dir.FullName;
        throw new InvalidOperationException("Cannot find the repository root (Directives.sln) above " + AppContext.BaseDirectory);
    }

    static string Existing(string path, string message)
        => Directory.Exists(path) ? path : throw new DirectoryNotFoundException($"{message}: {path}");

    static string ExistingFile(string path, string message)
        => File.Exists(path) ? path : throw new FileNotFoundException($"{message}: {path}", path);
}
