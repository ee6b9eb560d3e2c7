namespace Directives.Search.Index;

/// <summary>Another process (the API or another ingest) holds the index's write lock.</summary>
public sealed class IndexInUseException(string path, Exception inner)
    : Exception($"The index at {path} is in use by another process (is the API running?). Stop it or use another --index directory.", inner);
