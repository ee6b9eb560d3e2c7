using Directives.Core.Obligations;

namespace Directives.Core.Tests.Obligations;

public sealed class ObligationStatusTests
{
    static readonly DateOnly Due2018 = ObligationStatus.EndOfYear(2018);

    [Theory]
    // as of,       deadline year, standing, expected
    [InlineData("2018-06-01", 2018, false, ObligationStatuses.Pending)]
    [InlineData("2018-11-15", 2018, false, ObligationStatuses.DueSoon)]
    [InlineData("2018-12-31", 2018, false, ObligationStatuses.DueSoon)]
    [InlineData("2019-01-01", 2018, false, ObligationStatuses.Overdue)]
    [InlineData("2030-01-01", 0, true, ObligationStatuses.Ongoing)]
    [InlineData("2030-01-01", 0, false, ObligationStatuses.Pending)]
    public void Without_a_report_the_deadline_decides(string asOf, int year, bool standing, string expected)
    {
        var state = ObligationStatus.For(year == 0 ? null : ObligationStatus.EndOfYear(year), standing, [], DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, state.Status);
        Assert.False(string.IsNullOrWhiteSpace(state.Reason));
    }

    [Fact]
    public void A_report_after_the_deadline_that_the_goal_was_missed_is_not_met()
    {
        var report = new Verdict(new DateOnly(2019, 11, 6), false, "54,12% so với mục tiêu > 60%");
        var state = ObligationStatus.For(Due2018, false, [report], new DateOnly(2020, 1, 1));
        Assert.Equal(ObligationStatuses.NotMet, state.Status);
        Assert.Contains("06/11/2019", state.Reason);
        Assert.Contains("54,12%", state.Reason);
    }

    [Fact]
    public void A_shortfall_before_the_deadline_is_progress_not_failure()
    {
        var midway = new Verdict(new DateOnly(2017, 6, 1), false, "45%");
        Assert.Equal(ObligationStatuses.Pending, ObligationStatus.For(Due2018, false, [midway], new DateOnly(2018, 1, 1)).Status);
        Assert.Equal(ObligationStatuses.Overdue, ObligationStatus.For(Due2018, false, [midway], new DateOnly(2019, 3, 1)).Status);
    }

    [Fact]
    public void A_goal_reached_early_is_met_and_reports_from_the_future_are_unknown()
    {
        var early = new Verdict(new DateOnly(2017, 6, 1), true, "vượt chỉ tiêu");
        Assert.Equal(ObligationStatuses.Met, ObligationStatus.For(Due2018, false, [early], new DateOnly(2017, 7, 1)).Status);
        Assert.Equal(ObligationStatuses.Pending, ObligationStatus.For(Due2018, false, [early], new DateOnly(2017, 5, 1)).Status);
    }

    [Fact]
    public void The_latest_report_wins_and_on_one_day_a_shortfall_outweighs_success()
    {
        var met = new Verdict(new DateOnly(2019, 11, 6), true, "100%");
        var missed = new Verdict(new DateOnly(2019, 11, 6), false, "54,12%");
        Assert.Equal(ObligationStatuses.NotMet, ObligationStatus.For(Due2018, false, [met, missed], new DateOnly(2020, 1, 1)).Status);
        var later = new Verdict(new DateOnly(2020, 5, 1), true, "62%");
        Assert.Equal(ObligationStatuses.Met, ObligationStatus.For(Due2018, false, [met, missed, later], new DateOnly(2021, 1, 1)).Status);
    }

    [Theory]
    [InlineData(">", 60, 54.12, false)]
    [InlineData(">", 60, 60, false)]
    [InlineData(">=", 70, 70, true)]
    [InlineData("=", 100, 100, true)]
    [InlineData("=", 100, 95.7, false)]
    [InlineData("range", 3, 3.5, true)]
    [InlineData("<", 5, 4.3, true)]
    public void Satisfies_reads_the_comparator(string comparator, double goal, double measured, bool expected)
        => Assert.Equal(expected, ObligationStatus.Satisfies(comparator, goal, measured));
}
