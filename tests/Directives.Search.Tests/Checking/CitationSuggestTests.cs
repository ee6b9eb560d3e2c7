using Directives.Search.Suggest;
using Directives.Search.Tests.Graph;

namespace Directives.Search.Tests.Checking;

/// <summary>Suggestions over the sample corpus and the authority file, best first.</summary>
public sealed class CitationSuggestTests : IDisposable
{
    readonly GraphCorpus corpus = new();
    CitationSuggester Suggester() => new(corpus.Graph);

    [Theory]
    [InlineData("28-CT")]
    [InlineData("chỉ thị 28")]
    [InlineData("chi thi so 28")]
    [InlineData("ct 28 tw")]
    public void A_partial_number_gives_the_document_first(string q)
    {
        var first = Suggester().Suggest(q)[0];
        Assert.Equal("28-CT/TW", first.Citation);
        Assert.StartsWith("Chỉ thị số 28-CT/TW, ngày 21/01/2019 của Ban Bí thư về nâng cao chất lượng kết nạp đảng viên", first.Full, StringComparison.Ordinal);
        Assert.Equal("Chỉ thị số 28-CT/TW", first.Short);
    }

    [Fact]
    public void Three_provinces_03_NQ_TU_are_told_apart_by_their_committee_and_lead_to_their_document()
    {
        var hits = Suggester().Suggest("03-NQ/TU", 10).Where(s => s.Citation == "03-NQ/TU" && s.Source == "corpus").ToList();
        Assert.Equal(3, hits.Count);
        Assert.Equal(3, hits.Select(h => h.Label).Distinct().Count());
        Assert.All(hits, h => Assert.Matches(@"^Nghị quyết 03-NQ/TU — Tỉnh ủy (Trà Vinh|Kon Tum|Hòa Bình) \(\d{4}\)$", h.Label));
        Assert.All(hits, h => Assert.Contains(h.Organization!.Split(' ')[^1].ToLowerInvariant() switch { "vinh" => "tra-vinh", "tum" => "kon-tum", _ => "hoa-binh" }, h.Id));
    }

    [Fact]
    public void A_plenum_name_gives_the_document_of_that_plenum_and_term()
    {
        var first = Suggester().Suggest("nghi quyet trung uong 4 khoa xii")[0];
        Assert.Equal(("04-NQ/TW", "XII", "2016-10-30"), (first.Citation, first.Term, first.Date));
    }

    [Fact]
    public void Title_words_find_the_document()
        => Assert.Contains(Suggester().Suggest("kết nạp đảng viên rà soát", 3), s => s.Citation == "28-CT/TW");

    [Fact]
    public void A_number_of_several_terms_gives_every_document_newest_first()
    {
        var hits = Suggester().Suggest("18-NQ/TW").Where(s => s.Citation == "18-NQ/TW").ToList();
        Assert.Equal(["2022-06-16", "2017-10-25"], hits.Select(h => h.Date));
    }

    [Fact]
    public void Local_numbers_come_from_the_corpus_with_their_committee()
        => Assert.Contains(Suggester().Suggest("kế hoạch 121"), s => s.Citation == "121-KH/TU" && s.Full.Contains("Tỉnh ủy Trà Vinh", StringComparison.Ordinal));

    [Fact]
    public void Input_that_matches_nothing_gives_nothing()
    {
        Assert.Empty(Suggester().Suggest("xyzzy"));
        Assert.Empty(Suggester().Suggest("  ,; "));
    }

    [Fact]
    public void A_document_ingested_later_is_suggested_after_the_index_changes()
    {
        var suggester = Suggester();
        Assert.DoesNotContain(suggester.Suggest("77-HD"), s => s.Citation == "77-HD/BTCTU");
        var source = File.ReadAllText(corpus.PathOf("tra-vinh:05-HD-BTCTU-2019-huong-dan-kh-121.txt"));
        File.WriteAllText(Path.Combine(corpus.Corpus, "tra-vinh", "77-HD-BTCTU-2019.txt"), source.Replace("05-HD/BTCTU", "77-HD/BTCTU", StringComparison.Ordinal));
        corpus.Ingest();
        Assert.Equal("77-HD/BTCTU", suggester.Suggest("77-HD")[0].Citation);
    }

    public void Dispose() => corpus.Dispose();
}
