using CsCheck;
using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Placements;
using Wsp.Sdk.TargetGroups;
using Wsp.Sdk.Tests.Support;

namespace Wsp.Sdk.Tests.Counting;

public sealed class PlacementsFlowTests
{
    private static readonly DateInterval s_year2026 = new(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));

    [Fact]
    public void H3_a_placement_counts_once_in_the_period_it_starts_in_whatever_its_hours_or_length()
    {
        Placement[] placements =
        [
            new APlacement { Start = new LocalDate(2026, 1, 1), Hours = 4m },
            new APlacement { Start = new LocalDate(2026, 12, 31), Hours = 40m },
            new APlacement { Start = new LocalDate(2025, 12, 31), End = new LocalDate(2026, 6, 1) },
            new APlacement { Start = new LocalDate(2027, 1, 1) },
        ];
        var flow = PlacementsFlow.Count(placements, s_year2026);
        Assert.Equal(2, flow.Total);
        Assert.Equal("placements-flow/1", flow.Definition.ToString());
        Assert.Equal(PlacementDimensions.None, flow.Dimensions);
        var single = Assert.Single(flow.Groups);
        Assert.Equal(new PlacementGroupKey(null, null, null, null, null), single.Group);
    }

    [Fact]
    public void H6_placements_are_grouped_per_sector_and_partner()
    {
        Placement[] placements =
        [
            new APlacement { Sector = "RETAIL", Partner = "GM0503" },
            new APlacement { Sector = "RETAIL", Partner = "GM0503" },
            new APlacement { Sector = "ICT", Partner = "UWV", Groups = TargetGroupSet.Of(TargetGroup.WW) },
        ];
        var flow = PlacementsFlow.Count(placements, s_year2026, PlacementDimensions.Sector | PlacementDimensions.Partner);
        Assert.Equal(
            [("ICT", "UWV", 1), ("RETAIL", "GM0503", 2)],
            flow.Groups.Select(g => (g.Group.SectorCode!, g.Group.Partner.ToString()!, g.Placements)));
        Assert.All(flow.Groups, g => Assert.Null(g.Group.Region));
    }

    [Fact]
    public void H6_per_target_group_a_placement_counts_in_each_of_its_groups_and_the_total_stays_honest()
    {
        var flow = PlacementsFlow.Count(
            [new APlacement { Groups = TargetGroupSet.Of(TargetGroup.Participatiewet, TargetGroup.Banenafspraak) }],
            s_year2026,
            PlacementDimensions.TargetGroup);
        Assert.Equal(1, flow.Total);
        Assert.Equal([TargetGroup.Participatiewet, TargetGroup.Banenafspraak], flow.Groups.Select(g => g.Group.TargetGroup!.Value));
    }

    [Fact]
    public void H6_grouping_per_region_and_employer_uses_the_establishment()
    {
        var flow = PlacementsFlow.Count(
            [new APlacement { Municipality = "GM0457", Partner = "GM0363", Employer = "00000042" }],
            s_year2026,
            PlacementDimensions.Region | PlacementDimensions.Employer);
        var group = Assert.Single(flow.Groups).Group;
        Assert.Equal("AM18", group.Region.ToString());
        Assert.Equal("00000042", group.Employer.ToString());
    }

    [Fact]
    public void A_placement_counts_in_a_period_that_starts_or_ends_on_its_start_date() =>
        Check.Sample(Generators.Placement, placement =>
        {
            Assert.Equal(1, PlacementsFlow.Count([placement], new DateInterval(placement.Start, placement.Start.PlusDays(30))).Total);
            Assert.Equal(1, PlacementsFlow.Count([placement], new DateInterval(placement.Start.PlusDays(-30), placement.Start)).Total);
            Assert.Equal(0, PlacementsFlow.Count([placement], new DateInterval(placement.Start.PlusDays(1), placement.Start.PlusDays(30))).Total);
        });

    [Fact]
    public void Splitting_the_input_never_changes_the_group_counts() =>
        Check.Sample(Gen.Select(Generators.Placement.Array[0, 100], Generators.Placement.Array[0, 100]), (left, right) =>
        {
            const PlacementDimensions by = PlacementDimensions.Region | PlacementDimensions.Sector | PlacementDimensions.TargetGroup;
            var period = new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2026, 6, 30));
            var whole = PlacementsFlow.Count(left.Concat(right), period, by);
            var merged = PlacementsFlow.Count(left, period, by).Groups
                .Concat(PlacementsFlow.Count(right, period, by).Groups)
                .GroupBy(g => g.Group)
                .ToDictionary(g => g.Key, g => g.Sum(c => c.Placements));
            Assert.Equal(merged.OrderBy(p => p.Key.ToString()), whole.Groups.ToDictionary(g => g.Group, g => g.Placements).OrderBy(p => p.Key.ToString()));
            Assert.Equal(left.Concat(right).Count(p => period.Contains(p.Start)), whole.Total);
        });

    [Fact]
    public Task Counting_a_stream_gives_the_same_result_as_counting_a_list() =>
        Check.SampleAsync(Generators.Placement.Array[0, 100], async placements =>
        {
            var period = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2027, 12, 31));
            var expected = PlacementsFlow.Count(placements, period, PlacementDimensions.Partner);
            var actual = await PlacementsFlow.CountAsync(placements.ToAsyncEnumerable(), period, PlacementDimensions.Partner);
            Assert.Equal(expected.Groups, actual.Groups);
            Assert.Equal(expected.Total, actual.Total);
        }, iter: 20);

    [Fact]
    public void H6_the_starts_read_by_employer_give_the_flow_by_employer_of_their_placements() =>
        Check.Sample(Generators.Placement.Array[0, 60], placements =>
        {
            // What a store does by employer: one cell per starts cell, date and employer, carrying the employer.
            var cells = placements
                .GroupBy(p => (Key: PlacementStarts.KeyOf(p), p.Start, p.Employer))
                .Select(g => new PlacementStartsCell(g.Key.Key, g.Key.Start, g.Count(), RecordKey.Sum(g.Select(p => RecordKey.Of(p.Id)))) { Employer = g.Key.Employer })
                .ToList();
            var period = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2026, 12, 31));
            foreach (var by in new[] { PlacementDimensions.Employer, PlacementDimensions.Region | PlacementDimensions.Employer | PlacementDimensions.TargetGroup })
            {
                var expected = PlacementsFlow.Count(placements, period, by);
                var actual = PlacementStarts.Count(cells, period, by);
                Assert.Equal(expected.Groups, actual.Groups);
                Assert.Equal(expected.Total, actual.Total);
            }
        });

    [Fact]
    public void H6_a_flow_by_employer_refuses_starts_read_without_their_employer()
    {
        var placement = new APlacement { Start = new LocalDate(2026, 3, 1), Employer = "00000042" }.Build();
        var cell = new PlacementStartsCell(PlacementStarts.KeyOf(placement), placement.Start, 2, 7u);

        // Such a cell may sum several employers' placements: counted under one, or under none, the figure would be wrong.
        var error = Assert.Throws<ArgumentException>(() => PlacementStarts.Count([cell], s_year2026, PlacementDimensions.Employer));
        Assert.Equal("cells", error.ParamName);
        Assert.Contains("read by employer", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, PlacementStarts.Count([cell], s_year2026, PlacementDimensions.Region).Total);

        // Outside the period the cell is not counted, so not refused either.
        Assert.Equal(0, PlacementStarts.Count([cell], new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)), PlacementDimensions.Employer).Total);
    }

    [Fact]
    public void Bad_input_gives_typed_argument_errors()
    {
        Assert.Throws<ArgumentNullException>(() => PlacementsFlow.Count(null!, s_year2026));
        Assert.Throws<ArgumentNullException>(() => PlacementsFlow.Count([], null!));
        Assert.Throws<ArgumentException>(() => PlacementsFlow.Count([], s_year2026, (PlacementDimensions)64));
        Assert.Throws<ArgumentException>(() => PlacementsFlow.Count([null!], s_year2026));
    }
}
