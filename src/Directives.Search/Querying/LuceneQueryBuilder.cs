using Directives.Core.Documents;
using Directives.Core.Citations;
using Directives.Search.Analysis;
using Directives.Search.Index;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using F = Directives.Search.Index.IndexFields;

namespace Directives.Search.Querying;

/// <summary>
/// Builds the Lucene queries for a <see cref="ParsedQuery"/>. Every word must match folded (no diacritics, so "dang"
/// finds "Đảng") in the folded text, which holds the title's words too; that query decides which documents match, their
/// count and facets (<see cref="Build"/>). What only ranks is scored in a second pass over the best documents alone
/// (<see cref="SecondPass"/>, <see cref="SecondPassRescorer"/>): the words and phrases in the title, and in their exact
/// form, diacritics as typed. When asked to (<c>fuzzy</c>), words of five letters or more also match with a typo;
/// numbers and citation codes never do. A document number puts the document that bears it first.
/// </summary>
public sealed class LuceneQueryBuilder(VietnameseAnalyzer exact, VietnameseAnalyzer folded)
{
    const float ExactBoost = 3f, FoldedBoost = 1f, TitleFactor = 2f, FuzzyBoost = 0.25f, OwnNumberBoost = 40f;
    const int FuzzyMinLength = 5;

    /// <param name="fuzzy">Add the typo-tolerant clauses. Searches run without them first (<see cref="HasFuzzy"/>),
    /// so texts that match a word as written are not ranked among near-spellings.</param>
    public Query Build(ParsedQuery q, SearchRequest filters, bool fuzzy = false)
    {
        var main = BuildMain(q, fuzzy);
        var filter = BuildFilter(filters);
        var filtered = filter is null ? main : new FilteredQuery(main, new QueryWrapperFilter(filter));
        // What a clearance may not see, as a cached bit set per segment applied while scoring: every anonymous search has
        // it, and as a query (all documents but the stamped ones) it was advanced beside the main query on every hit.
        return ClearanceFilter.For(filters.Clearance) is { } clearance ? new FilteredQuery(filtered, clearance) : filtered;
    }

    /// <summary>True when <see cref="Build"/> with <c>fuzzy</c> makes a different query: some word may match with a typo.</summary>
    public bool HasFuzzy(ParsedQuery q) => q.Words.Any(w => folded.Tokens(w).Any(IsTypoTolerant));

    Query BuildMain(ParsedQuery q, bool fuzzy)
    {
        if (q.IsEmpty && q.Excluded.Count == 0) return new MatchAllDocsQuery();

        var text = new BooleanQuery();
        foreach (var word in q.Words)
            foreach (var clause in WordClauses(word, fuzzy)) text.Add(clause, Occur.MUST);
        foreach (var phrase in q.Phrases)
            text.Add(PhraseClause(phrase), Occur.MUST);
        foreach (var number in q.Numbers)
            text.Add(NumberClause(number), Occur.MUST);
        if (text.Clauses.Count == 0) text.Add(new MatchAllDocsQuery(), Occur.MUST);
        foreach (var word in q.Excluded)
            foreach (var token in folded.Tokens(word))
                text.Add(new TermQuery(new Term(F.TextFolded, token)), Occur.MUST_NOT);

        if (q.Citation is not { } citation) return text;
        // "ct 28", "chỉ thị 28": the document with that number first, then texts that mention it.
        var own = citation.Issuer is null
            ? new TermQuery(new Term(F.NumberCode, DocumentMapper.NumberCodeKey(citation.Number, citation.Code ?? "")))
            : new TermQuery(new Term(F.Citation, new PartyNumber(citation.Number, citation.Code ?? "", citation.Issuer).Canonical));
        own.Boost = OwnNumberBoost;
        // Texts that write the number ("28-CT/TW", "28 -CT/TW") match on its tokens, however the query glued them ("CT28").
        var written = FoldedTextPhrase(folded.Tokens($"{citation.Number} {citation.Code} {citation.Issuer}"));
        return new BooleanQuery { { own, Occur.SHOULD }, { written, Occur.SHOULD }, { text, Occur.SHOULD } };
    }

    /// <summary>
    /// One term query per folded token: the folded text holds the title's words, so a title is matched without a second
    /// clause per word, whose disjunction was advanced on every hit (a third of a search's time at 1,000,000 documents);
    /// the title's weight comes in the second pass (<see cref="SecondPass"/>).
    /// </summary>
    IEnumerable<Query> WordClauses(string word, bool fuzzy)
    {
        foreach (var f in folded.Tokens(word))
        {
            var term = Boosted(new TermQuery(new Term(F.TextFolded, f)), FoldedBoost);
            if (!fuzzy || !IsTypoTolerant(f)) { yield return term; continue; }
            var edits = f.Length >= 8 ? 2 : 1;
            yield return new BooleanQuery(disableCoord: true)
            {
                { term, Occur.SHOULD },
                { Boosted(new FuzzyQuery(new Term(F.TextFolded, f), edits, prefixLength: 1), FuzzyBoost), Occur.SHOULD },
            };
        }
    }

    /// <summary>
    /// What ranks the documents <see cref="Build"/> found without deciding which: the query's folded words and phrases
    /// in the title (weighted <see cref="TitleFactor"/> times a match in the text), and its words and phrases as typed,
    /// diacritics and all, in the text or the title (weighted <see cref="ExactBoost"/> times more); null when the query
    /// has no words or phrases. Every clause folds to the matching query's, so it only ranks documents that query found:
    /// it is scored for the best of them alone (<see cref="SecondPassRescorer"/>). Scored with the matching query, as
    /// optional clauses beside each word, the exact forms were advanced on every hit and read the positions of every
    /// phrase twice (half the time of a search at 100,000 documents), the title words a third at 1,000,000.
    /// </summary>
    public Query? SecondPass(ParsedQuery q)
    {
        var forms = new BooleanQuery(disableCoord: true);
        foreach (var word in q.Words)
        {
            foreach (var f in folded.Tokens(word))
                forms.Add(Boosted(new TermQuery(new Term(F.TitleFolded, f)), FoldedBoost * TitleFactor), Occur.SHOULD);
            // The analyzers give one token for one (the folded analyzer folds each exact token), so each exact token is
            // the exact form of the folded token at its place.
            foreach (var e in exact.Tokens(word))
                forms.Add(InTextOrTitle(new TermQuery(new Term(F.Text, e)), new TermQuery(new Term(F.Title, e)), ExactBoost), Occur.SHOULD);
        }
        foreach (var phrase in q.Phrases)
        {
            forms.Add(Boosted(Phrase(F.TitleFolded, folded.Tokens(phrase)), FoldedBoost * TitleFactor), Occur.SHOULD);
            var exactTokens = exact.Tokens(phrase);
            forms.Add(InTextOrTitle(Phrase(F.Text, exactTokens), Phrase(F.Title, exactTokens), ExactBoost), Occur.SHOULD);
        }
        return forms.Clauses.Count == 0 ? null : forms;
    }

    /// <summary>The same words in the text or the title, a title match weighing <see cref="TitleFactor"/> times more.</summary>
    static BooleanQuery InTextOrTitle(Query inText, Query inTitle, float boost) => new(disableCoord: true)
    {
        { Boosted(inText, boost), Occur.SHOULD },
        { Boosted(inTitle, boost * TitleFactor), Occur.SHOULD },
    };

    /// <summary>Only words: numbers and anything with a digit stay exact ("18" must not find "19").</summary>
    public static bool IsTypoTolerant(string foldedToken) => IsTypoTolerant(foldedToken.AsSpan());

    public static bool IsTypoTolerant(ReadOnlySpan<char> foldedToken)
    {
        if (foldedToken.Length < FuzzyMinLength) return false;
        foreach (var c in foldedToken) if (!char.IsLetter(c)) return false;
        return true;
    }

    /// <summary>The phrase's folded tokens next to each other in the text or the title (both are in the folded pairs).</summary>
    Query PhraseClause(string phrase) => Boosted(FoldedTextPhrase(folded.Tokens(phrase)), FoldedBoost);

    /// <summary>
    /// A full number: the document bearing it, any text that writes it (in any variant, as the tokens are the same),
    /// or any text the extractor read it in under another spelling of the issuer ("14-QĐ/T.Ư", "TƯ" for TW).
    /// </summary>
    Query NumberClause(PartyNumber number)
    {
        var own = Boosted(new TermQuery(new Term(F.Citation, number.Canonical)), OwnNumberBoost);
        var written = FoldedTextPhrase(folded.Tokens($"{number.Number} {number.Code} {number.Issuer}"));
        var cited = Boosted(new TermQuery(new Term(F.Cites, number.Canonical)), FoldedBoost);
        return new BooleanQuery { { own, Occur.SHOULD }, { Boosted(written, FoldedBoost), Occur.SHOULD }, { cited, Occur.SHOULD } };
    }

    /// <summary>
    /// Folded tokens next to each other in the text, as a phrase of the text's folded pairs (<see cref="F.TextPairs"/>):
    /// "ket nap dang vien" is "ket nap" at 0 and "dang vien" at 2, an odd last token paired with the one before it.
    /// A phrase of common syllables read the positions of every one of them in every text that has them all (three
    /// quarters of a large corpus for "công tác cán bộ"); their pairs are rarer and fewer.
    /// </summary>
    static Query FoldedTextPhrase(IReadOnlyList<string> tokens)
    {
        if (tokens.Count == 1) return new TermQuery(new Term(F.TextFolded, tokens[0]));
        var phrase = new PhraseQuery();
        for (var i = 0; i + 1 < tokens.Count; i += 2)
            phrase.Add(new Term(F.TextPairs, SharedTextAnalyzer.Pair(tokens[i], tokens[i + 1])), i);
        if (tokens.Count % 2 == 1)
            phrase.Add(new Term(F.TextPairs, SharedTextAnalyzer.Pair(tokens[^2], tokens[^1])), tokens.Count - 2);
        return phrase;
    }

    static PhraseQuery Phrase(string field, IReadOnlyList<string> tokens)
    {
        var phrase = new PhraseQuery();
        foreach (var token in tokens) phrase.Add(new Term(field, token));
        return phrase;
    }

    static Query Boosted(Query q, float boost)
    {
        q.Boost = boost;
        return q;
    }

    static Query? BuildFilter(SearchRequest r)
    {
        var filter = new BooleanQuery();
        AnyOf(filter, F.Kind, r.Kinds);
        AnyOf(filter, F.Issuer, r.Issuers);
        AnyOf(filter, F.Organization, r.Organizations);
        // A terms filter, not a boolean query: a status or level can hold more ids than a query has clauses.
        if (r.Ids is { } ids)
            filter.Add(new ConstantScoreQuery(new TermsFilter(ids.Select(id => new Term(F.Id, id)).Append(new Term(F.Id, "")).ToList())), Occur.MUST);
        if (r.From is not null || r.To is not null)
            filter.Add(NumericRangeQuery.NewInt32Range(F.DateNumber, DateKey(r.From), DateKey(r.To), true, true), Occur.MUST);
        return filter.Clauses.Count == 0 ? null : filter;
    }

    // Values of one filter group combine with OR; groups combine with AND.
    static void AnyOf(BooleanQuery filter, string field, IReadOnlyList<string> values)
    {
        if (values.Count == 0) return;
        if (values.Count == 1) { filter.Add(new TermQuery(new Term(field, values[0])), Occur.MUST); return; }
        var any = new BooleanQuery();
        foreach (var v in values) any.Add(new TermQuery(new Term(field, v)), Occur.SHOULD);
        filter.Add(any, Occur.MUST);
    }

    static int? DateKey(DateOnly? d) => d is { } v ? v.Year * 10000 + v.Month * 100 + v.Day : null;
}
