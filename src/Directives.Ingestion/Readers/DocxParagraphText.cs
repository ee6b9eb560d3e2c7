using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Directives.Ingestion.Readers;

/// <summary>
/// Text of WordprocessingML paragraphs as the reader sees it printed: insertions kept, deletions and
/// move sources dropped, field results instead of field codes, note references as placeholders.
/// </summary>
internal sealed class DocxParagraphText(DocxLegacyFonts? fonts = null)
{
    /// <summary>Stands where a note reference is until the final text is assembled and the marker's offset known.</summary>
    public const char NotePlaceholder = '\uE000';

    readonly List<(bool Endnote, long Id)> noteReferences = [];
    // One entry per open field: true while in its instruction part (between begin and separate).
    readonly Stack<bool> fields = new();

    public IReadOnlyList<(bool Endnote, long Id)> NoteReferences => noteReferences;

    public string Of(OpenXmlElement paragraph)
    {
        var sb = new StringBuilder();
        fields.Clear();
        Walk(paragraph, sb);
        return sb.ToString();
    }

    void Walk(OpenXmlElement element, StringBuilder sb)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case DeletedRun or MoveFromRun or DeletedText or DeletedFieldCode or FieldCode:
                case ParagraphProperties or RunProperties or AlternateContentFallback:
                    break;
                case FieldChar fc:
                    OnFieldChar(fc);
                    break;
                case Text t when InFieldResultOrOutside():
                    sb.Append(fonts is null ? t.Text : fonts.Decode(t));
                    break;
                case TabChar or PositionalTab when InFieldResultOrOutside():
                    sb.Append(' ');
                    break;
                case Break or CarriageReturn when InFieldResultOrOutside():
                    sb.Append('\n');
                    break;
                case NoBreakHyphen when InFieldResultOrOutside():
                    sb.Append('-');
                    break;
                case SymbolChar sym when InFieldResultOrOutside():
                    sb.Append(Symbol(sym));
                    break;
                case FootnoteReference fr when fr.Id?.Value is { } id:
                    noteReferences.Add((false, id));
                    sb.Append(NotePlaceholder);
                    break;
                case EndnoteReference er when er.Id?.Value is { } id:
                    noteReferences.Add((true, id));
                    sb.Append(NotePlaceholder);
                    break;
                case Paragraph when sb.Length > 0:
                    // Paragraphs nested in text boxes: keep them apart.
                    sb.Append('\n');
                    Walk(child, sb);
                    break;
                default:
                    Walk(child, sb);
                    break;
            }
        }
    }

    void OnFieldChar(FieldChar fc)
    {
        var type = fc.FieldCharType?.Value;
        if (type == FieldCharValues.Begin) fields.Push(true);
        else if (type == FieldCharValues.Separate && fields.Count > 0)
        {
            fields.Pop();
            fields.Push(false);
        }
        else if (type == FieldCharValues.End && fields.Count > 0) fields.Pop();
    }

    bool InFieldResultOrOutside() => !fields.Contains(true);

    static string Symbol(SymbolChar sym)
    {
        if (sym.Char?.Value is not { } hex || !int.TryParse(hex, System.Globalization.NumberStyles.HexNumber, null, out var code))
            return "";
        // Symbol-font characters live in the private area F000–F0FF; the low byte is the glyph's slot in the font.
        if (code is >= 0xF000 and <= 0xF0FF) code -= 0xF000;
        var font = sym.Font?.Value ?? "";
        if (font.StartsWith("Wingdings", StringComparison.OrdinalIgnoreCase) || font.StartsWith("Webdings", StringComparison.OrdinalIgnoreCase))
            return "•"; // bullets and check marks; their exact shape carries no text
        if (font.Equals("Symbol", StringComparison.OrdinalIgnoreCase) && SymbolFont.TryGetValue(code, out var mapped))
            return mapped.ToString();
        return code is >= 0x20 and < 0xD800 ? ((char)code).ToString() : "";
    }

    static readonly Dictionary<int, char> SymbolFont = new()
    {
        [0xA3] = '≤', [0xB3] = '≥', [0xB1] = '±', [0xB4] = '×', [0xB8] = '÷', [0xB7] = '•', [0xAE] = '→',
        [0xAC] = '←', [0xDE] = '⇒', [0xB9] = '≠', [0xBB] = '≈', [0xA5] = '∞', [0xB0] = '°'
    };
}
