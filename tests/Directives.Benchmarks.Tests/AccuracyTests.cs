using Directives.Benchmarks.Scale;

namespace Directives.Benchmarks.Tests;

/// <summary>The quick size's correctness: what the benchmark reports as accuracy and as wrong answers.</summary>
public class AccuracyTests
{
    [Fact]
    public void The_extractor_finds_the_planted_references_and_edges_of_generated_text()
    {
        var a = ExtractionStep.Measure(seed: 7, documents: 300);
        Assert.True(a.Planted > 500, $"{a.Planted} references planted");
        Assert.True(a.Recall >= 0.97, $"reference recall {a.Recall:F3}");
        Assert.True(a.Precision >= 0.97, $"reference precision {a.Precision:F3}");
        Assert.True(a.EdgeRecall >= 0.8, $"edge recall {a.EdgeRecall:F3}");
        Assert.True(a.EdgePrecision >= 0.8, $"edge precision {a.EdgePrecision:F3}");
    }

    [Fact]
    public void Our_search_answers_the_mix_where_FTS5_misses_unaccented_words_and_written_citations()
    {
        var work = Path.Combine(Path.GetTempPath(), "directives-bench-answers-" + Guid.NewGuid().ToString("N"));
        try
        {
            var r = AnswerCheck.Run(work, seed: 7, documents: AnswerCheck.Documents, queryCount: 250);
            var by = r.Categories.ToDictionary(c => c.Category);
            // Words typed without diacritics: FTS5 keeps đ apart from d, so "dang vien" misses "đảng viên"; ours folds both.
            Assert.Equal(0, by["no diacritics"].OursWrong);
            Assert.True(by["no diacritics"].FtsWrong > 0);
            Assert.Equal(0, by["words"].OursWrong);
            Assert.Equal(0, by["phrase"].OursWrong);
            Assert.Equal(0, by["filter"].OursWrong);
            // Citations: ours puts the cited document first and finds every written variant (T.Ư, TƯ, spaces, slashes);
            // FTS5's tokens miss some and rank the cited document anywhere.
            Assert.Equal(0, by["citation"].OursWrong);
            Assert.True(by["citation"].FtsWrong > 0);
            Assert.Equal(0, r.OursWrong);
        }
        finally { Directory.Delete(work, recursive: true); }
    }
}
