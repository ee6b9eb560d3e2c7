namespace Directives.Ingestion.Pipeline;

/// <summary>
/// Document ids are the file's path under the corpus root with ':' between folders
/// ("tra-vinh:121-KH-TU-2019.docx"): stable across runs, readable, and one URL segment.
/// </summary>
public static class DocumentIds
{
    public static string FromPath(string corpusRoot, string file)
        => Path.GetRelativePath(corpusRoot, file).Replace(Path.DirectorySeparatorChar, ':').Replace('/', ':');
}
