using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.JobAgreements;
using Wsp.Sdk.Tests.Support;

namespace Wsp.Sdk.Tests.Counting;

public sealed class ExtraJobsAndCoverageTests
{
    [Fact]
    public void Extra_jobs_are_the_jobs_at_the_date_minus_the_baseline_per_employer_kind()
    {
        var stock = JobAgreementJobs.Count(
            [
                new APlacement { Hours = 51m, Kind = EmployerKind.Market },
                new APlacement { Hours = 25.5m, Kind = EmployerKind.Government },
            ],
            new LocalDate(2026, 1, 31));
        var baseline = new JobAgreementBaseline(JobAgreement.BaselineDate, marketJobs: 0.5m, governmentJobs: 2m);
        var extra = ExtraJobs.Compute(stock, baseline);
        Assert.Equal(1.5m, extra.Market);
        Assert.Equal(-1m, extra.Government);
        Assert.Equal(0.5m, extra.Total);
        Assert.Equal("extra-jobs/1", extra.Definition.ToString());
    }

    [Fact]
    public void The_baseline_must_lie_before_the_measuring_date_and_is_not_negative()
    {
        var stock = JobAgreementJobs.Count([], new LocalDate(2012, 12, 31));
        Assert.Throws<ArgumentException>(() => ExtraJobs.Compute(stock, new JobAgreementBaseline(JobAgreement.BaselineDate, 0m, 0m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new JobAgreementBaseline(JobAgreement.BaselineDate, -1m, 0m));
        Assert.Throws<ArgumentNullException>(() => ExtraJobs.Compute(stock, (JobAgreementBaseline)null!));
    }

    [Fact]
    public void H5_coverage_is_distinct_employers_of_ten_or_more_in_contact_over_all_of_them()
    {
        var totals = new Dictionary<string, int> { ["RETAIL"] = 4, ["ICT"] = 0, ["SECURITY"] = 10 };
        EmployerContact[] contacts =
        [
            new(KvkNumber.Parse("00000001"), "RETAIL", 10),
            new(KvkNumber.Parse("00000001"), "RETAIL", 12), // the same employer, contacted twice
            new(KvkNumber.Parse("00000002"), "RETAIL", 9),  // too small to count
            new(KvkNumber.Parse("00000003"), "RETAIL", 250),
            new(KvkNumber.Parse("00000004"), "ICT", 30),
        ];
        var coverage = CoverageRatio.Compute(totals, contacts);

        Assert.Equal(["ICT", "RETAIL", "SECURITY"], coverage.Select(c => c.SectorCode));
        Assert.Equal((1, 0, (decimal?)null), (coverage[0].EmployersInContact, coverage[0].EmployersInRegion, coverage[0].Ratio));
        Assert.Equal((2, 4, (decimal?)0.5m), (coverage[1].EmployersInContact, coverage[1].EmployersInRegion, coverage[1].Ratio));
        Assert.Equal(0m, coverage[2].Ratio);
        Assert.Equal("coverage-ratio/1", CoverageRatio.Definition.Id.ToString());
    }

    [Fact]
    public void H5_a_contact_in_a_sector_without_a_regional_total_is_refused_not_dropped()
    {
        var totals = new Dictionary<string, int> { ["RETAIL"] = 4 };
        Assert.Throws<ArgumentException>(() => CoverageRatio.Compute(totals, [new EmployerContact(KvkNumber.Parse("00000001"), "ICT", 20)]));
        Assert.Throws<ArgumentException>(() => CoverageRatio.Compute(new Dictionary<string, int> { ["RETAIL"] = -1 }, []));
        Assert.Throws<ArgumentException>(() => CoverageRatio.Compute(totals, [null!]));
    }

    [Fact]
    public void Every_shipped_definition_has_a_unique_stable_id()
    {
        Assert.Equal(
            ["placements-flow/1", "job-agreement-jobs/2", "extra-jobs/1", "coverage-ratio/1", "placement-durability/1"],
            CountingDefinition.All.Select(d => d.Id.ToString()));
        Assert.All(CountingDefinition.All, d => Assert.False(string.IsNullOrWhiteSpace(d.Description)));
    }
}
