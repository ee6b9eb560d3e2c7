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

    /// <summary>
    /// "TU" when the text wrote the issuer "TƯ": read as TW, but OCR and careless typing also give "TƯ" for a
    /// Tỉnh ủy's own "TU". The document's committee decides; null when the issuer was unambiguous.
    /// </summary>
    public string? AlternativeIssuer { get; init; }

    /// <summary>How the written form was read when it was not the party grammar ("22/CT-TW" read as 22-CT/TW); else null.</summary>
    public string? Repair { get; init; }
}
