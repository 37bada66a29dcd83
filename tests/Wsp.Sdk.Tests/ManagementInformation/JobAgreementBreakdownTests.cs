using CsCheck;
using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.Placements;
using Wsp.Sdk.TargetGroups;
using Wsp.Sdk.Tests.Support;

namespace Wsp.Sdk.Tests.ManagementInformation;

public sealed class JobAgreementBreakdownTests
{
    private static readonly LocalDate s_date = new(2015, 12, 31);

    [Theory]
    [InlineData(PlacementDimensions.Sector)]
    [InlineData(PlacementDimensions.Employer)]
    [InlineData(PlacementDimensions.Partner)]
    [InlineData(PlacementDimensions.Sector | PlacementDimensions.Employer | PlacementDimensions.Partner | PlacementDimensions.Region)]
    public void H6_job_agreement_jobs_per_sector_employer_and_partner_add_up_to_the_definition(PlacementDimensions by)
    {
        var placements = RandomPlacements.Generate(3000, seed: 1400);
        var breakdown = JobAgreementBreakdown.Count(placements, s_date, by);
        var definition = JobAgreementJobs.Count(placements, s_date);

        Assert.Equal(definition.HoursPerWeek, breakdown.HoursPerWeek);
        Assert.Equal(definition.Jobs, breakdown.Jobs);
        Assert.Equal(definition.WorkingPersons, breakdown.WorkingPersons);
        foreach (var group in breakdown.Groups)
        {
            var members = placements.Where(p =>
                (group.Group.SectorCode is null || p.SectorCode == group.Group.SectorCode)
                && (group.Group.Employer is null || p.Employer == group.Group.Employer)
                && (group.Group.Partner is null || p.BookingPartner == group.Group.Partner)
                && (group.Group.Region is null || p.Region.Code == group.Group.Region)).ToArray();
            var independent = JobAgreementJobs.Count(members, s_date);
            Assert.Equal((independent.HoursPerWeek, independent.WorkingPersons), (group.HoursPerWeek, group.WorkingPersons));
        }
    }

    [Fact]
    public void H3_H6_each_row_and_column_of_a_breakdown_and_its_total_hold_every_hour_and_key_of_theirs_and_each_person_once() =>
        Check.Sample(Gen.Select(Generators.PlacementOfFewPersons.Array[0, 150], Generators.Date), (placements, date) =>
        {
            const PlacementDimensions by = PlacementDimensions.Sector | PlacementDimensions.Partner;
            var table = JobAgreementBreakdown.Count(placements, date, by).Table;
            var dimensions = PlacementTableAxes.InOrder(by);
            var active = placements
                .Where(p => p.TargetGroups.Contains(TargetGroup.Banenafspraak))
                .Where(p => p.Start <= date && (p.End is null || p.End >= date))
                .ToArray();

            Assert.Equal(TallyOf(active), table.Grand);
            var sectors = active.Select(p => p.SectorCode).Distinct().ToArray();
            Assert.Equal(sectors.Length, table.Rows.Count);
            foreach (var sector in sectors)
            {
                var row = PlacementTableAxes.RowLabel(new PlacementGroupKey(null, sector, null, null, null), dimensions);
                Assert.Equal(TallyOf(active.Where(p => p.SectorCode == sector)), table.Rows[row]);
            }

            var partners = active.Select(p => p.BookingPartner).Distinct().ToArray();
            Assert.Equal(partners.Length, table.Columns.Count);
            foreach (var partner in partners)
            {
                var column = PlacementTableAxes.ColumnLabel(new PlacementGroupKey(null, null, null, null, partner), dimensions);
                Assert.Equal(TallyOf(active.Where(p => p.BookingPartner == partner)), table.Columns[column]);
            }
        });

    [Fact]
    public async Task H6_the_breakdown_streams_and_names_its_definition()
    {
        APlacement[] placements = [new() { Hours = 25.5m, Sector = "ICT" }, new() { Hours = 12.75m, Sector = "ICT" }, new() { Hours = 20m, Start = new LocalDate(2027, 1, 1) }];
        var result = await JobAgreementBreakdown.CountAsync(placements.Select(p => p.Build()).ToAsyncEnumerable(), new LocalDate(2026, 6, 1), PlacementDimensions.Sector);
        var ict = Assert.Single(result.Groups);
        Assert.Equal(("ICT", 1.5m, 2), (ict.Group.SectorCode, ict.Jobs, ict.WorkingPersons));
        Assert.Equal("job-agreement-jobs/2", result.Definition.ToString());
        Assert.Equal("job-agreement-breakdown/1", result.Figure.ToString());
    }

    [Fact]
    public void H6_jobs_are_not_split_over_target_groups()
    {
        Assert.Throws<ArgumentException>(() => JobAgreementBreakdown.Count([], s_date, PlacementDimensions.TargetGroup));
    }

    /// <summary>The tally of some jobs by the definition's text: distinct persons (H3), the sum of their record keys and of their hours.</summary>
    private static Tally TallyOf(IEnumerable<Placement> jobs) => Tally.Of(
        jobs.Select(p => (p.BookingPartner, p.Candidate.Value)).Distinct().Count(),
        unchecked((uint)jobs.Aggregate(0UL, (sum, p) => sum + RecordKey.Of(p.Id))),
        jobs.Sum(p => p.HoursPerWeek));
}
