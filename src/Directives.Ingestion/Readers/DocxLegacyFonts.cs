using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Directives.Ingestion.Readers;

/// <summary>
/// Text typed before Unicode in TCVN3 (".VnTime"; ".VnTimeH" shows every letter as a capital) or VNI ("VNI-Times")
/// fonts: Word keeps the legacy bytes as Windows-1252 characters, so "Ch¬ng tr×nh" is read back by the font each run
/// is shown in, resolved as Word does: the run, its character style, the paragraph style (and what it is based on),
/// the document defaults.
/// </summary>
internal sealed class DocxLegacyFonts
{
    readonly Dictionary<string, Style> styles = new(StringComparer.Ordinal);
    readonly string? defaultParagraphStyle;
    readonly string? documentFont;
    readonly HashSet<string> seen = new(StringComparer.Ordinal);

    public DocxLegacyFonts(MainDocumentPart? main)
    {
        var definitions = main?.StyleDefinitionsPart?.Styles;
        if (definitions is null) return;
        foreach (var style in definitions.Elements<Style>())
            if (style.StyleId?.Value is { } id) styles.TryAdd(id, style);
        defaultParagraphStyle = definitions.Elements<Style>()
            .FirstOrDefault(s => s.Type?.Value == StyleValues.Paragraph && s.Default?.Value == true)?.StyleId?.Value;
        documentFont = Name(definitions.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.RunFonts);
    }

    /// <summary>"legacy font .VnTime (TCVN3 (ABC)) converted to Unicode" for every legacy font met so far.</summary>
    public IEnumerable<string> Warnings => seen.Order(StringComparer.Ordinal).Select(f => $"legacy font {f} converted to Unicode");

    /// <summary>The run's text as Unicode; unchanged when its font is not a legacy one.</summary>
    public string Decode(Text text)
    {
        if (text.Parent is not Run run || Font(run) is not { } font) return text.Text;
        VietnameseLegacyEncoding? encoding = font.StartsWith(".Vn", StringComparison.OrdinalIgnoreCase) ? VietnameseLegacyEncoding.Tcvn3
            : font.StartsWith("VNI-", StringComparison.OrdinalIgnoreCase) ? VietnameseLegacyEncoding.Vni : null;
        if (encoding is null) return text.Text;
        seen.Add($"{font} ({encoding.Name})");
        var decoded = encoding == VietnameseLegacyEncoding.Tcvn3
            ? LegacyEncodingDetector.RepairTcvn3(encoding.Decode(text.Text)) // converters drop 'ư' (0xAD, a soft hyphen to them)
            : encoding.Decode(text.Text);
        // The TCVN3 capital faces (".VnTimeH", ".VnArialH") draw every letter as a capital.
        return encoding == VietnameseLegacyEncoding.Tcvn3 && font.EndsWith('H') ? decoded.ToUpper(CultureInfo.InvariantCulture) : decoded;
    }

    string? Font(Run run)
    {
        if (Name(run.RunProperties?.RunFonts) is { } own) return own;
        if (StyleFont(run.RunProperties?.RunStyle?.Val?.Value) is { } character) return character;
        var paragraph = run.Ancestors<Paragraph>().FirstOrDefault();
        return StyleFont(paragraph?.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? defaultParagraphStyle) ?? documentFont;
    }

    string? StyleFont(string? id)
    {
        for (var depth = 0; id is not null && depth < 10 && styles.TryGetValue(id, out var style); depth++)
        {
            if (Name(style.StyleRunProperties?.RunFonts) is { } font) return font;
            id = style.BasedOn?.Val?.Value;
        }
        return null;
    }

    static string? Name(RunFonts? fonts) => fonts?.Ascii?.Value ?? fonts?.HighAnsi?.Value;
}
