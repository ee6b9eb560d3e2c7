using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Directives.Core.Text;

namespace Directives.Ingestion.Readers;

/// <summary>Scraped web pages: the article without the site around it, one block per line.</summary>
public sealed partial class HtmlReader(ReadLimits? limits = null) : IDocumentReader
{
    readonly ReadLimits limits = limits ?? ReadLimits.Default;

    static readonly HashSet<string> BlockTags =
    [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr", "td", "th", "blockquote",
        "section", "article", "header", "footer", "figure", "pre", "dd", "dt", "dl", "address", "main", "center",
    ];

    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm"];

    public ExtractedText Read(Stream stream, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = BoundedReadStream.ReadAll(stream, limits.MaxHtmlBytes, () => ReadErrors.HtmlTooLarge(limits.MaxHtmlBytes));
        if (bytes is not ([0xFF, 0xFE, ..] or [0xFE, 0xFF, ..]))
        {
            if (TextSniffer.NotTextReason(bytes) is { } disguised) throw ReadErrors.NotText(disguised);
            if (TextSniffer.LooksBinary(bytes)) throw ReadErrors.NotText("dữ liệu nhị phân (có byte 0 hoặc ký tự điều khiển)");
        }
        if (HtmlDepthGuard.MaxDepth(bytes, limits.MaxHtmlDepth) > limits.MaxHtmlDepth) throw ReadErrors.HtmlNestingTooDeep(limits.MaxHtmlDepth);
        var document = Parse(bytes, cancellationToken);

        var heading = Clean(document.QuerySelector("h1")?.TextContent);
        var title = Meta(document, "meta[property='og:title']") ?? heading ?? Clean(document.Title);
        var published = PublishedDate(document);

        HtmlChrome.Remove(document);
        var container = HtmlArticle.Find(document);
        var lines = new List<string>();
        var sb = new StringBuilder();
        AppendText(container, sb);
        foreach (var raw in sb.ToString().Split('\n'))
        {
            var line = Clean(raw);
            if (line is null || HtmlChrome.IsChromeLine(line)) continue;
            lines.Add(line);
        }
        var headline = heading ?? title;
        if (headline is not null && !lines.Take(3).Any(l => l.Contains(headline, StringComparison.Ordinal)))
            lines.Insert(0, headline);

        var text = VietnameseText.Normalize(string.Join('\n', lines));
        var warnings = new List<string>();
        if (LegacyEncodingDetector.RepairMisdecoded(text) is { } repaired)
        {
            text = VietnameseText.Normalize(repaired.Text);
            warnings.Add($"legacy encoding {repaired.EncodingName} converted to Unicode (the text had been decoded as Windows-1252)");
        }
        return new ExtractedText
        {
            Text = text,
            Format = "html",
            Title = title is null ? null : VietnameseText.Normalize(title),
            Published = published,
            Footnotes = Notes(text),
            Warnings = warnings,
        };
    }

    IDocument Parse(byte[] bytes, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(limits.HtmlParseBudget);
        try
        {
            return new HtmlParser().ParseDocumentAsync(new MemoryStream(bytes, writable: false), budget.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw ReadErrors.HtmlParseTimeout(limits.HtmlParseBudget);
        }
    }

    static void AppendText(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text) sb.Append(text.Data);
            else if (child is IElement element)
            {
                if (element.LocalName == "br") sb.Append('\n');
                else if (BlockTags.Contains(element.LocalName))
                {
                    sb.Append('\n');
                    AppendText(element, sb);
                    sb.Append('\n');
                }
                else if (element.LocalName is not ("img" or "picture" or "video" or "audio")) AppendText(element, sb);
            }
        }
    }

    /// <summary>Notes at the end of the page ("[1] Văn kiện…", "([2]) …") linked to their first marker in the text.</summary>
    static List<Footnote> Notes(string text)
    {
        var lines = text.Split('\n');
        var notes = new List<(string Marker, string Text)>();
        for (var i = lines.Length - 1; i > 0 && NoteLine().Match(lines[i]) is { Success: true } m; i--)
            notes.Insert(0, (m.Groups[1].Value, m.Groups[2].Value.Trim()));
        var bodyEnd = text.Length - lines.TakeLast(notes.Count).Sum(l => l.Length + 1);
        return
        [
            .. notes.Select(n =>
            {
                var at = text.IndexOf($"[{n.Marker}]", StringComparison.Ordinal);
                return new Footnote(n.Marker, n.Text, at >= 0 && at < bodyEnd ? at : null);
            }),
        ];
    }

    static DateTimeOffset? PublishedDate(IDocument document)
    {
        string?[] candidates =
        [
            Meta(document, "meta[property='article:published_time']"),
            Meta(document, "meta[itemprop='datePublished']"),
            document.QuerySelector("[itemprop='datePublished']") is { } e
                ? e.GetAttribute("content") ?? e.GetAttribute("datetime") ?? e.TextContent : null,
            document.QuerySelector("time[datetime]")?.GetAttribute("datetime"),
        ];
        foreach (var candidate in candidates)
            if (ParseDate(candidate) is { } date) return date;
        return null;
    }

    static DateTimeOffset? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        value = value.Trim();
        // Vietnamese sites publish local time; without an offset it is Indochina Time.
        var vietnam = TimeSpan.FromHours(7);
        string[] local = ["dd/MM/yyyy HH:mm", "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd"];
        if (DateTime.TryParseExact(value, local, CultureInfo.InvariantCulture, DateTimeStyles.None, out var plain))
            return new DateTimeOffset(plain, vietnam);
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    static string? Meta(IDocument document, string selector) => Clean(document.QuerySelector(selector)?.GetAttribute("content"));

    static string? Clean(string? text)
    {
        if (text is null) return null;
        var clean = Whitespace().Replace(text, " ").Trim();
        return clean.Length == 0 ? null : clean;
    }

    [GeneratedRegex(@"^\(?\[(\d{1,3})\]\)?\s*(.+)$")]
    private static partial Regex NoteLine();

    [GeneratedRegex(@"[\s\u00A0]+")]
    private static partial Regex Whitespace();
}
