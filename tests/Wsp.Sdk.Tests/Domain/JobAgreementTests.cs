using NodaTime;
using Wsp.Sdk.JobAgreements;

namespace Wsp.Sdk.Tests.Domain;

public sealed class JobAgreementTests
{
    [Theory]
    [InlineData(25.5, 1)]
    [InlineData(12.75, 0.5)]
    [InlineData(51, 2)]
    [InlineData(0, 0)]
    public void H2_one_job_is_25_5_paid_hours_a_week_and_smaller_jobs_count_pro_rata(decimal hours, decimal jobs)
    {
        Assert.Equal(jobs, JobAgreement.ToJobs(hours));
        Assert.Equal(hours, JobAgreement.ToHours(jobs));
    }

    [Fact]
    public void Negative_hours_or_jobs_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => JobAgreement.ToJobs(-1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => JobAgreement.ToHours(-0.5m));
    }

    [Fact]
    public void H2_Haaglanden_aims_for_1400_jobs_by_end_2016_710_market_690_government()
    {
        var target = JobAgreementTargets.Haaglanden2016;
        Assert.Equal("AM21", target.Region.ToString());
        Assert.Equal(new LocalDate(2016, 12, 31), target.Deadline);
        Assert.Equal(710, target.Market);
        Assert.Equal(690, target.Government);
        Assert.Equal(1400, target.Total);
    }

    [Theory]
    [InlineData(2015, 6_000, 3_000, true)]
    [InlineData(2016, 14_000, 6_500, true)]
    [InlineData(2018, 31_000, 12_500, false)]
    [InlineData(2023, 80_000, 25_000, true)]
    [InlineData(2024, 90_000, 25_000, false)]
    [InlineData(2025, 100_000, 25_000, true)]
    public void The_national_targets_are_data_and_say_which_the_sources_confirm(int year, int market, int government, bool confirmed)
    {
        var target = JobAgreementTargets.NationalFor(year)!;
        Assert.Null(target.Region);
        Assert.Equal((market, government, confirmed), (target.Market, target.Government, target.ConfirmedBySources));
    }

    [Fact]
    public void National_targets_cover_2015_to_2025_and_never_decrease()
    {
        Assert.Equal(Enumerable.Range(2015, 11), JobAgreementTargets.National.Select(t => t.Deadline.Year));
        Assert.Null(JobAgreementTargets.NationalFor(2014));

        // After the schedule the 125,000 of end 2025 continues, unconfirmed, naming the deadline it carries forward.
        var after = JobAgreementTargets.NationalFor(2026)!;
        Assert.Equal((new LocalDate(2026, 12, 31), 125_000, false, new LocalDate(2025, 12, 31)), (after.Deadline, after.Total, after.ConfirmedBySources, after.CarriedForwardFrom));
        var totals = JobAgreementTargets.National.Select(t => t.Total).ToArray();
        Assert.Equal(totals.Order(), totals);
        Assert.Equal(125_000, JobAgreementTargets.National[^1].Total);
    }

    [Fact]
    public void The_baseline_is_end_December_2012() =>
        Assert.Equal(new LocalDate(2012, 12, 31), JobAgreement.BaselineDate);
}
