namespace Directives.Benchmarks;

static class Workspace
{
    public static string Root { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Directives.sln"))) return dir.FullName;
        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}
