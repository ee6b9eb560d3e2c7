using System.Text;
using Directives.Core.Authority;

namespace Directives.Core.Tests.Authority;

public class AuthorityFileTests
{
    static readonly AuthorityFile Authority = AuthorityFile.Default;

    [Theory]
    [InlineData("1996-06-27", "VII")]
    [InlineData("1997-06-18", "VIII")]
    [InlineData("2001-04-18", "VIII")]
    [InlineData("2001-04-19", "IX")]
    [InlineData("2006-04-17", "IX")]
    [InlineData("2006-04-18", "X")]
    [InlineData("2011-01-11", "X")]
    [InlineData("2011-01-12", "XI")]
    [InlineData("2016-01-20", "XI")]
    [InlineData("2016-01-21", "XII")]
    [InlineData("2017-10-25", "XII")]
    [InlineData("2021-01-24", "XII")]
    [InlineData("2021-01-25", "XIII")]
    [InlineData("2022-06-16", "XIII")]
    [InlineData("2025-12-31", "XIII")]
    [InlineData("2026-03-01", "XIV")]
    public void Term_for_date(string date, string term) =>
        Assert.Equal(term, AuthorityFile.TermForDate(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Term_before_1976_is_out_of_range() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AuthorityFile.TermForDate(new DateOnly(1960, 9, 10)));

    [Theory]
    [InlineData("18-NQ/TW", "2017-10-25", null, "XII")]
    [InlineData("18-NQ/TW", "2022-06-16", null, "XIII")]
    [InlineData("18-NQ/TW", null, "XII", "XII")]
    [InlineData("18-NQ/TW", null, "xiii", "XIII")]
    [InlineData("18-NQ/TW", "2017-11-02", null, "XII")]   // a later date in the same term still picks the term's one
    [InlineData("18-NQ/TW", null, null, null)]            // ambiguous without date or term
    [InlineData("18-NQ/TW", "2019-03-01", "XIII", null)]  // date and term disagree
    [InlineData("21-NQ/TW", "2022-06-16", null, "XIII")]
    [InlineData("21-NQ/TW", "2017-10-25", null, "XII")]
    [InlineData("12-NQ/TW", "2012-01-16", null, "XI")]
    [InlineData("12-NQ/TW", null, "XII", "XII")]
    [InlineData("29-NQ/TW", null, "XIII", "XIII")]
    [InlineData("28-CT/TW", null, null, "XII")]           // only one: no date needed
    [InlineData("28 -CT/TW", null, null, "XII")]          // written variants are read
    [InlineData("28-CT/TW", null, "XIII", null)]
    [InlineData("999-NQ/TW", null, null, null)]
    public void By_citation_with_date_or_term(string citation, string? date, string? term, string? expectedTerm)
    {
        var hit = Authority.ByCitation(citation, date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), term);
        Assert.Equal(expectedTerm, hit?.Term);
    }

    [Theory]
    [InlineData("18-NQ/TW", 2)]
    [InlineData("21-NQ/TW", 2)]
    [InlineData("04-NQ/TW", 2)]
    [InlineData("08-QĐi/TW", 1)]
    [InlineData("124-QĐ/TW", 1)]
    [InlineData("03-NQ/TU", 0)]
    public void By_citation_lists_every_document_with_the_number(string citation, int count) =>
        Assert.Equal(count, Authority.ByCitation(citation).Count);

    [Theory]
    [InlineData(3, "VIII", "Nghị quyết", "03-NQ/TW")]
    [InlineData(4, "XI", "Nghị quyết", "12-NQ/TW")]
    [InlineData(4, "XII", "Nghị quyết", "04-NQ/TW")]
    [InlineData(6, "XII", "Nghị quyết", "18-NQ/TW")]
    [InlineData(7, "XII", "Nghị quyết", "26-NQ/TW")]
    [InlineData(5, "XIII", "Nghị quyết", "21-NQ/TW")]
    [InlineData(4, "XIII", "Kết luận", "21-KL/TW")]
    [InlineData(8, "XII", "Nghị quyết", "36-NQ/TW")]
    [InlineData(6, "XIII", "Nghị quyết", null)]   // three resolutions, none called by the plenum name alone
    [InlineData(4, "XIII", "Nghị quyết", null)]
    [InlineData(2, "XX", "Nghị quyết", null)]
    public void By_plenum(int plenum, string term, string kind, string? citation) =>
        Assert.Equal(citation, Authority.ByPlenum(plenum, term, kind)?.Citation);

    [Fact]
    public void Every_entry_is_consistent()
    {
        Assert.True(Authority.Entries.Count >= 14);
        foreach (var e in Authority.Entries)
        {
            Assert.Equal($"{e.Number:00}-{e.Code}/{e.Issuer}", e.Citation);
            Assert.Contains(e.Body, new[] { "Ban Chấp hành Trung ương", "Bộ Chính trị", "Ban Bí thư" });
            if (e.Date is { } d) Assert.Equal(e.Term, AuthorityFile.TermForDate(d));
            if (e.Plenum is not null) Assert.Equal("Ban Chấp hành Trung ương", e.Body);
        }
        Assert.Equal(Authority.Entries.Count, Authority.Entries.Select(e => (e.Citation, e.Term)).Distinct().Count());
    }

    [Fact]
    public void Load_reads_a_bare_array_and_rejects_a_bad_term()
    {
        const string good = """[{"citation":"01-NQ/TW","kind":"Nghị quyết","number":1,"code":"NQ","issuer":"TW","term":"XIV","date":"2026-02-01","names":[]}]""";
        var file = AuthorityFile.Load(new MemoryStream(Encoding.UTF8.GetBytes(good)));
        Assert.Equal(new DateOnly(2026, 2, 1), Assert.Single(file.Entries).Date);
        const string bad = """{"entries":[{"citation":"01-NQ/TW","kind":"Nghị quyết","number":1,"code":"NQ","issuer":"TW","term":"14"}]}""";
        Assert.Throws<InvalidDataException>(() => AuthorityFile.Load(new MemoryStream(Encoding.UTF8.GetBytes(bad))));
    }
}
