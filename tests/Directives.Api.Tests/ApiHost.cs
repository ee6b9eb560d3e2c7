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

    /// <summary>Keys every host knows: clients get the admin key unless a test asks for another or none.</summary>
    public const string AdminKey = "test-admin-key-0123456789";
    public const string EditorKey = "test-editor-key-0123456789";
    public const string ReaderKey = "test-reader-key-0123456789";
    public const string ClearedKey = "test-cleared-key-0123456789";

    readonly IReadOnlyDictionary<string, string> settings;

    public ApiHost(Action<string> fillCorpus, IReadOnlyDictionary<string, string>? settings = null)
    {
        this.settings = settings ?? new Dictionary<string, string>();
        Directory.CreateDirectory(Corpus);
        fillCorpus(Corpus);
    }

    public string AuditLogPath => Path.Combine(IndexPath, "audit.jsonl");

    /// <summary>A client that sends <paramref name="key"/>, or no key at all when it is null.</summary>
    public HttpClient CreateClient(string? key)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Remove("X-Api-Key");
        if (key is not null) client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
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
        (string Name, string Key, string Role, string Clearance)[] keys =
        [
            ("test-admin", AdminKey, "admin", "Public"), ("test-editor", EditorKey, "editor", "Public"),
            ("test-reader", ReaderKey, "reader", "Public"), ("test-cleared", ClearedKey, "reader", "TopSecret"),
        ];
        for (var i = 0; i < keys.Length; i++)
        {
            builder.UseSetting($"Directives:Security:Keys:{i}:Name", keys[i].Name);
            builder.UseSetting($"Directives:Security:Keys:{i}:Key", keys[i].Key);
            builder.UseSetting($"Directives:Security:Keys:{i}:Role", keys[i].Role);
            builder.UseSetting($"Directives:Security:Keys:{i}:Clearance", keys[i].Clearance);
        }
        foreach (var (name, value) in settings) builder.UseSetting(name, value);
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

    /// <summary>How many documents a search finds.</summary>
    public static async Task<int> SearchTotal(HttpClient client, string q)
        => (await client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString(q))).GetProperty("total").GetInt32();

    /// <summary>Whether <paramref name="condition"/> comes true within a minute (polled every 200 ms): for what the server does in the background.</summary>
    public static async Task<bool> Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition()) return true;
            await Task.Delay(200);
        }
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
