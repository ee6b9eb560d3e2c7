using System.Globalization;
using Directives.Core.Documents;
using Directives.Core.Organizations;
using Directives.Core.StateLaw;

namespace Directives.Core.Extraction;

/// <summary>
/// The analysis step: from a text to the extract contract's object. A pipeline of small recognisers,
/// each owning one construct; this class only runs them in order and joins their findings.
/// </summary>
public static class Extractor
{
    public static ExtractionResult Extract(ExtractionInput input) => Analyze(input).Result;

    /// <summary>The result together with the recognised header or news head, for callers that index them.</summary>
    public static TextAnalysis Analyze(ExtractionInput input)
    {
        var text = input.Text;
        var header = HeaderRecognizer.Recognize(text, input.HeaderBlock);
        var news = header is null ? NewsHeadRecognizer.Recognize(text) : null;

        var references = PartyReferences.Find(text, header)
            .Concat(StateReferenceScanner.Scan(text))
            .OrderBy(r => r.Start)
            .ToList();

        var published = news?.Published ?? (header is null ? input.Published : null);
        var result = new ExtractionResult
        {
            Source = input.Source,
            Document = header is null ? null : Identity(header),
            Published = published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Organization = header?.Organization ?? OrganizationGuess.FromText(text),
            References = references,
            Warnings = input.Warnings,
        };
        return new TextAnalysis(header, news, result);
    }

    static DocumentIdentity Identity(DocumentHeader h) => new()
    {
        Citation = h.Citation,
        Kind = h.Kind,
        Number = h.Number,
        Code = h.Code,
        Issuer = h.Issuer,
        Organization = h.Organization,
        Date = h.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Title = h.Title,
    };
}
