namespace Directives.Core.Documents;

/// <summary>A recognised header and the offset in the text where the body after it begins.</summary>
public sealed record HeaderReading(DocumentHeader Header, int BodyStart);
