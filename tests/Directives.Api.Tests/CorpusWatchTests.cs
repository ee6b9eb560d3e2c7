using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Directives.Api.Tests;

/// <summary>With watching on (the default), the server ingests what changes in the corpus folder without being asked.</summary>
public sealed class CorpusWatchTests
{
    [Fact]
    public async Task Files_added_to_and_removed_from_the_corpus_are_found_and_dropped_without_asking()
    {
        using var host = new ApiHost(corpus => File.WriteAllText(Path.Combine(corpus, "kh-5.txt"),
            "HUYỆN ỦY TÂN LẬP\nSố 5-KH/HU\nKẾ HOẠCH\nthực hiện Chỉ thị số 28-CT/TW về nâng cao chất lượng kết nạp đảng viên.", new UTF8Encoding(false)),
            new Dictionary<string, string> { ["Directives:Watch"] = "true" });
        using var client = host.CreateClient();
        await host.IngestedAsync(client);
        Assert.Equal(0, await ApiHost.SearchTotal(client, "phuong lam"));

        Directory.CreateDirectory(Path.Combine(host.Corpus, "xa"));
        var added = Path.Combine(host.Corpus, "xa", "bc-9.txt");
        File.WriteAllText(added, "ĐẢNG ỦY XÃ PHƯƠNG LÂM\nSố 9-BC/ĐU\nBÁO CÁO\nkết quả thực hiện Kế hoạch số 5-KH/HU.", new UTF8Encoding(false));
        Assert.True(await ApiHost.Eventually(async () => await ApiHost.SearchTotal(client, "phuong lam") == 1), "the added file was not indexed");

        File.Delete(added);
        Assert.True(await ApiHost.Eventually(async () => await ApiHost.SearchTotal(client, "phuong lam") == 0), "the removed file is still found");
        Assert.Equal(1, await ApiHost.SearchTotal(client, "ket nap"));
    }
}
