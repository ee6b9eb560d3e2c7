using System.Net;
using System.Text.Json;
using Directives.Testing.Hostile;

namespace Directives.Api.Tests;

/// <summary>A hostile corpus ingested by the server: each refused entry listed in the ingest status with its code, no server paths, the good files indexed.</summary>
public sealed class HostileCorpusApiTests : IDisposable
{
    readonly ApiHost host = new(HostileCorpus.Write, HostileUploadApiTests.LimitSettings());
    readonly HttpClient client;

    public HostileCorpusApiTests() => client = host.CreateClient();

    [Fact]
    public async Task The_ingest_status_lists_each_refused_file_with_its_code_and_no_server_path()
    {
        var status = await host.IngestedAsync(client);

        var failures = status.GetProperty("failures").EnumerateArray()
            .ToDictionary(f => f.GetProperty("path").GetString()!, f => (Code: f.GetProperty("code").GetString()!, Reason: f.GetProperty("reason").GetString()!));
        Assert.Equal(HostileCorpus.Expected.Keys.Order(StringComparer.Ordinal), failures.Keys.Order(StringComparer.Ordinal));
        Assert.All(HostileCorpus.Expected, e => Assert.Equal(e.Value, failures[e.Key].Code));
        Assert.All(failures.Values, f => Assert.DoesNotContain(host.Root, f.Reason, StringComparison.Ordinal));
        Assert.Equal(HostileCorpus.GoodIds.Count, status.GetProperty("indexed").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    public void Dispose()
    {
        client.Dispose();
        host.Dispose();
    }
}
