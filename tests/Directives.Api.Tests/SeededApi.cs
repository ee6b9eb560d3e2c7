using System.Text.Json;

namespace Directives.Api.Tests;

/// <summary>One app per test class over the seeds and the sample corpus, ingested before the first test.</summary>
public sealed class SeededApi : IAsyncLifetime
{
    public ApiHost Host { get; } = ApiHost.WithSeedsAndSampleCorpus();
    public HttpClient Client { get; private set; } = null!;
    public JsonElement IngestStatus { get; private set; }

    public async Task InitializeAsync()
    {
        Client = Host.CreateClient();
        IngestStatus = await Host.IngestedAsync(Client);
    }

    public Task DisposeAsync()
    {
        Client.Dispose();
        Host.Dispose();
        return Task.CompletedTask;
    }
}
