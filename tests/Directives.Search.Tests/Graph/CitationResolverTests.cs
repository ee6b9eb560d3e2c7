using Directives.Core.Authority;
using Directives.Search.Graph;

namespace Directives.Search.Tests.Graph;

/// <summary>Resolution rules of domain.md §2 on small hand-made graphs.</summary>
public sealed class CitationResolverTests
{
    static readonly GraphNode Nq18Of2017 = new() { Id = "tw:18-2017", Citation = "18-NQ/TW", Level = GraphLevels.Central, Date = "2017-10-25", Term = "XII" };
    static readonly GraphNode Nq18Of2022 = new() { Id = "tw:18-2022", Citation = "18-NQ/TW", Level = GraphLevels.Central, Date = "2022-06-16", Term = "XIII" };
    static readonly GraphNode KhLongSon = new() { Id = "hb:ls:58", Citation = "58-KH/HU", Province = "Hòa Bình", District = "Lương Sơn", Level = GraphLevels.District };
    static readonly GraphNode KhCaoPhong = new() { Id = "hb:cp:58", Citation = "58-KH/HU", Province = "Hòa Bình", District = "cao-phong", Level = GraphLevels.District };

    static CitationResolver Resolver(params GraphNode[] nodes) => new(
        nodes.GroupBy(n => n.Citation!).ToDictionary(g => g.Key, g => g.ToList()), AuthorityFile.Default);

    [Theory]
    [InlineData(null, "2017-10-25", null, "tw:18-2017")]
    [InlineData(null, null, "XIII", "tw:18-2022")]
    [InlineData("2019-05-01", null, null, "tw:18-2017")] // a 2019 text can only cite the 2017 resolution
    [InlineData(null, "2022-06-16", null, "tw:18-2022")]
    public void Central_numbers_are_told_apart_by_date_term_or_the_citing_date(string? citing, string? date, string? term, string expected)
    {
        var r = Resolver(Nq18Of2017, Nq18Of2022).Resolve(new GraphMention("18-NQ/TW", Date: date, Term: term), new ResolutionScope(null, null, citing));
        Assert.Equal(ResolutionOutcome.Resolved, r.Outcome);
        Assert.Equal(expected, r.Node!.Id);
    }

    [Fact]
    public void Central_number_without_date_or_term_after_both_is_ambiguous()
    {
        var r = Resolver(Nq18Of2017, Nq18Of2022).Resolve(new GraphMention("18-NQ/TW"), new ResolutionScope(null, null, "2023-01-01"));
        Assert.Equal(ResolutionOutcome.Ambiguous, r.Outcome);
        Assert.Equal(2, r.Candidates.Count);
        Assert.Contains("XII", r.Reason);
    }

    [Fact]
    public void Cited_central_document_absent_from_the_corpus_is_a_placeholder_filled_from_the_authority_file()
    {
        var r = Resolver().Resolve(new GraphMention("28 -CT/TW"), ResolutionScope.None);
        Assert.Equal("placeholder:28-CT-TW@XII", r.Node!.Id);
        Assert.Equal(GraphNodeTypes.Placeholder, r.Node.Type);
        Assert.Equal("2019-01-21", r.Node.Date);
        Assert.Equal("Ban Bí thư", r.Node.Body);
    }

    [Fact]
    public void Number_the_authority_file_knows_in_two_terms_needs_a_date_when_absent_from_the_corpus()
    {
        var bare = Resolver().Resolve(new GraphMention("18-NQ/TW"), ResolutionScope.None);
        Assert.Equal(ResolutionOutcome.Ambiguous, bare.Outcome);
        Assert.Equal(["placeholder:18-NQ-TW@XII", "placeholder:18-NQ-TW@XIII"], bare.Candidates.Select(c => c.Id).Order().ToArray());
        // A 2019 text can only mean the 2017 resolution.
        Assert.Equal("placeholder:18-NQ-TW@XII", Resolver().Resolve(new GraphMention("18-NQ/TW"), new ResolutionScope(null, null, "2019-03-01")).Node!.Id);
        var dated = Resolver().Resolve(new GraphMention("18-NQ/TW", Date: "2022-06-16"), ResolutionScope.None);
        Assert.Equal("placeholder:18-NQ-TW@XIII", dated.Node!.Id);
        Assert.NotNull(dated.Node.Title);
    }

    [Fact]
    public void District_numbers_are_scoped_by_the_citing_district()
    {
        var resolver = Resolver(KhLongSon, KhCaoPhong);
        Assert.Equal("hb:ls:58", resolver.Resolve(new GraphMention("58-KH/HU"), new ResolutionScope("Hòa Bình", "luong-son", null)).Node!.Id);
        Assert.Equal(ResolutionOutcome.Ambiguous, resolver.Resolve(new GraphMention("58-KH/HU"), new ResolutionScope("Hòa Bình", null, null)).Outcome);
        var elsewhere = resolver.Resolve(new GraphMention("58-KH/HU"), new ResolutionScope("Kon Tum", "Đắk Hà", null));
        Assert.Equal("placeholder:58-KH-HU@kon-tum-dak-ha", elsewhere.Node!.Id);
    }

    [Fact]
    public void Congress_resolution_of_a_province_is_scoped_to_it()
    {
        var r = Resolver().Resolve(new GraphMention(null, "Đại hội Đảng bộ tỉnh lần thứ X"), new ResolutionScope("Trà Vinh", null, null));
        Assert.Equal("named:dai-hoi-dang-bo-tinh-lan-thu-x@tra-vinh", r.Node!.Id);
    }
}
