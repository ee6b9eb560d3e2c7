// Rebuilds the generated part of the sample corpus (corpus/): DOCX, PDF and legacy-encoded files from the UTF-8
// sources in Sources/. Plain .txt and .html documents are written directly in corpus/ and left as they are.
// Usage: dotnet run --project tools/Directives.SampleCorpus -- [--out corpus] [--sources path] [--check]
// --check only opens the files already in the output folder (PdfPig, OpenXml, UTF-8) and reports.
using System.Text;
using Directives.SampleCorpus;

string? outDir = null, srcDir = null;
bool check = false;
for (int i = 0; i < args.Length; i++)
{
    if (args[i] == "--out" && i + 1 < args.Length) outDir = args[++i];
    else if (args[i] == "--sources" && i + 1 < args.Length) srcDir = args[++i];
    else if (args[i] == "--check") check = true;
    else { Console.Error.WriteLine($"unknown argument: {args[i]}"); return 2; }
}

string root = FindRepoRoot();
srcDir ??= Path.Combine(root, "tools", "Directives.SampleCorpus", "Sources");
outDir ??= Path.Combine(root, "corpus");
outDir = Path.GetFullPath(outDir);
srcDir = Path.GetFullPath(srcDir);
if (check) return Check.Run(outDir);

Directory.CreateDirectory(outDir);

var files = Directory.EnumerateFiles(srcDir, "*", SearchOption.AllDirectories)
    .Select(f => Path.GetRelativePath(srcDir, f).Replace('\\', '/'))
    .Where(f => !f.EndsWith(".md", StringComparison.Ordinal))
    .OrderBy(f => f, StringComparer.Ordinal)
    .ToList();

var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
foreach (var rel in files)
{
    string src = Path.Combine(srcDir, rel);
    string target;
    byte[] bytes;
    string kind;
    if (rel.EndsWith(".docx.txt", StringComparison.Ordinal))
    {
        target = rel[..^4];
        var doc = SourceDoc.Parse(File.ReadAllText(src, Encoding.UTF8), rel);
        bytes = DocxWriter.Write(doc);
        kind = "docx";
        if (doc.Options.Contains("corrupt"))
        {
            bytes = bytes[..(bytes.Length * 11 / 20)]; // truncated zip: central directory is gone
            kind = "docx (corrupt)";
        }
    }
    else if (rel.EndsWith(".pdf.txt", StringComparison.Ordinal))
    {
        target = rel[..^4];
        var doc = SourceDoc.Parse(File.ReadAllText(src, Encoding.UTF8), rel);
        bytes = PdfWriter.Write(doc);
        kind = "pdf";
        var enc = doc.Options.FirstOrDefault(o => o.StartsWith("encrypt=", StringComparison.Ordinal));
        if (enc != null)
        {
            bytes = PdfEncryptor.Encrypt(bytes, userPassword: enc["encrypt=".Length..], ownerPassword: "chu-so-huu");
            kind = "pdf (encrypted)";
        }
    }
    else if (rel.EndsWith(".1258.txt", StringComparison.Ordinal))
    {
        target = rel[..^".1258.txt".Length] + ".txt";
        bytes = Legacy.ToWindows1258(File.ReadAllText(src, Encoding.UTF8));
        kind = "txt (windows-1258)";
    }
    else
    {
        Console.Error.WriteLine($"skipped (unknown source kind): {rel}");
        continue;
    }

    string dest = Path.Combine(outDir, target);
    Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
    File.WriteAllBytes(dest, bytes);
    counts[kind] = counts.GetValueOrDefault(kind) + 1;
    Console.WriteLine($"{kind,-20} {target}");
}

Console.WriteLine();
foreach (var (k, n) in counts) Console.WriteLine($"{n,4} {k}");
Console.WriteLine($"{counts.Values.Sum(),4} files written to {outDir}");
return 0;

static string FindRepoRoot()
{
    foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
    {
        var d = new DirectoryInfo(start);
        while (d != null)
        {
            if (File.Exists(Path.Combine(d.FullName, "Directives.sln"))) return d.FullName;
            d = d.Parent;
        }
    }
    throw new InvalidOperationException("Directives.sln not found above the current directory");
}
