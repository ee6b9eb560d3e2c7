using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Directives.Ingestion.Readers;

/// <summary>Finds the element that holds the article on a page.</summary>
internal static partial class HtmlArticle
{
    public static INode Find(IDocument document) => WithHeadline(document, Container(document));

    // A body container ("bodytext") often leaves out the headline, date stamp and lead paragraph that sit just
    // above it: widen to the nearest ancestor holding the page's <h1> when that adds little other text.
    static INode WithHeadline(IDocument document, INode chosen)
    {
        if (chosen is not IElement element || document.QuerySelector("h1") is not { } h1 || element.Contains(h1)) return chosen;
        var inner = ParagraphText(element);
        var steps = 0;
        for (var up = element.ParentElement; up is not null && steps < 4; up = up.ParentElement, steps++)
            if (up.Contains(h1)) return ParagraphText(up) <= inner * 1.5 + 600 ? up : chosen;
        return chosen;
    }

    static INode Container(IDocument document)
    {
        if (document.QuerySelector("[itemprop='articleBody']") is { } body) return body;

        var article = document.QuerySelectorAll("article").MaxBy(a => a.TextContent.Length);
        if (article is not null && article.TextContent.Trim().Length >= 200) return article;

        var named = document.QuerySelectorAll("[class],[id]")
            .Where(e => ArticleName().IsMatch($"{e.GetAttribute("class")} {e.GetAttribute("id")}".ToLowerInvariant()))
            .Select(e => (Element: e, Text: ParagraphText(e)))
            .Where(c => c.Text > 0)
            .ToList();
        if (named.Count > 0)
        {
            // Wrappers named "content" contain the article too; prefer the innermost that holds most of the text.
            var max = named.Max(c => c.Text);
            return named.Where(c => c.Text >= 0.8 * max).MaxBy(c => Depth(c.Element)).Element;
        }

        if (article is not null) return article;
        var densest = document.All.MaxBy(e => e.Children.Where(c => c.LocalName == "p").Sum(p => p.TextContent.Length));
        return densest is not null && densest.Children.Any(c => c.LocalName == "p") ? densest : (INode?)document.Body ?? document;
    }

    static int ParagraphText(IElement element) => element.QuerySelectorAll("p").Sum(p => p.TextContent.Trim().Length);

    static int Depth(INode node)
    {
        var depth = 0;
        for (var n = node.Parent; n is not null; n = n.Parent) depth++;
        return depth;
    }

    [GeneratedRegex(@"content|detail|article|news-?body|post-?body|entry|noi-?dung|chi-?tiet")]
    private static partial Regex ArticleName();
}
