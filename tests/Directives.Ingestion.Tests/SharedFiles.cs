namespace Directives.Ingestion.Tests;

/// <summary>Files outside the repository the tests read at run time (../shared next to the repository root).</summary>
internal static class SharedFiles
{
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Directives.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No Directives.sln above {AppContext.BaseDirectory}; cannot locate the repository root.");
    }

    public static string SeedsDirectory()
    {
        var root = RepositoryRoot();
        var seeds = Path.GetFullPath(Path.Combine(root, "..", "shared", "seeds"));
        if (!Directory.Exists(seeds))
            throw new InvalidOperationException($"Seed texts not found at {seeds} (expected ../shared/seeds next to the repository root {root}).");
        return seeds;
    }

    public const string DejaVuSans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    public static byte[] VietnameseFont()
    {
        if (!File.Exists(DejaVuSans))
            throw new InvalidOperationException($"Font {DejaVuSans} is missing; install fonts-dejavu-core (./test.sh does) to build the test PDFs.");
        return File.ReadAllBytes(DejaVuSans);
    }
}
