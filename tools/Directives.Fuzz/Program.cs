using System.Diagnostics;
using Directives.Fuzz;
using Directives.Testing.Hostile;
using SharpFuzz;

// directives-fuzz TARGET                      under afl-fuzz (SharpFuzz out-of-process; instrument the libraries first)
// directives-fuzz TARGET --seeds DIR          write the seed files for TARGET into DIR (for afl-fuzz -i DIR)
// directives-fuzz TARGET --mutate SECONDS     standalone: mutate the seeds in-process for SECONDS, keep findings in findings/
if (args.Length == 0 || FuzzTarget.All.FirstOrDefault(t => t.Name == args[0]) is not { } target)
{
    Console.Error.WriteLine($"usage: directives-fuzz {{{string.Join('|', FuzzTarget.All.Select(t => t.Name))}}} [--seeds DIR | --mutate SECONDS]");
    return 2;
}

var seeds = HostileCatalogue.Files.Where(f => f.Bytes.Length < 1024 * 1024).Select(f => (f.Name, f.Bytes))
    .Concat(HostileCatalogue.Good.Select(g => (g.Name, g.Bytes)))
    .Where(f => target.Name == "extract" ? f.Name.EndsWith(".txt", StringComparison.Ordinal) : f.Name.EndsWith(target.Extension, StringComparison.Ordinal))
    .ToList();

if (args is [_, "--seeds", var dir])
{
    Directory.CreateDirectory(dir);
    foreach (var (name, bytes) in seeds) File.WriteAllBytes(Path.Combine(dir, name), bytes);
    Console.WriteLine($"{seeds.Count} seeds for {target.Name} in {dir}");
    return 0;
}

if (args is [_, "--mutate", var secondsText] && int.TryParse(secondsText, out var seconds))
{
    // The input under test is written first, so that a crash no catch can see (a stack overflow) leaves it behind.
    Directory.CreateDirectory("findings");
    var current = Path.Combine("findings", $"{target.Name}-current{target.Extension}");
    var pool = seeds.Select(s => s.Bytes).ToList();
    var mutator = new Mutator(Environment.TickCount);
    var clock = Stopwatch.StartNew();
    int runs = 0, findings = 0;
    while (clock.Elapsed.TotalSeconds < seconds)
    {
        var input = mutator.Mutate(pool[runs % pool.Count], pool);
        File.WriteAllBytes(current, input);
        var started = clock.Elapsed;
        try
        {
            target.Run(input);
        }
        catch (Exception e)
        {
            findings++;
            var saved = Path.Combine("findings", $"{target.Name}-{findings}{target.Extension}");
            File.Copy(current, saved, overwrite: true);
            Console.WriteLine($"finding {saved}: {e.GetType().Name}: {e.Message}");
        }
        if (clock.Elapsed - started > TimeSpan.FromSeconds(5))
        {
            var slow = Path.Combine("findings", $"{target.Name}-slow-{runs}{target.Extension}");
            File.Copy(current, slow, overwrite: true);
            Console.WriteLine($"slow input ({(clock.Elapsed - started).TotalSeconds:F1} s) kept as {slow}");
        }
        runs++;
    }
    File.Delete(current);
    Console.WriteLine($"{target.Name}: {runs} runs in {seconds} s, {findings} findings");
    return findings == 0 ? 0 : 1;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target.Run(buffer.ToArray());
});
return 0;
