using System.Diagnostics;
using System.Text;

namespace Directives.Testing.Hostile;

/// <summary>
/// A corpus folder holding the whole catalogue (hostile/), the good files (good/), and what only a file system can
/// hold (special/): a FIFO, symbolic links out of the corpus and back into it, a loop, and two paths that used to
/// share an id. <see cref="Expected"/> says which code each refused entry gets.
/// </summary>
public static class HostileCorpus
{
    /// <summary>Special entries by document id, with the code each is refused with.</summary>
    public static IReadOnlyDictionary<string, string> SpecialCodes { get; } = new Dictionary<string, string>
    {
        ["special:pipe.txt"] = "file_empty",
        ["special:passwd.txt"] = "symlink_outside_corpus",
        ["special:etc"] = "symlink_outside_corpus",
        ["special:loop"] = "symlink_loop",
    };

    /// <summary>Ids of the two files whose paths differ only by ':' against '/'.</summary>
    public static (string Flat, string Nested) CollidingIds => ("special:a%3Ab.txt", "special:a:b.txt");

    /// <summary>Every refused entry by id, with its code.</summary>
    public static IReadOnlyDictionary<string, string> Expected =>
        HostileCatalogue.Files.ToDictionary(f => "hostile:" + f.Name, f => f.Code).Concat(SpecialCodes).ToDictionary();

    /// <summary>Ids that must be indexed.</summary>
    public static IReadOnlyList<string> GoodIds =>
        [.. HostileCatalogue.Good.Select(g => "good:" + g.Name), CollidingIds.Flat, CollidingIds.Nested];

    public static void Write(string corpus)
    {
        Directory.CreateDirectory(Path.Combine(corpus, "hostile"));
        foreach (var file in HostileCatalogue.Files) File.WriteAllBytes(Path.Combine(corpus, "hostile", file.Name), file.Bytes);
        Directory.CreateDirectory(Path.Combine(corpus, "good"));
        foreach (var file in HostileCatalogue.Good) File.WriteAllBytes(Path.Combine(corpus, "good", file.Name), file.Bytes);

        var special = Path.Combine(corpus, "special");
        Directory.CreateDirectory(Path.Combine(special, "a"));
        File.WriteAllText(Path.Combine(special, "a:b.txt"), "Thông báo số 911-TB/TU về lịch tiếp công dân.", Encoding.UTF8);
        File.WriteAllText(Path.Combine(special, "a", "b.txt"), "Thông báo số 912-TB/TU về lịch trực cơ quan.", Encoding.UTF8);
        File.CreateSymbolicLink(Path.Combine(special, "passwd.txt"), "/etc/passwd");
        Directory.CreateSymbolicLink(Path.Combine(special, "etc"), "/etc");
        Directory.CreateSymbolicLink(Path.Combine(special, "loop"), ".");
        File.CreateSymbolicLink(Path.Combine(special, "alias.txt"), Path.Combine("..", "good", "good-utf8.txt"));
        MakeFifo(Path.Combine(special, "pipe.txt"));
    }

    static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { RedirectStandardError = true })
            ?? throw new InvalidOperationException("mkfifo did not start");
        mkfifo.WaitForExit();
        if (mkfifo.ExitCode != 0) throw new InvalidOperationException("mkfifo failed: " + mkfifo.StandardError.ReadToEnd());
    }
}
