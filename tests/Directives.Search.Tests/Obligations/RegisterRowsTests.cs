using System.Runtime.CompilerServices;
using Directives.Core.Obligations;
using Directives.Ingestion.Pipeline;
using Directives.Search.Graph;
using Directives.Search.Index;
using Directives.Search.Obligations;

namespace Directives.Search.Tests.Obligations;

/// <summary>
/// The register kept as rows of numbers: statuses counted over the rows agree with the statuses shown with their
/// reasons, every obligation is found by its id, and a register whose documents changed since it was built degrades.
/// </summary>
public sealed class RegisterRowsTests(RegisterCorpus corpus) : IClassFixture<RegisterCorpus>
{
    [Fact]
    public void Rows_and_links_hold_no_references_for_the_collector_to_trace()
    {
        Assert.False(RuntimeHelpers.IsReferenceOrContainsReferences<RegisterRow>());
        Assert.False(RuntimeHelpers.IsReferenceOrContainsReferences<RegisterLink>());
    }

    [Theory]
    [InlineData("2016-06-30")]
    [InlineData("2018-12-31")]
    [InlineData("2019-11-06")]
    [InlineData("2021-03-01")]
    [InlineData("2035-01-01")]
    public void Status_counts_over_the_rows_agree_with_each_obligation_shown(string date)
    {
        var asOf = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var snapshot = corpus.Snapshot;
        var all = snapshot.All(new ObligationFilter(), asOf);
        var page = snapshot.Query(new ObligationFilter(), asOf, 1, 10);
        Assert.Equal(all.Count, page.Total);
        foreach (var status in ObligationStatuses.All)
        {
            Assert.Equal(all.Count(o => o.Status == status), page.Counts[status]);
            var only = snapshot.Query(new ObligationFilter { Status = status }, asOf, 1, 500);
            Assert.Equal(all.Where(o => o.Status == status).Select(o => o.Id), only.Items.Select(o => o.Id));
        }
        // Not every obligation has the same status on any of these days: the counts are not trivially equal.
        Assert.True(page.Counts.Values.Count(c => c > 0) >= 2, string.Join(", ", page.Counts));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Trà Vinh")]
    public void Paging_through_a_question_gives_every_obligation_once_in_register_order(string? organization)
    {
        var snapshot = corpus.Snapshot;
        var asOf = new DateOnly(2021, 3, 1);
        var filter = new ObligationFilter { Organization = organization };
        var expected = snapshot.All(filter, asOf).Select(o => o.Id).ToList();
        var paged = new List<string>();
        RegisterPage page;
        // Later pages come from the selection the first one made; the totals stay those of the question.
        for (var n = 1; (page = snapshot.Query(filter, asOf, n, 7)).Items.Count > 0; n++)
        {
            Assert.Equal(expected.Count, page.Total);
            paged.AddRange(page.Items.Select(o => o.Id));
        }
        Assert.Equal(expected, paged);
        Assert.True(expected.Count > 7, $"{expected.Count} obligations: too few to page");
    }

    [Fact]
    public void Every_obligation_is_found_by_its_id_with_its_texts()
    {
        var snapshot = corpus.Snapshot;
        var asOf = new DateOnly(2030, 1, 1);
        var all = snapshot.All(new ObligationFilter(), asOf);
        Assert.Equal(snapshot.Count, all.Count);
        foreach (var o in all)
        {
            var found = snapshot.Find(o.Id, asOf);
            Assert.NotNull(found);
            Assert.Equal(o.Subject, found.Subject);
            Assert.Equal(o.Sentence, found.Sentence);
            Assert.Equal(o.Links.Count, found.Links.Count);
            Assert.NotEqual("", found.Sentence);
        }
        Assert.Null(snapshot.Find(all[0].Id + "0", asOf));
        Assert.Null(snapshot.Find("no-such-document~t1-2", asOf));
    }

    [Fact]
    public void A_register_built_before_its_document_was_deleted_shows_the_row_without_texts_and_the_next_build_drops_it()
    {
        var root = Path.Combine(Path.GetTempPath(), "directives-register-stale-" + Guid.NewGuid().ToString("N"));
        try
        {
            var corpusDir = Path.Combine(root, "corpus");
            Directory.CreateDirectory(corpusDir);
            File.WriteAllText(Path.Combine(corpusDir, "kh-7.txt"), """
                TỈNH ỦY BẮC GIANG
                Số 7-KH/TU
                Bắc Giang, ngày 3 tháng 3 năm 2021
                KẾ HOẠCH
                thực hiện công tác phát triển đảng viên
                Phấn đấu đến năm 2025 có trên 95% thôn, tổ dân phố có chi bộ đảng viên.
                Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với các huyện ủy hướng dẫn thực hiện, hoàn thành trước ngày 30/6/2022.
                """);
            using var index = new DocumentIndex(Path.Combine(root, "index"));
            new CorpusIngestor(index, DocumentIndex.PipelineVersion).Run(corpusDir);
            var register = new ObligationRegister(index, new CitationGraph(index));
            var before = register.Current();
            Assert.True(before.Count >= 2, $"{before.Count} obligations");
            var id = before.All(new ObligationFilter(), new DateOnly(2030, 1, 1))[0].Id;

            index.Delete(before.All(new ObligationFilter(), new DateOnly(2030, 1, 1))[0].Document.Id);
            index.Commit();
            var stale = before.Find(id, new DateOnly(2030, 1, 1));
            Assert.NotNull(stale);
            Assert.Equal("", stale.Sentence);
            Assert.Equal(0, register.Current().Count);
        }
        finally
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        }
    }
}
