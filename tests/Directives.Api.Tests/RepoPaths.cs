namespace Directives.Api.Tests;

/// <summary>Locates the repository and ../shared (seeds, gold) beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Shared => Existing(Path.GetFullPath(Path.Combine(Root, "..", "shared")),
        "../shared (seeds and gold) must sit beside the repository root");

    public static string Seeds => Existing(Path.Combine(Shared, "seeds"), "../shared/seeds is missing");

    public static string SampleCorpus => Existing(Path.Combine(Root, "corpus"), "corpus/ is missing from the repository");

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Directives.sln"))) return dir.FullName;
        throw new InvalidOperationException("Cannot find the repository root (Directives.sln) above " + AppContext.BaseDirectory);
    }

    static string Existing(string path, string message)
        => Directory.Exists(path) ? path : throw new DirectoryNotFoundException($"{message}: {path}");
}
