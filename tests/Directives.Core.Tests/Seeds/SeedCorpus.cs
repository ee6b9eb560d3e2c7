using System.Text.Json;
using Directives.Core.Text;

namespace Directives.Core.Tests.Seeds;

/// <summary>The shared seed texts and their gold file, read at run time from ../shared next to the repository.</summary>
internal static class SeedCorpus
{
    internal static string SharedDirectory() => RepositoryPaths.Shared;

    internal static IEnumerable<(string File, string Text, JsonElement Gold)> Files()
    {
        var shared = SharedDirectory();
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(shared, "gold", "seeds.json")));
        var files = gold.RootElement.GetProperty("files");
        foreach (var entry in files.EnumerateObject())
        {
            var path = Path.Combine(shared, "seeds", entry.Name);
            Assert.True(File.Exists(path), $"Gold names {entry.Name}, but {path} is missing.");
            yield return (entry.Name, VietnameseText.Normalize(File.ReadAllText(path)), entry.Value.Clone());
        }
    }
}
