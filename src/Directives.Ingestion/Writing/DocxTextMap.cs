using System.Text;
using Directives.Core.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Directives.Ingestion.Writing;

/// <summary>
/// The body text of a DOCX as the reader prints it (paragraphs joined by '\n', runs of spaces as one, NFC), with each
/// character traced back to the <see cref="Text"/> element and offset it came from, so a span of the text can be
/// anchored on exact runs. Characters that are no text of a run (tabs, breaks, paragraph ends) have no element.
/// </summary>
internal sealed class DocxTextMap
{
    readonly List<(Text? Element, int Offset)> origin = [];

    public string Text { get; }

    public DocxTextMap(Body body)
    {
        var sb = new StringBuilder();
        foreach (var paragraph in body.Descendants<Paragraph>())
        {
            var start = sb.Length;
            foreach (var element in paragraph.Descendants().Where(e => e.Ancestors<Paragraph>().First() == paragraph))
            {
                switch (element)
                {
                    case Text t when t.Parent is Run:
                        var normalized = VietnameseText.Normalize(t.Text);
                        if (normalized != t.Text) t.Text = normalized;
                        for (var i = 0; i < normalized.Length; i++) Add(sb, normalized[i], t, i);
                        break;
                    case TabChar or Break or CarriageReturn:
                        Add(sb, ' ', null, 0);
                        break;
                }
            }
            // Trim the paragraph's trailing space, as the reader does.
            while (sb.Length > start && sb[^1] == ' ') { sb.Length--; origin.RemoveAt(origin.Count - 1); }
            if (sb.Length > start) { sb.Append('\n'); origin.Add((null, 0)); }
        }
        Text = sb.ToString();
    }

    void Add(StringBuilder sb, char c, Text? t, int offset)
    {
        var space = char.IsWhiteSpace(c);
        // Leading and repeated spaces are dropped, as the reader drops them.
        if (space && (sb.Length == 0 || sb[^1] is ' ' or '\n')) return;
        sb.Append(space ? ' ' : c);
        origin.Add((t, offset));
    }

    /// <summary>Where the character at <paramref name="index"/> of <see cref="Text"/> came from.</summary>
    public (Text? Element, int Offset) Origin(int index) => origin[index];

    /// <summary>
    /// The span in this text of the <paramref name="occurrence"/>-th occurrence (0-based) of <paramref name="needle"/>;
    /// the first one when there are fewer; null when there is none.
    /// </summary>
    public (int Start, int End)? Find(string needle, int occurrence)
    {
        int at = -1, found = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            var next = Text.IndexOf(needle, at + 1, StringComparison.Ordinal);
            if (next < 0) break;
            found = at = next;
        }
        return found < 0 ? null : (found, found + needle.Length);
    }
}
