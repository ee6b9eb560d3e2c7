namespace Directives.Core.Relations;

/// <summary>One sentence or line of the text: [Start, End) trimmed; Ordinal counts sentences that contain a letter.</summary>
internal readonly record struct Sentence(int Start, int End, int Ordinal);
