namespace Directives.Ingestion.Readers;

/// <summary>
/// PDF text drawn in TCVN3 or VNI fonts without a Unicode map comes out as Windows-1252 ("Ch¬ng tr×nh"). The lines of
/// a page that hold only Latin-1 letters are judged together, as the TXT reader judges a file, and converted when they
/// read as Vietnamese that way; lines already in Unicode (a Unicode body under a legacy header) are left as they are.
/// </summary>
internal static class PdfLegacyText
{
    /// <summary>Converts the page's legacy lines in place; returns the encoding's name, or null when there were none.</summary>
    public static string? Repair(List<string> lines)
    {
        var legacy = Enumerable.Range(0, lines.Count).Where(i => lines[i].All(c => c <= '\u00FF' || IsCp1252Extra(c))).ToList();
        if (legacy.Count == 0) return null;
        if (LegacyEncodingDetector.RepairMisdecoded(string.Join('\n', legacy.Select(i => lines[i]))) is not { } repaired) return null;
        var converted = repaired.Text.Split('\n');
        if (converted.Length != legacy.Count) return null;
        for (var k = 0; k < legacy.Count; k++) lines[legacy[k]] = converted[k];
        return repaired.EncodingName;
    }

    // Windows-1252 puts a few letters and signs of legacy bytes 0x80–0x9F above U+00FF (Œ, š, €, dashes, quotes).
    static bool IsCp1252Extra(char c) => "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ".Contains(c);
}
