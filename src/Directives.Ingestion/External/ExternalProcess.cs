using System.Diagnostics;

namespace Directives.Ingestion.External;

/// <summary>What an external program printed and how it ended.</summary>
public sealed record ProcessOutput(int ExitCode, string Stdout, string Stderr);

/// <summary>
/// Runs the command-line tools some formats need (pdftoppm, tesseract, soffice) with a timeout and cancellation,
/// at lower priority so that a long OCR or conversion never slows the searches served next to it.
/// </summary>
public static class ExternalProcess
{
    /// <summary>Full path of a program on PATH (or on <paramref name="searchPath"/>), or null when it is not installed.</summary>
    public static string? Find(string program, string? searchPath = null)
    {
        var path = searchPath ?? Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, program);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>Runs to the end; throws <see cref="TimeoutException"/> after <paramref name="timeout"/>, killing the whole process tree.</summary>
    public static ProcessOutput Run(string program, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        try
        {
            process.PriorityClass = ProcessPriorityClass.BelowNormal;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already exited, or not permitted: priority is a courtesy, not a requirement.
        }
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            process.WaitForExitAsync(timer.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException($"{Path.GetFileName(program)} did not finish within {timeout.TotalSeconds:F0} s");
        }
        return new ProcessOutput(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }
}
