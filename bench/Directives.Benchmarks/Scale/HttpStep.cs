using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Directives.Benchmarks.Corpus;

namespace Directives.Benchmarks.Scale;

/// <summary>
/// wrk on loopback against /api/search with the query mix (a Lua script rotating the queries), while the server
/// ingests: the server is started on the benchmark's index with new documents added to the corpus, so its startup
/// ingest (hashing every file, indexing the new ones) runs during the load. Bounded in time; only 127.0.0.1.
/// </summary>
public static partial class HttpStep
{
    public static void Run(ScaleContext ctx)
    {
        if (Which("wrk") is null) { ctx.Note("http", "wrk is not installed (apt-get install wrk); skipped"); return; }
        var api = ApiDll();
        var extra = Math.Min(Math.Max(ctx.Size / 10, 100), 5000);
        var added = new List<string>();
        // A folder of its own per run: the index has never seen these ids, so the server really indexes them (and drops
        // the previous run's, whose files are gone); under one fixed name a second run found them indexed and only hashed.
        var folder = Path.Combine(ctx.Corpus.Text, $"moi-{DateTime.UtcNow:yyyyMMddHHmmss}");
        foreach (var d in new Generator(ctx.Seed, ctx.Options).Generate(extra, ctx.Size))
        {
            var file = Path.Combine(folder, d.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, d.Text, new UTF8Encoding(false));
            added.Add(file);
        }
        var port = 5190;
        var psi = new ProcessStartInfo("dotnet", [api, "--urls", $"http://127.0.0.1:{port}"])
        {
            UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true,
            Environment = { ["Directives__Corpus"] = ctx.Corpus.Text, ["Directives__Index"] = ctx.OurIndex, ["Directives__Watch"] = "false",
                            ["Logging__LogLevel__Default"] = "Warning",
                            // The server's ingest mode: threads of the server (the default), or BENCH_SEPARATE_INGEST=true for a worker process.
                            ["Directives__SeparateIngest"] = Environment.GetEnvironmentVariable("BENCH_SEPARATE_INGEST") ?? "false",
                            // wrk is one client: its 50 reads/s per-client limit would be what we measure (requests queue in the limiter).
                            ["Directives__Limits__ReadsPerSecond"] = "1000000" },
        };
        using var server = Process.Start(psi)!;
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            // The first search builds the citation graph (a minute and more at a million documents): a long timeout.
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(10) };
            var up = Stopwatch.StartNew();
            while (true)
            {
                try { if (http.GetAsync("/health").Result.IsSuccessStatusCode) break; }
                catch (AggregateException) { }
                if (up.Elapsed > TimeSpan.FromMinutes(5) || server.HasExited) throw new InvalidOperationException("the API did not start");
                Thread.Sleep(200);
            }
            ctx.Set("http.startup_s", up.Elapsed.TotalSeconds);
            // Warm-up (JIT, first searcher) with the first queries of the mix, then the load.
            var mix = QueryMix.Create(ctx.Seed, ctx.Size);
            var first = Stopwatch.StartNew();
            http.GetAsync(mix[0].Url()).Result.Dispose();
            ctx.Set("http.first_search_s", first.Elapsed.TotalSeconds);
            foreach (var q in mix.Skip(1).Take(19)) http.GetAsync(q.Url()).Result.Dispose();
            var before = Status(http);
            var script = Path.Combine(ctx.Work, "mix.lua");
            var paths = mix.Select(q => "  \"" + q.Url() + "\",");
            File.WriteAllText(script, "local paths = {\n" + string.Join('\n', paths) + "\n}\nlocal i = 0\n" +
                "request = function()\n  i = i + 1\n  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend\n");
            var seconds = ctx.Quick ? 5 : 30;
            // Latency as one officer sees it (one connection, one request at a time), then throughput (8 connections on 2 cores).
            var latency = Wrk(script, port, threads: 1, connections: 1, seconds);
            var between = Status(http);
            var output = Wrk(script, port, threads: 2, connections: 8, seconds);
            var after = Status(http);
            File.WriteAllText(Path.Combine(ctx.Work, "wrk.txt"), latency + "\n" + output);
            ctx.Set("http.p50_ms", Millis(Percentile50().Match(latency)));
            ctx.Set("http.p99_ms", Millis(Percentile99().Match(latency)));
            ctx.Set("http.rps", Number(RequestsPerSecond().Match(output)));
            ctx.Set("http.c8.p50_ms", Millis(Percentile50().Match(output)));
            ctx.Set("http.c8.p99_ms", Millis(Percentile99().Match(output)));
            var errors = 0;
            foreach (var run in new[] { latency, output })
            {
                var non2xx = NonSuccess().Match(run);
                errors += (non2xx.Success ? int.Parse(non2xx.Groups[1].Value, CultureInfo.InvariantCulture) : 0)
                    + SocketErrors().Matches(run).Sum(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
            }
            ctx.Set("http.errors", errors);
            ctx.Set("http.requests", Number(Requests().Match(latency)) + Number(Requests().Match(output)));
            ctx.Note("http.ingest", $"server ingest during the load: {before} → {between} (end of the one-connection run) → {after}");
        }
        finally
        {
            if (!server.HasExited) server.Kill(entireProcessTree: true);
            server.WaitForExit();
            foreach (var f in added) File.Delete(f);
            Directory.Delete(folder, recursive: true);
        }
    }

    static string Wrk(string script, int port, int threads, int connections, int seconds)
    {
        var wrk = new ProcessStartInfo("wrk", [$"-t{threads}", $"-c{connections}", $"-d{seconds}s", "--timeout", "10s", "--latency", "-s", script, $"http://127.0.0.1:{port}"])
        { RedirectStandardOutput = true, UseShellExecute = false };
        using var w = Process.Start(wrk)!;
        var output = w.StandardOutput.ReadToEnd();
        w.WaitForExit();
        return output;
    }

    static string Status(HttpClient http)
    {
        var s = http.GetFromJsonAsync<JsonElement>("/api/ingest/status").Result;
        string Get(string name) => s.TryGetProperty(name, out var v) ? v.ToString() : "?";
        return $"{Get("state")} {Get("processed")}/{Get("filesSeen")} processed, {Get("indexed")} indexed";
    }

    /// <summary>The API built beside the benchmark (Release), building it first when missing.</summary>
    static string ApiDll()
    {
        // The benchmark's own build configuration (bin/Release/net10.0/): the project reference builds the API beside it.
        var configuration = Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar))) ?? "Release";
        var candidates = new[]
        {
            Path.Combine(AppContext.BaseDirectory, "api", "Directives.Api.dll"),
            Path.Combine(Workspace.Root, "src", "Directives.Api", "bin", configuration, "net10.0", "Directives.Api.dll"),
        };
        if (candidates.FirstOrDefault(File.Exists) is { } found) return found;
        using var build = Process.Start("dotnet", ["build", Path.Combine(Workspace.Root, "src", "Directives.Api"), "-c", configuration, "-v", "q"])!;
        build.WaitForExit();
        return candidates[1];
    }

    static string? Which(string tool)
        => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);

    static double Number(Match m) => m.Success ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN;

    static double Millis(Match m)
    {
        if (!m.Success) return double.NaN;
        var v = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return m.Groups[2].Value switch { "us" => v / 1000, "s" => v * 1000, "m" => v * 60000, _ => v };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")] private static partial Regex RequestsPerSecond();
    [GeneratedRegex(@"(\d+) requests in")] private static partial Regex Requests();
    [GeneratedRegex(@"^\s+50%\s+([\d.]+)(us|ms|s|m)", RegexOptions.Multiline)] private static partial Regex Percentile50();
    [GeneratedRegex(@"^\s+99%\s+([\d.]+)(us|ms|s|m)", RegexOptions.Multiline)] private static partial Regex Percentile99();
    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")] private static partial Regex NonSuccess();
    [GeneratedRegex(@"(?:connect|read|write|timeout) (\d+)")] private static partial Regex SocketErrors();
}
