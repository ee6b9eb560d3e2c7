namespace Directives.Core.Obligations;

/// <summary>A figure in the text that its own numbers do not bear out; Start/End cover the stated figure.</summary>
public sealed record ArithmeticIssue(string Message, double Stated, double Computed, int Start, int End);
