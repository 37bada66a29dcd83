using NodaTime;
using Wsp.Sdk.Ambitions;
using Wsp.Sdk.Counting;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Tests.Support;

namespace Wsp.Sdk.Tests.ManagementInformation;

public sealed class AmbitionRealisationTests
{
    private static readonly PlacementAmbitionTable s_table = PlacementAmbitions.Haaglanden2015;

    [Theory]
    [InlineData("GM0518", 1728)]
    [InlineData("GM0503", 400)]
    [InlineData("GM0603", 450)]
    [InlineData("GM1783", 180)]
    [InlineData("UWV", 2177)]
    public void H4_the_seed_totals_per_partner_reproduce_in_the_report(string partner, int total)
    {
        var report = AmbitionRealisation.Compute(s_table, []);
        Assert.Equal(total, report.TotalFor(BookingPartner.Parse(partner)).Ambition);
        Assert.Equal(0, report.TotalFor(BookingPartner.Parse(partner)).Realised);
    }

    [Fact]
    public void H4_the_region_total_is_4935_and_the_unnamed_row_1134_kept_unnamed()
    {
        var report = AmbitionRealisation.Compute(s_table, []);
        Assert.Equal(4935, report.TotalAmbition);
        Assert.Equal((1134, 0), report.TotalForSector("UNNAMED"));
        Assert.Equal(50, report.Cells.Count);
        Assert.Equal("ambition-realisation/1", report.Figure.ToString());
        Assert.Equal("placements-flow/1", report.Definition.ToString());
    }

    [Fact]
    public void H4_realisation_per_sector_and_partner_equals_an_independent_count_of_the_year()
    {
        var placements = RandomPlacements.Generate(3000, seed: 4935);
        var report = AmbitionRealisation.Compute(s_table, placements);

        var inYear = placements.Where(p => p.Region.Code == s_table.Region && p.Start.Year == 2015).ToArray();
        foreach (var cell in report.Cells)
        {
            Assert.Equal(inYear.Count(p => p.SectorCode == cell.SectorCode && p.BookingPartner == cell.Partner), cell.Realised);
            Assert.Equal(s_table.For(cell.SectorCode, cell.Partner), cell.Ambition);
        }

        var inTable = inYear.Count(p => s_table.Classification.Find(p.SectorCode) is not null && s_table.Partners.Contains(p.BookingPartner));
        Assert.Equal(inTable, report.TotalRealised);
        Assert.Equal(inYear.Length - inTable, report.OutsideTable);
        Assert.True(report.OutsideTable > 0);
        Assert.Equal(inYear.Count(p => p.BookingPartner == BookingPartner.Uwv && s_table.Classification.Find(p.SectorCode) is not null), report.TotalFor(BookingPartner.Uwv).Realised);
    }

    [Fact]
    public async Task H4_grouped_counts_fed_in_give_the_same_report_as_the_placements()
    {
        var placements = RandomPlacements.Generate(500, seed: 2015);
        var flow = PlacementsFlow.Count(placements, AmbitionRealisation.PeriodOf(s_table), AmbitionRealisation.Dimensions | PlacementDimensions.Employer);
        var fromCounts = AmbitionRealisation.Compute(s_table, flow);
        var streamed = await AmbitionRealisation.ComputeAsync(s_table, placements.ToAsyncEnumerable());

        Assert.Equal(streamed.Cells, fromCounts.Cells);
        Assert.Equal(streamed.OutsideTable, fromCounts.OutsideTable);
    }

    [Fact]
    public void H4_counts_of_another_year_or_without_the_partner_dimension_are_refused()
    {
        var wrongYear = PlacementsFlow.Count([], new DateInterval(new LocalDate(2016, 1, 1), new LocalDate(2016, 12, 31)), AmbitionRealisation.Dimensions);
        Assert.Throws<ArgumentException>(() => AmbitionRealisation.Compute(s_table, wrongYear));
        var noPartner = PlacementsFlow.Count([], AmbitionRealisation.PeriodOf(s_table), PlacementDimensions.Region | PlacementDimensions.Sector);
        Assert.Throws<ArgumentException>(() => AmbitionRealisation.Compute(s_table, noPartner));
        var byGroup = PlacementsFlow.Count([new APlacement()], AmbitionRealisation.PeriodOf(s_table), AmbitionRealisation.Dimensions | PlacementDimensions.TargetGroup);
        Assert.Throws<ArgumentException>(() => AmbitionRealisation.Compute(s_table, byGroup));
    }
}
