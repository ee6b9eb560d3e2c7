using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Directives.Ingestion.Readers;

/// <summary>Site chrome of scraped news and party pages: menus, share buttons, comments, related news, visitor counters.</summary>
internal static partial class HtmlChrome
{
    static readonly string[] ChromeTags =
        ["script", "style", "nav", "header", "footer", "aside", "form", "iframe", "noscript", "svg", "button", "select", "template", "object", "embed", "figcaption"];

    /// <summary>Headings that open a block of chrome; the whole block goes.</summary>
    public static readonly string[] ChromePhrases =
    [
        "Ý kiến bạn đọc", "Thống kê truy cập", "Chia sẻ", "Tin liên quan", "Tin cùng chuyên mục", "Tin khác",
        "Các tin khác", "Bản quyền", "Đang truy cập", "Lượt truy cập", "Tổng lượt truy cập", "Gửi bình luận",
        "Bình luận", "Bài viết liên quan", "Liên kết website", "Từ khóa", "Từ khoá", "In bài viết", "Gửi email",
    ];

    public static void Remove(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll(string.Join(',', ChromeTags)).ToList())
        {
            // An article's own <header> carries its headline and date, not site chrome.
            if (element.LocalName == "header" && element.Closest("article") is not null) continue;
            element.Remove();
        }
        foreach (var element in document.QuerySelectorAll("[class],[id]").ToList())
            if (IsChromeByName(element)) element.Remove();
        foreach (var element in document.QuerySelectorAll("h1,h2,h3,h4,h5,h6,p,div,span,strong,b,a,li,section,ul,td,table").ToList())
            if (element.Parent is not null && OpensWithChromeHeading(element) is { } phrase && MayBeChrome(element, null))
                RemoveBlock(OutermostStartingWith(element, phrase), phrase);
    }

    /// <summary>Sections that, once their heading appears, run to the end of their container.</summary>
    static readonly string[] TrailingPhrases =
        ["Ý kiến bạn đọc", "Tin liên quan", "Tin cùng chuyên mục", "Tin khác", "Các tin khác", "Bài viết liên quan", "Gửi bình luận", "Bình luận"];

    static void RemoveBlock(IElement block, string phrase)
    {
        // A bare heading left inside the article ("<h3>Ý kiến bạn đọc</h3><p>comment</p>…"): what follows it is the section.
        if (TrailingPhrases.Contains(phrase) && Whitespace().Replace(block.TextContent, " ").Trim().Length <= phrase.Length + 2)
            while (block.NextElementSibling is { } next) next.Remove();
        block.Remove();
    }

    /// <summary>
    /// The phrase when the element's first piece of text is a short chrome heading ("Chia sẻ", "Đang truy cập: 27"),
    /// not a sentence that happens to begin with it ("Chia sẻ tại hội nghị, đồng chí Bí thư…").
    /// </summary>
    static string? OpensWithChromeHeading(IElement element)
    {
        var first = element.Descendants<IText>().FirstOrDefault(t => !string.IsNullOrWhiteSpace(t.Data))?.Data;
        return first is not null && StartsWithChrome(first) is { } phrase && IsChromeLine(first) ? phrase : null;
    }

    /// <summary>A line that is only a chrome label, maybe with a counter: "Thống kê truy cập", "Đang truy cập: 27".</summary>
    public static bool IsChromeLine(string line)
    {
        var trimmed = Whitespace().Replace(line, " ").Trim().Normalize();
        return StartsWithChrome(trimmed) is { } phrase && LabelTail().IsMatch(trimmed[phrase.Length..]);
    }

    public static string? StartsWithChrome(string text)
    {
        var trimmed = Whitespace().Replace(text, " ").Trim().Normalize();
        return ChromePhrases.FirstOrDefault(p => trimmed.StartsWith(p, StringComparison.OrdinalIgnoreCase)
            && (trimmed.Length == p.Length || !char.IsLetter(trimmed[p.Length])));
    }

    static bool IsChromeByName(IElement element)
    {
        if (element.LocalName is "html" or "body" or "main" or "article" || element.HasAttribute("itemprop")) return false;
        var names = $"{element.GetAttribute("class")} {element.GetAttribute("id")}".ToLowerInvariant();
        return ChromeName().IsMatch(names);
    }

    /// <summary>
    /// The chrome block a heading such as "Ý kiến bạn đọc" opens: climb while the parent still starts with it,
    /// but never into the article itself.
    /// </summary>
    static IElement OutermostStartingWith(IElement element, string phrase)
    {
        var current = element;
        while (current.ParentElement is { } parent && MayBeChrome(parent, current) && StartsWithChrome(parent.TextContent) == phrase)
            current = parent;
        return current;
    }

    /// <summary>False for what looks like the article: its headline, microdata, or several long paragraphs outside <paramref name="inner"/>.</summary>
    static bool MayBeChrome(IElement element, IElement? inner) =>
        element.LocalName is not ("body" or "html" or "article" or "main")
        && !element.HasAttribute("itemprop")
        && element.QuerySelector("h1, [itemprop]") is null
        && element.QuerySelectorAll("p").Count(p => (inner is null || !inner.Contains(p)) && p.TextContent.Length > 100) < 2;

    [GeneratedRegex(@"(?:^|[\s_-])(?:menus?|mainmenu|nav|navbar|navigation|share|sharing|social|comments?|binh-?luan|y-?kien|related|lien-?quan|tin-?khac|breadcrumbs?|banners?|ads?|advert\w*|quang-?cao|sidebar|footer|header|print|rating|tags|counter|thong-?ke|visitors?|login|search|popup|cookie|caption)(?:$|[\s_-])", RegexOptions.CultureInvariant)]
    private static partial Regex ChromeName();

    [GeneratedRegex(@"^[\s:|»›>\-–.,()\d]*$")]
    private static partial Regex LabelTail();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
