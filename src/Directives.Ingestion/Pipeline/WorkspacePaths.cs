namespace Directives.Ingestion.Pipeline;

/// <summary>
/// Resolves configured folders. A relative path is taken from the repository root (the nearest
/// folder up from the working directory that holds Directives.sln), so `dotnet run --project …`
/// finds corpus/ and index/ wherever it is started inside the checkout; else from the working directory.
/// </summary>
public static class WorkspacePaths
{
    public static string Resolve(string configured)
    {
        if (Path.IsPathRooted(configured)) return Path.GetFullPath(configured);
        return Path.GetFullPath(Path.Combine(RepositoryRoot() ?? Directory.GetCurrentDirectory(), configured));
    }

    public static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Directives.sln"))) return dir.FullName;
        return null;
    }
}
