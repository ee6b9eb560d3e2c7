namespace Directives.Ingestion.Pipeline;

/// <summary>
/// Document ids are the file's path under the corpus root with ':' between folders
/// ("tra-vinh:121-KH-TU-2019.docx"): stable across runs, readable, and one URL segment. A ':' or '%' inside a
/// name is written %3A or %25, so "a:b.txt" (one file) and "a/b.txt" (a file in a folder) never share an id.
/// </summary>
public static class DocumentIds
{
    public static string FromPath(string corpusRoot, string file)
        => string.Join(':', Path.GetRelativePath(corpusRoot, file)
            .Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries)
            .Select(Escape));

    static string Escape(string name) => name.Replace("%", "%25", StringComparison.Ordinal).Replace(":", "%3A", StringComparison.Ordinal);
}
