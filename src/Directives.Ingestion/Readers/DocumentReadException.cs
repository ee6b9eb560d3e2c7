namespace Directives.Ingestion.Readers;

/// <summary>
/// A file that cannot be read. <see cref="Code"/> is stable and machine-readable ("docx_nesting_too_deep");
/// the message says why in Vietnamese words a user understands, without server paths. Made by <see cref="ReadErrors"/>.
/// </summary>
public sealed class DocumentReadException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Code { get; } = code;
}
