namespace Directives.Core.Citations;

/// <summary>
/// One party number found in text. <see cref="KindWord"/> is the standard name of the type word written
/// in front ("Quy định" even for a QĐ number), or null when none; Start/Length cover that word too.
/// </summary>
public sealed record CitationMatch(PartyNumber Number, string? KindWord, int Start, int Length)
{
    /// <summary>The type name: the written word when there is one, else the name of the code.</summary>
    public string? Kind => KindWord ?? DocumentKinds.NameForCode(Number.Code);

    public int End => Start + Length;
}
