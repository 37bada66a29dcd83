using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Disclosure;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Tests.ManagementInformation;

namespace Wsp.Sdk.Tests.Disclosure;

/// <summary>
/// The cell key method the ministry's figures are disclosed by (DESIGN.md, Disclosure to the ministry;
/// docs/disclosure.md): the published perturbation table, the record keys, and what a disclosed count is.
/// </summary>
public sealed class CellKeyMethodTests
{
    private static readonly FigureDisclosure s_cellKey = FigureDisclosure.CellKey();
    private static readonly DateInterval s_2015 = new(new LocalDate(2015, 1, 1), new LocalDate(2015, 12, 31));

    [Fact]
    public void The_perturbation_table_covers_every_cell_key_once_with_noise_from_minus_15_to_15()
    {
        var rows = PerturbationTable.Default.Rows;
        Assert.Equal(Enumerable.Range(-15, 31), rows.Select(r => r.Noise));
        Assert.Equal(0u, rows[0].FirstKey);
        Assert.Equal(uint.MaxValue, rows[^1].LastKey);
        for (var i = 1; i < rows.Count; i++)
        {
            Assert.Equal((long)rows[i - 1].LastKey + 1, rows[i].FirstKey);
        }

        Assert.Equal(1L << 32, rows.Sum(r => (long)r.LastKey - r.FirstKey + 1));
        Assert.InRange(rows.Single(r => r.Noise == 0).Probability, 0.59m, 0.61m);
        Assert.All(rows.Where(r => r.Noise > 0), r => Assert.Equal(r.Probability, rows.Single(o => o.Noise == -r.Noise).Probability));
        Assert.All(rows, r => Assert.True(r.LastKey >= r.FirstKey, "every noise up to 15 either way has at least one key"));
    }

    [Fact]
    public void The_noise_a_key_selects_is_its_rows()
    {
        foreach (var row in PerturbationTable.Default.Rows)
        {
            Assert.Equal(row.Noise, PerturbationTable.Default.NoiseOf(row.FirstKey));
            Assert.Equal(row.Noise, PerturbationTable.Default.NoiseOf(row.LastKey));
        }
    }

    [Fact]
    public void A_record_key_is_fixed_by_the_record_id_and_a_cell_key_by_its_records_whatever_their_order()
    {
        Assert.Equal(RecordKey.Of("P-2015-000001"), RecordKey.Of("P-2015-000001"));
        Assert.NotEqual(RecordKey.Of("P-2015-000001"), RecordKey.Of("P-2015-000002"));
        var keys = Enumerable.Range(0, 50).Select(i => RecordKey.Of($"P{i}")).ToArray();
        Assert.Equal(RecordKey.Sum(keys), RecordKey.Sum(keys.Reverse()));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Security_a_count_below_5_zero_included_is_withheld_from_the_ministry(int count)
    {
        for (var key = 0u; key < 4_000_000_000u; key += 97_000_001u)
        {
            var (shown, measure, kind) = s_cellKey.Disclose(Tally.Of(count, key, count * 25.5m));
            Assert.Null(shown);
            Assert.Null(measure);
            Assert.Equal(SuppressionKind.SmallCount, kind);
        }
    }

    [Fact]
    public void Security_a_published_count_is_the_count_plus_its_keys_noise_and_never_below_5()
    {
        for (var key = 0u; key < 4_000_000_000u; key += 13_000_003u)
        {
            foreach (var count in new[] { 5, 6, 9, 40, 1000 })
            {
                var (shown, _, kind) = s_cellKey.Disclose(Tally.Of(count, key));
                var expected = count + PerturbationTable.Default.NoiseOf(key);
                Assert.Equal(expected < 5 ? null : expected, shown);
                Assert.Equal(expected < 5 ? SuppressionKind.SmallCount : SuppressionKind.None, kind);
            }
        }
    }

    [Fact]
    public void Partners_see_every_count_exact()
    {
        var disclosure = FigureDisclosure.For(PartnerIdentity.Uwv);
        Assert.Equal(FigureDisclosure.ExactMethod, disclosure.Method);
        Assert.Empty(disclosure.Parameters);
        Assert.Equal((2, 51m, SuppressionKind.None), disclosure.Disclose(Tally.Of(2, 12345u, 51m)));
    }

    [Fact]
    public void The_ministry_is_disclosed_by_the_cell_key_method_with_its_parameters_named()
    {
        var disclosure = FigureDisclosure.For(PartnerIdentity.Ministry);
        Assert.Equal("cell-key/1", disclosure.Method);
        var parameters = disclosure.Parameters.ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal("5", parameters["threshold"]);
        Assert.Equal(PerturbationTable.Default.Id, parameters["perturbationTable"]);
        Assert.Equal("not offered", parameters["whatIf"]);
    }

    [Fact]
    public void Hours_move_with_the_published_count_by_less_than_one_units_share()
    {
        for (var key = 1u; key < 4_000_000_000u; key += 31_000_007u)
        {
            var (shown, measure, _) = s_cellKey.Disclose(Tally.Of(20, key, 20 * 25.5m));
            Assert.InRange(measure!.Value, (shown!.Value - 1) * 25.5m, (shown.Value + 1) * 25.5m);
        }
    }

    [Fact]
    public void Security_averaging_repeated_asks_gains_nothing_the_same_cell_always_gets_the_same_answer()
    {
        var placements = RandomPlacements.Generate(600, seed: 16);
        var by = PlacementDimensions.Region | PlacementDimensions.Sector;
        var first = s_cellKey.Disclose(PlacementsFlow.Count(placements, s_2015, by));
        var again = s_cellKey.Disclose(PlacementsFlow.Count(placements.Reverse(), s_2015, by));
        Assert.Equal(first.Entries, again.Entries);
    }

    [Fact]
    public void Security_a_region_filter_gives_the_same_answer_as_the_regions_group_in_the_national_figure()
    {
        var placements = RandomPlacements.Generate(600, seed: 17);
        var national = s_cellKey.Disclose(PlacementsFlow.Count(placements, s_2015, PlacementDimensions.Region));
        foreach (var group in national.Groups)
        {
            var region = group.Group.Group.Region!.Value;
            var filtered = s_cellKey.Disclose(PlacementsFlow.Count(placements.Where(p => p.Region.Code == region), s_2015, PlacementDimensions.None));
            Assert.Equal(group.Count, filtered.Total.Count);
        }
    }

    [Theory]
    [InlineData(PlacementDimensions.Employer)]
    [InlineData(PlacementDimensions.Region | PlacementDimensions.Employer)]
    [InlineData(PlacementDimensions.Sector)]
    [InlineData(PlacementDimensions.None)]
    public void Security_no_group_is_listed_without_a_published_count_of_at_least_5(PlacementDimensions by)
    {
        // The first attack: a listed withheld group holds at least one, so "total minus the published groups"
        // over N listed withheld groups pinned each of them. Withheld groups are not listed at all.
        var flow = PlacementsFlow.Count(RandomPlacements.Generate(900, seed: 18), s_2015, by);
        var figure = s_cellKey.Disclose(flow);
        Assert.All(figure.Groups, g => Assert.True(g.Count >= 5 && !g.IsSuppressed, $"{g.Row}/{g.Column} listed as {g.Count}"));
        Assert.All(figure.Entries, e => Assert.True(e.IsSuppressed ? e.Count is null : e.Count >= 5));
        Assert.True(figure.Groups.Count <= flow.Groups.Count(g => g.Placements >= 5 - PerturbationTable.Default.MaxNoise));
    }

    [Fact]
    public void Security_the_ministrys_query_space_is_whole_months_quarters_and_years()
    {
        Assert.True(AggregateQuerySpace.IsPublishedPeriod(new DateInterval(new(2025, 4, 1), new(2025, 4, 30))));
        Assert.True(AggregateQuerySpace.IsPublishedPeriod(new DateInterval(new(2025, 4, 1), new(2025, 6, 30))));
        Assert.True(AggregateQuerySpace.IsPublishedPeriod(new DateInterval(new(2025, 1, 1), new(2025, 12, 31))));
        Assert.False(AggregateQuerySpace.IsPublishedPeriod(new DateInterval(new(2000, 1, 1), new(2020, 1, 3))));
        Assert.False(AggregateQuerySpace.IsPublishedPeriod(new DateInterval(new(2000, 1, 1), new(2020, 1, 2))));
        Assert.False(AggregateQuerySpace.IsPublishedPeriod(new DateInterval(new(2025, 2, 1), new(2025, 4, 30))));
        Assert.False(AggregateQuerySpace.IsPublishedPeriod(new DateInterval(new(2025, 1, 1), new(2026, 12, 31))));
        Assert.True(AggregateQuerySpace.IsPublishedDate(new LocalDate(2024, 2, 29)));
        Assert.False(AggregateQuerySpace.IsPublishedDate(new LocalDate(2024, 2, 28)));
        Assert.True(AggregateQuerySpace.IsPublishedGrouping(PlacementDimensions.Region | PlacementDimensions.Sector, regionFilter: false));
        Assert.True(AggregateQuerySpace.IsPublishedGrouping(PlacementDimensions.Employer, regionFilter: true));
        Assert.False(AggregateQuerySpace.IsPublishedGrouping(PlacementDimensions.Sector | PlacementDimensions.Employer, regionFilter: false));
        Assert.False(AggregateQuerySpace.IsPublishedGrouping(PlacementDimensions.Region | PlacementDimensions.Sector | PlacementDimensions.Partner, regionFilter: false));
    }
}
