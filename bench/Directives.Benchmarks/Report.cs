using System.Runtime.InteropServices;

namespace Directives.Benchmarks;

static class Report
{
    public static void Write(string path, IEnumerable<string> sections)
    {
        var header = $"""
            # Benchmarks

            Regenerate: `dotnet run -c Release --project bench/Directives.Benchmarks` (run from the repository root).
            Every figure is paired with a baseline measured in the same run on the same input, and the ratio between them,
            because these machines are noisy.

            Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription},
            run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC.

            """;
        File.WriteAllText(path, header + string.Join("\n", sections));
    }
}
