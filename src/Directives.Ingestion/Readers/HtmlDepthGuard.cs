namespace Directives.Ingestion.Readers;

/// <summary>
/// Measures how deeply a page nests its elements from the raw markup, before any parser builds a tree: 100,000
/// nested &lt;div&gt; keep AngleSharp busy for half a minute and would overflow any recursive walk. Elements that
/// close themselves (void elements, &lt;p&gt;, &lt;li&gt;, cells) are not counted; stray end tags never go below zero.
/// </summary>
internal static class HtmlDepthGuard
{
    static readonly HashSet<string> NotNesting =
    [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup",
        "rb", "rt", "rtc", "rp", "html", "head", "body", "!doctype",
    ];

    static readonly HashSet<string> RawText = ["script", "style", "textarea", "title", "xmp", "noscript"];

    public static int MaxDepth(ReadOnlySpan<byte> html, int limit)
    {
        int depth = 0, max = 0, i = 0;
        while ((i = Next(html, i, (byte)'<')) >= 0 && i + 1 < html.Length)
        {
            if (html[(i + 1)..].StartsWith("!--"u8))
            {
                var end = html[i..].IndexOf("-->"u8);
                if (end < 0) break;
                i += end + 3;
                continue;
            }
            var closing = html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit((char)html[nameEnd]) || html[nameEnd] is (byte)'!' or (byte)'-')) nameEnd++;
            var tagEnd = Next(html, nameEnd, (byte)'>');
            if (tagEnd < 0) break;
            if (nameEnd == nameStart)
            {
                i = tagEnd + 1;
                continue;
            }
            var name = System.Text.Encoding.ASCII.GetString(html[nameStart..nameEnd]).ToLowerInvariant();
            i = tagEnd + 1;
            if (closing)
            {
                if (!NotNesting.Contains(name) && depth > 0) depth--;
                continue;
            }
            if (RawText.Contains(name))
            {
                var close = IndexOfIgnoreCase(html[i..], "</" + name);
                if (close < 0) break;
                i += close;
                continue;
            }
            if (NotNesting.Contains(name) || html[tagEnd - 1] == '/') continue;
            max = Math.Max(max, ++depth);
            if (max > limit) return max;
        }
        return max;
    }

    static int Next(ReadOnlySpan<byte> html, int from, byte value)
    {
        var at = html[from..].IndexOf(value);
        return at < 0 ? -1 : from + at;
    }

    static int IndexOfIgnoreCase(ReadOnlySpan<byte> html, string value)
    {
        var lower = System.Text.Encoding.ASCII.GetBytes(value);
        var upper = System.Text.Encoding.ASCII.GetBytes(value.ToUpperInvariant());
        for (var at = 0; (at = Next(html, at, (byte)'<')) >= 0; at++)
        {
            var ok = at + lower.Length <= html.Length;
            for (var k = 0; ok && k < lower.Length; k++) ok = html[at + k] == lower[k] || html[at + k] == upper[k];
            if (ok) return at;
        }
        return -1;
    }
}
