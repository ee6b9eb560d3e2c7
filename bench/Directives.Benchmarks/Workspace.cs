using Directives.Ingestion.Pipeline;

namespace Directives.Benchmarks;

public static class Workspace
{
    public static string Root { get; } = WorkspacePaths.RepositoryRoot()
        ?? throw new InvalidOperationException("Run the benchmarks from inside the repository.");

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));
}
