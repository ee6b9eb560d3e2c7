namespace Directives.Search.Obligations;

/// <summary>A figure in a report that its own numbers do not bear out, with both numbers and the sentence.</summary>
public sealed record Finding(ObligationDocument Document, string Message, double Stated, double Computed, string Sentence, int Start, int End);
