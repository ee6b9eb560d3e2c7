using System.Diagnostics;
using Directives.Search.Index;
using Directives.Search.Querying;

namespace Directives.Search.Tests;

/// <summary>Near-real-time visibility: a commit or Refresh() shows changes at once; searches reopen at most once a second, in the background.</summary>
public sealed class RefreshTests : IDisposable
{
    readonly TestIndex t = new();

    public RefreshTests() => t.Add("news:a.txt", "Hội nghị tổng kết công tác xây dựng Đảng năm 2023.").Commit();

    int Found(string q) => t.Index.Search(new SearchRequest { Query = q }).Total;

    [Fact]
    public void A_commit_is_searchable_when_it_returns()
    {
        t.Add("news:b.txt", "Kế hoạch chuyển đổi số trong các cơ quan đảng.").Commit();
        Assert.Equal(1, Found("chuyển đổi số"));
    }

    [Fact]
    public void Refresh_shows_uncommitted_changes_at_once()
    {
        Assert.Equal(0, Found("chuyển đổi số"));
        t.Add("news:b.txt", "Kế hoạch chuyển đổi số trong các cơ quan đảng.");
        t.Index.Refresh();
        Assert.Equal(1, Found("chuyển đổi số"));
    }

    [Fact]
    public void Searches_pick_up_uncommitted_changes_within_about_a_second()
    {
        t.Add("news:b.txt", "Kế hoạch chuyển đổi số trong các cơ quan đảng.");
        var clock = Stopwatch.StartNew();
        while (Found("chuyển đổi số") == 0)
        {
            Assert.True(clock.ElapsedMilliseconds < 10 * DocumentIndex.RefreshIntervalMs, "an uncommitted document never became searchable");
            Thread.Sleep(50);
        }
    }

    [Fact]
    public async Task Disposing_twice_returns_and_keeps_what_was_committed()
    {
        var path = Path.Combine(Path.GetTempPath(), "directives-dispose-" + Guid.NewGuid().ToString("N"));
        try
        {
            var index = new DocumentIndex(path);
            index.Dispose();
            var second = Task.Run(index.Dispose);
            Assert.Same(second, await Task.WhenAny(second, Task.Delay(TimeSpan.FromSeconds(10))));
            using var reopened = new DocumentIndex(path, readOnly: true);
            Assert.Equal(0, reopened.Count);
        }
        finally { Directory.Delete(path, recursive: true); }
    }

    public void Dispose() => t.Dispose();
}
