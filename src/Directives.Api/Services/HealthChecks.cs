using Directives.Ingestion.Pipeline;

namespace Directives.Api.Services;

/// <summary>One reason /health is degraded: a stable code and a Vietnamese message.</summary>
public sealed record HealthProblem(string Code, string Message);

/// <summary>What makes the service degraded though it still answers: it can no longer keep the index current.</summary>
public static class HealthChecks
{
    public static IEnumerable<HealthProblem> Problems(IngestSnapshot ingest, DateTimeOffset lastChange, string corpus, string index, LimitOptions limits)
    {
        var idle = DateTimeOffset.UtcNow - lastChange;
        if (ingest.State == IngestState.Running && idle > TimeSpan.FromMinutes(limits.StalledIngestMinutes))
            yield return new("ingest.stalled", $"Lượt nạp kho đã đứng yên {(int)idle.TotalMinutes} phút (có thể kẹt ở một tệp).");
        if (ingest.State == IngestState.Idle && ingest.Error is not null)
            yield return new("ingest.failed", "Lượt nạp kho gần nhất không chạy được; xem /api/ingest/status.");
        if (CorpusProblem(corpus) is { } corpusProblem) yield return corpusProblem;
        if (FreeBytes(index) is { } free && free < limits.MinFreeDiskBytes)
            yield return new("disk.full", $"Ổ đĩa chứa chỉ mục chỉ còn {free / 1024 / 1024} MB trống.");
    }

    static HealthProblem? CorpusProblem(string corpus)
    {
        if (!Directory.Exists(corpus)) return new("corpus.missing", "Không tìm thấy thư mục kho văn bản.");
        try
        {
            using var entries = Directory.EnumerateFileSystemEntries(corpus).GetEnumerator();
            entries.MoveNext();
            return null;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return new("corpus.unreadable", "Không đọc được thư mục kho văn bản.");
        }
    }

    static long? FreeBytes(string path)
    {
        try
        {
            return new DriveInfo(Path.GetFullPath(path)).AvailableFreeSpace;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }
}
