namespace Directives.Ingestion.Readers;

/// <summary>A file that cannot be read; the message says why in words a user understands.</summary>
public sealed class DocumentReadException(string message, Exception? inner = null) : Exception(message, inner);
