using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Directives.Search.Index;

namespace Directives.Api.Tests;

/// <summary>
/// With Directives:SeparateIngest the corpus is ingested by a worker process (this program run with --ingest-worker):
/// the server reads the index the worker writes, shows the worker's progress as its own, and never holds the write lock.
/// </summary>
public sealed class SeparateIngestTests
{
    [Fact]
    public async Task A_worker_process_ingests_the_corpus_and_the_server_reads_what_it_commits_without_the_write_lock()
    {
        using var host = new ApiHost(corpus =>
            {
                File.WriteAllText(Path.Combine(corpus, "kh-5.txt"),
                    "HUYỆN ỦY TÂN LẬP\nSố 5-KH/HU\nKẾ HOẠCH\nthực hiện Chỉ thị số 28-CT/TW về nâng cao chất lượng kết nạp đảng viên.", new UTF8Encoding(false));
                File.WriteAllBytes(Path.Combine(corpus, "hong.pdf"), "%PDF-1.7 truncated"u8.ToArray());
            },
            new Dictionary<string, string> { ["Directives:SeparateIngest"] = "true", ["Directives:Watch"] = "true" });
        using var client = host.CreateClient();
        await host.IngestedAsync(client);

        var status = await client.GetFromJsonAsync<JsonElement>("/api/ingest/status");
        Assert.Equal(1, status.GetProperty("indexed").GetInt32());
        // The worker's failures reach the server's status, as an in-process ingest's do.
        Assert.Contains(status.GetProperty("failures").EnumerateArray(), f => f.GetProperty("path").GetString() == "hong.pdf");
        Assert.True(await ApiHost.Eventually(async () => await ApiHost.SearchTotal(client, "ket nap") == 1), "the worker's document is not found");

        // Once the worker has exited the write lock is free: the server only reads (an in-process ingest holds it for good).
        Assert.True(await ApiHost.Eventually(() => Task.FromResult(WriteLockFree(host.IndexPath))), "the write lock is still held");

        // A file added while the server runs is ingested by a new worker and becomes searchable.
        File.WriteAllText(Path.Combine(host.Corpus, "bc-9.txt"), "ĐẢNG ỦY XÃ PHƯƠNG LÂM\nSố 9-BC/ĐU\nBÁO CÁO\nkết quả thực hiện Kế hoạch số 5-KH/HU.", new UTF8Encoding(false));
        Assert.True(await ApiHost.Eventually(async () => await ApiHost.SearchTotal(client, "phuong lam") == 1), "the added file was not indexed");
    }

    static bool WriteLockFree(string index)
    {
        try
        {
            using (new DocumentIndex(index)) return true;
        }
        catch (IndexInUseException)
        {
            return false;
        }
    }
}
