namespace Directives.Ingestion.Readers;

/// <summary>Turns one file format into normalised (NFC) text plus what the format itself tells.</summary>
public interface IDocumentReader
{
    /// <summary>Lower-case extensions with the dot, e.g. ".docx".</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>
    /// True when reading takes time linear in the (bounded) input and calls no library that could stall: the file is
    /// then read on the caller's thread, without a watchdog task (whose wait spins a core for every small file).
    /// </summary>
    bool ReadsInLinearTime => false;

    /// <summary>Reads the whole file. Throws <see cref="DocumentReadException"/> with a human-readable reason when it cannot.</summary>
    ExtractedText Read(Stream stream, string fileName, CancellationToken cancellationToken = default);
}
