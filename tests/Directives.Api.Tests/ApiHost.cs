using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Directives.Api.Tests;

/// <summary>
/// The real app on a temporary corpus and index. Each test class builds its own; nothing is shared.
/// </summary>
public sealed class ApiHost : WebApplicationFactory<Program>
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "directives-api-" + Guid.NewGuid().ToString("N"));
    public string Corpus => Path.Combine(Root, "corpus");
    public string IndexPath => Path.Combine(Root, "index");

    readonly IReadOnlyDictionary<string, string> settings;

    /// <param name="settings">Configuration beyond corpus and index, e.g. "Directives:Limits:MaxParts".</param>
    public ApiHost(Action<string> fillCorpus, IReadOnlyDictionary<string, string>? settings = null)
    {
        this.settings = settings ?? new Dictionary<string, string>();
        Directory.CreateDirectory(Corpus);
        fillCorpus(Corpus);
    }

    /// <summary>The seeds and the shipped sample corpus, as users would ingest them.</summary>
    public static ApiHost WithSeedsAndSampleCorpus() => new(corpus =>
    {
        TempTree.Copy(RepositoryPaths.Seeds, Path.Combine(corpus, "seeds"));
        TempTree.Copy(RepositoryPaths.SampleCorpus, Path.Combine(corpus, "sample"));
    });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Directives:Corpus", Corpus);
        builder.UseSetting("Directives:Index", IndexPath);
        builder.UseSetting("Directives:Watch", "false");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }

    /// <summary>Waits until the background ingest has finished and returns its status.</summary>
    public async Task<JsonElement> IngestedAsync(HttpClient client, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(120));
        while (true)
        {
            var status = await client.GetFromJsonAsync<JsonElement>("/api/ingest/status");
            if (status.GetProperty("state").GetString() == "idle" && status.GetProperty("finishedAt").ValueKind != JsonValueKind.Null)
                return status;
            if (DateTime.UtcNow > deadline) throw new TimeoutException("ingest did not finish: " + status);
            await Task.Delay(100);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
