using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Directives.Search.Querying;

/// <summary>
/// The second pass of a search: adds the score of what only ranks — the title's words, the exact forms
/// (<see cref="LuceneQueryBuilder.SecondPass"/>) — to the best <see cref="Window"/> documents the folded query found, and
/// orders them again. Each of them costs one
/// skip in the exact postings (and a look at the positions of a phrase in that document alone) instead of every hit
/// of the whole result set. A document found beyond the window keeps its folded rank, behind three hundred documents
/// that match at least as well folded, even when it has the exact forms: the one ranking this gives up.
/// </summary>
public static class SecondPassRescorer
{
    /// <summary>How many of the best documents by the folded query are scored again.</summary>
    public const int Window = 300;

    /// <summary>
    /// Adds the second pass's score to each of <paramref name="hits"/> that matches it, in place, and returns the hits in
    /// <paramref name="order"/> again. The searcher must score with <see cref="UnnormalizedSimilarity"/>, so both passes
    /// use the same scale: the sum is the score of one query with every clause.
    /// </summary>
    public static IReadOnlyList<ScoreDoc> Rescore(IndexSearcher searcher, IReadOnlyList<ScoreDoc> hits, Query secondPass, IComparer<ScoreDoc> order)
    {
        if (hits.Count == 0) return hits;
        var weight = searcher.CreateNormalizedWeight(searcher is SlicedSearcher sliced ? sliced.WithKnownTerms(secondPass) : secondPass);
        var leaves = searcher.IndexReader.Leaves;
        var leaf = -1;
        var leafEnd = 0;
        var docBase = 0;
        Scorer? scorer = null;
        foreach (var hit in hits.OrderBy(h => h.Doc))
        {
            if (hit.Doc >= leafEnd)
            {
                do
                {
                    leaf++;
                    docBase = leaves[leaf].DocBase;
                    leafEnd = docBase + leaves[leaf].AtomicReader.MaxDoc;
                } while (hit.Doc >= leafEnd);
                // No accepted-documents filter: every hit is a live document the first pass matched.
                scorer = weight.GetScorer(leaves[leaf], null);
            }
            if (scorer is null) continue;
            var target = hit.Doc - docBase;
            var at = scorer.DocID;
            if (at < target) at = scorer.Advance(target);
            if (at == target) hit.Score += scorer.GetScore();
        }
        return [.. hits.Order(order)];
    }
}

/// <summary>
/// Lucene's default scoring without the query normalisation: a query's scores are then the sum of its clauses' as they
/// stand, so a second pass can add the scores of clauses it left out (<see cref="SecondPassRescorer"/>). The norm is one
/// factor for every document of a query: ranks within one search do not change.
/// </summary>
public sealed class UnnormalizedSimilarity : DefaultSimilarity
{
    public override float QueryNorm(float sumOfSquaredWeights) => 1f;
}
