namespace Directives.Search.Obligations;

/// <summary>An item the extractor found, with the sentence it was read from (offsets into the document's text).</summary>
public sealed record Evidenced<T>(T Item, string Sentence, int SentenceStart, int SentenceEnd);
