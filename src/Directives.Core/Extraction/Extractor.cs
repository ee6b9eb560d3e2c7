using Directives.Core.Dates;
using Directives.Core.Authority;
using Directives.Core.Documents;
using Directives.Core.Obligations;
using Directives.Core.Organizations;
using Directives.Core.References;
using Directives.Core.Relations;
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
        var reading = HeaderRecognizer.Read(text, input.HeaderBlock);
        var header = reading?.Header;
        // A text cut to its body ("Căn cứ …" first) is still a document speaking for itself, not a news report.
        var opening = reading is null ? BodyOpening.Find(text) : null;
        var news = header is null ? NewsHeadRecognizer.Recognize(text) : null;

        var authority = AuthorityFile.Default;
        // The document's own number in its header is who it is, not what it cites.
        var party = PartyReferences.Find(text, header)
            .Where(r => header?.Citation is null || r.Citation != header.Citation)
            .Select(r => WithImpliedTerm(r, authority))
            .ToList();
        var references = party
            // A state number in the header ("Số: 1520/QĐ-UBND") is the text's own too.
            .Concat(StateReferences.Find(text).Where(r => header is not { IsState: true } || r.Citation != header.Citation))
            .Concat(StatuteNameScanner.Scan(text))
            // A plenum name that resolves to the document's own number is its title ("NGHỊ QUYẾT HỘI NGHỊ LẦN THỨ NĂM …"), not a citation.
            .Concat(NamedReferenceScanner.Scan(text, authority).Where(r => header?.Citation is null || r.Resolved != header.Citation))
            .Concat(ShortFormScanner.Scan(text, party))
            .OrderBy(r => r.Start)
            .ToList();
        references = [.. references.Concat(AnaphoraScanner.Scan(text, references)).OrderBy(r => r.Start)];
        references = [.. PinCiteScanner.Attach(text, references)];
        var relations = RelationRecognizer.Find(text, references, new RelationContext
        {
            SelfCitation = header?.Citation,
            IsNews = header is null && opening is null,
            BodyStart = reading?.BodyStart ?? opening,
        });

        var published = news?.Published ?? (header is null ? input.Published : null);
        var result = new ExtractionResult
        {
            Source = input.Source,
            Document = header is null ? null : Identity(header),
            Published = IsoDate.Format(published),
            Organization = header?.Organization ?? OrganizationGuess.FromText(text),
            References = references,
            Relations = relations,
            Targets = TargetRecognizer.Find(text, references),
            Results = ResultRecognizer.Find(text, references),
            Tasks = TaskRecognizer.Find(text),
            ArithmeticIssues = ArithmeticCheck.Find(text),
            Warnings = input.Warnings,
        };
        return new TextAnalysis(header, news, result);
    }

    /// <summary>
    /// A central number restarts every term: the mention's own date, or the authority file when it knows
    /// only one document by that number, tells which term is meant.
    /// </summary>
    static Reference WithImpliedTerm(Reference r, AuthorityFile authority)
    {
        if (r.Term is not null || r.Issuer != "TW") return r;
        if (IsoDate.Parse(r.Date) is { Year: >= 1977 } date)
            return r with { Term = AuthorityFile.TermForDate(date) };
        return authority.ByCitation(r.Citation!) is [var only] ? r with { Term = only.Term } : r;
    }

    static DocumentIdentity Identity(DocumentHeader h) => new()
    {
        Citation = h.Citation,
        Kind = h.Kind,
        Number = h.Number,
        Code = h.Code,
        Issuer = h.Issuer,
        Organization = h.Organization,
        Date = IsoDate.Format(h.Date),
        Title = h.Title,
        State = h.IsState,
    };
}
