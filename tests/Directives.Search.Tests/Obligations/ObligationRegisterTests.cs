using Directives.Core.Obligations;
using Directives.Search.Obligations;

namespace Directives.Search.Tests.Obligations;

/// <summary>The register over the seeds and the sample corpus: owners, links with evidence, status by date, findings.</summary>
public sealed class ObligationRegisterTests(RegisterCorpus corpus) : IClassFixture<RegisterCorpus>
{
    static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Today);
    const string KonTumReport = "seeds:000_2da9ec2d8b833736.txt";

    Obligation KonTumGoal(DateOnly asOf) => corpus.Snapshot.All(new ObligationFilter { Document = "03-NQ/TU", Organization = "Kon Tum", Kind = ObligationKinds.Target }, asOf)
        .Single(o => o is { Comparator: ">", Value: 60, Deadline: "2018" });

    [Fact]
    public void Kon_Tum_03_NQ_TU_goal_of_over_60_percent_by_2018_is_not_met_with_the_report_as_evidence()
    {
        var goal = KonTumGoal(Today);
        Assert.Equal(ObligationStatuses.NotMet, goal.Status);
        Assert.Equal("%", goal.Unit);
        Assert.Equal("Kon Tum", goal.Document.Province);
        Assert.True(goal.Document.InCorpus);
        Assert.Equal(KonTumReport, goal.StatedIn!.Id);
        Assert.Contains("2019-11-06", goal.StatusReason!.Replace("06/11/2019", "2019-11-06", StringComparison.Ordinal));
        var statement = Assert.Single(goal.Links, l => l.Kind == LinkKinds.Statement);
        Assert.Equal(KonTumReport, statement.Document.Id);
        Assert.False(statement.Met);
        Assert.Contains("chưa đạt mục tiêu", statement.Sentence);
        // "còn 401 … chưa phải là đảng viên, chiếm 45,88%": 54,12% are, below the goal.
        var complement = Assert.Single(goal.Links, l => l.Kind == LinkKinds.Result && l.Value == 45.88);
        Assert.Equal(54.12, complement.Measured);
        Assert.False(complement.Met);
        Assert.Contains("45,88%", complement.Sentence);
        Assert.Contains("từ chung", complement.Reason);
    }

    [Fact]
    public void Before_the_report_the_goal_is_pending_then_due_soon()
    {
        Assert.Equal(ObligationStatuses.Pending, KonTumGoal(new DateOnly(2018, 6, 1)).Status);
        Assert.Equal(ObligationStatuses.DueSoon, KonTumGoal(new DateOnly(2018, 11, 15)).Status);
        // After the deadline and before the report (06/11/2019) nobody has said how it ended.
        Assert.Equal(ObligationStatuses.Overdue, KonTumGoal(new DateOnly(2019, 6, 1)).Status);
    }

    [Fact]
    public void Hoa_Binh_De_an_13_targets_for_2025_are_listed_with_their_values()
    {
        var targets = corpus.Snapshot.All(new ObligationFilter { Document = "13/ĐA/TU", Issuer = "tinh uy hoa binh" }, Today);
        Assert.True(targets.Count >= 6, $"{targets.Count} targets");
        Assert.All(targets, t =>
        {
            Assert.Equal("Hòa Bình", t.Document.Province);
            Assert.Equal("2025", t.Deadline);
            Assert.Equal("2025-12-31", t.Due);
            Assert.False(t.Document.InCorpus); // only cited: a placeholder owns them
            Assert.Equal("Tỉnh ủy Hòa Bình", t.Document.Issuer);
            Assert.Equal("seeds:002_f54fcdc53e396db8.txt", t.StatedIn!.Id);
        });
        var values = targets.Select(t => (t.Comparator, t.Value)).ToList();
        foreach (var expected in new[] { ("=", 100.0), (">=", 70.0), ("=", 85.0), (">=", 40.0), (">=", 80.0), (">=", 90.0) })
            Assert.Contains(((string?)expected.Item1, (double?)expected.Item2), values);
    }

    [Fact]
    public void Tra_Vinh_footnote_total_that_is_not_the_sum_of_its_years_is_a_finding()
    {
        var finding = Assert.Single(corpus.Snapshot.Findings, f => f.Document.Id == "seeds:004_c7a64a1d22b6665a.txt");
        Assert.Equal(3826, finding.Stated);
        Assert.Equal(1540 + 1100 + 1135 + 157, finding.Computed);
        Assert.Contains("3.826", finding.Sentence);
    }

    [Theory]
    [InlineData("Trà Vinh")]
    [InlineData("Kon Tum")]
    [InlineData("hoa binh")]
    public void Each_province_register_shows_tasks_with_assignees_and_deadlines(string province)
    {
        var tasks = corpus.Snapshot.All(new ObligationFilter { Organization = province, Kind = ObligationKinds.Task }, Today);
        Assert.True(tasks.Count >= 5, $"{tasks.Count} tasks");
        Assert.All(tasks, t => Assert.NotEmpty(t.Leads));
        Assert.Contains(tasks, t => t.Due is not null);
        Assert.Contains(tasks, t => t.Supporting.Count > 0);
    }

    [Fact]
    public void Sample_corpus_has_overdue_met_pending_and_ongoing_items_today()
    {
        var all = corpus.Snapshot.All(new ObligationFilter(), Today).Where(o => o.Document.Id.StartsWith("sample:", StringComparison.Ordinal)).ToList();
        foreach (var status in new[] { ObligationStatuses.Overdue, ObligationStatuses.Met, ObligationStatuses.Pending, ObligationStatuses.Ongoing })
            Assert.Contains(all, o => o.Status == status);
    }

    [Fact]
    public void A_met_target_is_tied_to_a_report_that_cites_its_plan()
    {
        // Trà Vinh 121-KH/TU: "trên 90% ấp, khóm có chi bộ riêng" by 2020; the three-year review reports 94,7%, over the goal.
        var goal = corpus.Snapshot.All(new ObligationFilter { Document = "121-KH/TU", Organization = "Trà Vinh" }, Today)
            .Single(o => o is { Comparator: ">", Value: 90, Deadline: "2020" });
        Assert.Equal(ObligationStatuses.Met, goal.Status);
        var link = Assert.Single(goal.Links, l => l.Document.Citation == "276-BC/TU");
        Assert.True(link.Met);
        Assert.NotEqual("same_document", link.Via);
        Assert.Contains("chi bộ riêng", link.Sentence);
        Assert.Contains("ấp", link.Similarity!.Shared);
    }

    [Fact]
    public void Ids_are_stable_and_name_the_stating_document()
    {
        var all = corpus.Snapshot.All(new ObligationFilter(), Today);
        Assert.Equal(all.Count, all.Select(o => o.Id).Distinct().Count());
        var any = all[all.Count / 2];
        Assert.StartsWith((any.StatedIn ?? any.Document).Id + "~", any.Id);
        Assert.Equal(any.Subject, corpus.Snapshot.Find(any.Id, Today)!.Subject);
    }

    [Fact]
    public void Results_are_never_linked_from_documents_older_than_the_goal()
    {
        foreach (var o in corpus.Snapshot.Obligations)
            foreach (var l in o.Links.Where(l => l.Kind == LinkKinds.Result && l.Document.Date is not null && o.Document.Date is not null))
                Assert.True(string.CompareOrdinal(l.Document.Date, o.Document.Date) >= 0 || l.Document.Id == o.StatedIn?.Id, $"{o.Id} ← {l.Document.Id}");
    }

    [Fact]
    public void A_result_measured_against_another_named_goal_is_not_linked()
    {
        // The Kon Tum report's "đạt 98,44% chỉ tiêu Nghị quyết Đại hội XV Đảng bộ tỉnh" is not about 03-NQ/TU's yearly 1.000.
        var goal = corpus.Snapshot.All(new ObligationFilter { Document = "03-NQ/TU", Organization = "Kon Tum" }, Today)
            .Single(o => o is { Value: 1000, Unit: "đảng viên" });
        Assert.DoesNotContain(goal.Links, l => l.PercentOfTarget == 98.44);
        // The provincial news of the three-year review: "kết nạp 3.185 đảng viên", over the goal.
        Assert.Contains(goal.Links, l => l.Document.Id.StartsWith("sample:bao-chi:kon-tum:", StringComparison.Ordinal) && l.Met == true && l.Value == 3185);
        Assert.Equal(ObligationStatuses.Met, goal.Status);
    }

    [Fact]
    public void News_reports_set_no_obligations_of_their_own()
    {
        var all = corpus.Snapshot.All(new ObligationFilter(), Today);
        Assert.DoesNotContain(all, o => o.Document.Kind == "Tin bài");
        // … but the goals they quote are listed under the documents they name.
        Assert.Contains(all, o => o.StatedIn?.Kind == "Tin bài");
    }

    [Fact]
    public void Expelled_members_do_not_measure_an_admission_goal()
    {
        var goal = corpus.Snapshot.All(new ObligationFilter { Document = "45-KH/HU", Organization = "Trà Vinh" }, Today)
            .Single(o => o is { Value: 360, Unit: "đảng viên" });
        Assert.NotEmpty(goal.Links);
        Assert.All(goal.Links.Where(l => l.Kind == LinkKinds.Result), l => Assert.Contains("nạp", l.Subject ?? l.Sentence));
    }
}
