namespace Directives.Ingestion.Pipeline;

/// <summary>A file to ingest: where it is and its document id.</summary>
public sealed record CorpusFile(string Path, string Id);

/// <summary>What a walk of the corpus found: files to read, entries refused (with a code), folders that could not be listed.</summary>
public sealed record CorpusScan(IReadOnlyList<CorpusFile> Files, IReadOnlyList<IngestFailure> Refused, IReadOnlyList<string> UnreadableFolders);

/// <summary>A walk in progress (see <see cref="CorpusWalker.Walk"/>): files as they are found, and what was refused on the way.</summary>
public sealed class CorpusWalk
{
    public IEnumerable<CorpusFile> Files { get; internal set; } = [];
    public List<IngestFailure> Refused { get; } = [];
    public List<string> UnreadableFolders { get; } = [];
}

/// <summary>
/// Lists the corpus without ever leaving it. Symbolic links are not followed: one pointing outside the corpus is
/// refused (it could expose /etc/passwd), one pointing to a folder above itself is a loop, and any other points to
/// something indexed under its own path already. Hidden files and folders are skipped. A folder that cannot be listed
/// is reported, so that ingest keeps (rather than deletes) what was indexed from it.
/// </summary>
public sealed class CorpusWalker(Func<DirectoryInfo, IEnumerable<FileSystemInfo>>? listFolder = null)
{
    readonly Func<DirectoryInfo, IEnumerable<FileSystemInfo>> list = listFolder ?? (d => d.EnumerateFileSystemInfos());

    public static readonly IReadOnlySet<string> SupportedExtensions =
        new HashSet<string>([".txt", ".html", ".htm", ".docx", ".pdf", ".doc", ".rtf", ".odt"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Walks the corpus; throws <see cref="DirectoryNotFoundException"/> or <see cref="UnauthorizedAccessException"/> when the root itself cannot be listed.</summary>
    public CorpusScan Scan(string root)
    {
        var walk = Walk(root);
        var files = walk.Files.ToList();
        files.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new CorpusScan(files, walk.Refused, walk.UnreadableFolders);
    }

    /// <summary>
    /// The same walk as <see cref="Scan"/>, file by file: nothing is held but the folder being listed, so a corpus of
    /// millions of files costs no memory per file. Files come folder by folder in name order (not sorted by id);
    /// <see cref="CorpusWalk.Refused"/> and <see cref="CorpusWalk.UnreadableFolders"/> are complete once
    /// <see cref="CorpusWalk.Files"/> has been enumerated, which can be done once. Listing the root itself throws
    /// as <see cref="Scan"/> does, when the enumeration starts.
    /// </summary>
    public CorpusWalk Walk(string root)
    {
        var walk = new CorpusWalk();
        walk.Files = Files(root, walk);
        return walk;
    }

    IEnumerable<CorpusFile> Files(string root, CorpusWalk walk)
    {
        var realRoot = RealPath(root);
        var folders = new Stack<(DirectoryInfo Folder, string Real)>();
        folders.Push((new DirectoryInfo(root), realRoot));
        while (folders.Count > 0)
        {
            var (folder, real) = folders.Pop();
            List<FileSystemInfo> entries;
            try
            {
                entries = [.. list(folder)];
            }
            catch (Exception e) when (folder.FullName != Path.GetFullPath(root) && e is IOException or UnauthorizedAccessException)
            {
                var id = DocumentIds.FromPath(root, folder.FullName);
                walk.UnreadableFolders.Add(id);
                walk.Refused.Add(new IngestFailure(id, "folder_unreadable",
                    "Không đọc được thư mục (không có quyền hoặc ổ mạng chưa gắn); các văn bản đã có từ thư mục này được giữ lại."));
                continue;
            }
            // Files of this folder in name order, then its folders in name order (pushed last to first).
            var subfolders = new List<(DirectoryInfo, string)>();
            foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                if (entry.Name.StartsWith('.') || (entry.Attributes & (FileAttributes.Hidden | FileAttributes.System)) != 0) continue;
                var isLink = entry.LinkTarget is not null;
                var isFolder = isLink ? Directory.Exists(entry.FullName) : (entry.Attributes & FileAttributes.Directory) != 0;
                if (!isFolder && !SupportedExtensions.Contains(Path.GetExtension(entry.Name))) continue;
                var id = DocumentIds.FromPath(root, entry.FullName);
                if (isLink)
                {
                    if (Refuse(entry, real, realRoot) is { } why) walk.Refused.Add(why with { Path = id });
                    continue;
                }
                if (isFolder) subfolders.Add(((DirectoryInfo)entry, Path.Combine(real, entry.Name)));
                else yield return new CorpusFile(entry.FullName, id);
            }
            for (var i = subfolders.Count - 1; i >= 0; i--) folders.Push(subfolders[i]);
        }
    }

    static IngestFailure? Refuse(FileSystemInfo link, string realFolder, string realRoot)
    {
        var target = RealPath(link.FullName);
        if (!IsUnder(target, realRoot))
            return new IngestFailure("", "symlink_outside_corpus", "Liên kết tượng trưng trỏ ra ngoài kho văn bản; không đọc.");
        if (IsUnder(realFolder, target))
            return new IngestFailure("", "symlink_loop", "Liên kết tượng trưng tạo vòng lặp (trỏ về thư mục chứa nó); bỏ qua.");
        return null;
    }

    static bool IsUnder(string path, string folder) =>
        path == folder || path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The path with every symbolic link in it resolved (realpath), without touching the file itself.</summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        for (var hops = 0; hops < 40; hops++)
        {
            var root = Path.GetPathRoot(full)!;
            var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
            var current = root;
            string? relinked = null;
            for (var i = 0; i < parts.Length && relinked is null; i++)
            {
                var next = Path.Combine(current, parts[i]);
                if (new FileInfo(next).LinkTarget is { } target)
                    relinked = Path.GetFullPath(Path.Combine(Path.Combine(current, target), string.Join(Path.DirectorySeparatorChar, parts[(i + 1)..])));
                else current = next;
            }
            if (relinked is null) return current;
            full = relinked;
        }
        return full; // a chain of links too long to be anything but a loop; compared as it stands
    }
}
