using CsCheck;
using NodaTime;
using Wsp.Sdk.Ambitions;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Disclosure;
using Wsp.Sdk.Geography;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.RegionalProjects;
using Wsp.Sdk.TargetGroups;
using Wsp.Sdk.Tests.Support;

namespace Wsp.Sdk.Tests.ManagementInformation;

/// <summary>
/// The one suppression of every figure (onderdrukking kleine aantallen; DESIGN.md, Security model: the ministry reads
/// aggregates only, never a single placement), shared by the ministry's extracts and the gateway: which table a figure
/// forms, and that its groups carry exactly that table's published or withheld counts.
/// </summary>
public sealed class SuppressedFiguresTests
{
    private static readonly SmallCountSuppression s_five = new();
    private static readonly LocalDate s_date = new(2015, 12, 31);
    private static readonly DateInterval s_2015 = new(new LocalDate(2015, 1, 1), new LocalDate(2015, 12, 31));
    private static readonly IReadOnlyList<Wsp.Sdk.Placements.Placement> s_placements = RandomPlacements.Generate(240, seed: 66);

    [Theory]
    [InlineData(PlacementDimensions.Region | PlacementDimensions.Sector)]
    [InlineData(PlacementDimensions.Employer)]
    [InlineData(PlacementDimensions.Region | PlacementDimensions.Employer | PlacementDimensions.Partner)]
    [InlineData(PlacementDimensions.Sector | PlacementDimensions.TargetGroup)]
    [InlineData(PlacementDimensions.None)]
    public void Ministry_no_group_of_a_placements_flow_publishes_a_count_below_the_threshold(PlacementDimensions by)
    {
        var flow = PlacementsFlow.Count(s_placements, s_2015, by);
        var figure = SuppressedFigures.Of(flow, s_five);

        Assert.Equal(flow.Groups, figure.Groups.Select(g => g.Group));
        Assert.All(figure.Groups, g => Assert.True(g.Count is null ? g.IsSuppressed : g.Count >= 5 && g.Count == g.Group.Placements));
        Assert.All(figure.Entries, e => Assert.True(e.Count is null || e.Count == 0 || e.Count >= 5));
        Assert.Equal(flow.Groups.Any(g => g.Placements < 5), figure.Groups.Any(g => g.Suppression == SuppressionKind.SmallCount));
    }

    [Fact]
    public void H6_a_breakdowns_table_is_all_but_the_last_dimension_by_the_last_as_the_extract_writes_it()
    {
        var by = PlacementDimensions.Region | PlacementDimensions.Sector | PlacementDimensions.Partner;
        var breakdown = JobAgreementBreakdown.Count(s_placements, s_date, by);
        var figure = SuppressedFigures.Of(breakdown, s_five);

        var cells = breakdown.Groups.Select(g => new SuppressionCell($"{g.Group.Region}\u001F{g.Group.SectorCode}", g.Group.Partner!.Value.ToString(), g.WorkingPersons, g.HoursPerWeek));
        var expected = s_five.Apply(cells);
        Assert.Equal(expected, figure.Entries);
        Assert.Equal(expected.Single(e => e.Row is null && e.Column is null), figure.Total);
        foreach (var group in figure.Groups)
        {
            Assert.Equal(expected.Single(e => e.Row == group.Row && e.Column == group.Column) is var e ? (e.Count, e.Measure, e.Suppression) : default, (group.Count, group.Measure, group.Suppression));
        }

        Assert.Contains(figure.Groups, g => g.IsSuppressed);
    }

    [Fact]
    public void Security_every_grouping_of_a_flow_is_the_table_of_its_labels_all_but_the_last_dimension_by_the_last()
    {
        // The figure finds its rows and columns by index; the reference labels every group as the extracts show it.
        var years = new DateInterval(new LocalDate(2014, 1, 1), new LocalDate(2016, 12, 31));
        Gen.Select(Gen.Int[0, 63], Gen.Int[1, 100_000], Gen.Int[10, 400]).Sample((mask, seed, count) =>
        {
            var by = (PlacementDimensions)mask;
            var flow = PlacementsFlow.Count(RandomPlacements.Generate(count, seed), years, by);

            var figure = SuppressedFigures.Of(flow, s_five);

            var cells = flow.Groups.Select(g => Labelled(g.Group, by, g.Placements)).ToArray();
            var expected = s_five.Apply(cells);
            Assert.Equal(expected, figure.Entries);
            Assert.Equal(cells.Select(c => (c.Row, c.Column)), figure.Groups.Select(g => (g.Row, g.Column)));
            foreach (var group in figure.Groups)
            {
                var entry = expected.Single(e => e.Row == group.Row && e.Column == group.Column);
                Assert.Equal((entry.Count, entry.Measure, entry.Suppression), (group.Count, group.Measure, group.Suppression));
                Assert.Equal(expected.Single(e => e.Row == group.Row && e.Column is null), figure.RowTotal(group.Row));
                Assert.Equal(expected.Single(e => e.Row is null && e.Column == group.Column), figure.ColumnTotal(group.Column));
            }
        }, iter: 150);
    }

    [Fact]
    public void H6_a_withheld_groups_hours_and_with_them_its_jobs_are_withheld_too()
    {
        var figure = SuppressedFigures.Of(JobAgreementBreakdown.Count(s_placements, s_date, PlacementDimensions.Employer | PlacementDimensions.Partner), s_five);

        var withheld = figure.Groups.Where(g => g.IsSuppressed).ToArray();
        Assert.NotEmpty(withheld);
        Assert.All(withheld, g => Assert.Equal((null, null), (g.Count, g.Measure)));
        Assert.All(figure.Groups.Where(g => !g.IsSuppressed), g => Assert.Equal((g.Group.WorkingPersons, g.Group.HoursPerWeek), (g.Count!.Value, g.Measure!.Value)));
    }

    [Fact]
    public void Security_the_job_agreement_stock_is_region_by_employer_kind_with_honest_totals()
    {
        var stock = JobAgreementJobs.Count(s_placements, s_date);
        var figure = SuppressedFigures.Of(stock, s_five);

        Assert.All(figure.Groups, g => Assert.Equal((g.Group.Region.ToString(), g.Group.EmployerKind == Wsp.Sdk.Employers.EmployerKind.Market ? "MARKET" : "GOVERNMENT"), (g.Row, g.Column)));
        Assert.True(figure.Total.Count is null || figure.Total.Count == stock.WorkingPersons);
        Assert.True(figure.Total.Measure is null || figure.Total.Measure == stock.HoursPerWeek);
    }

    [Fact]
    public void Security_with_threshold_one_nothing_is_withheld_and_every_entry_is_the_suppressions_own()
    {
        var breakdown = JobAgreementBreakdown.Count(s_placements, s_date, PlacementDimensions.Sector | PlacementDimensions.Employer);
        var one = new SmallCountSuppression(1);
        var figure = SuppressedFigures.Of(breakdown, one);

        Assert.All(figure.Groups, g => Assert.Equal((g.Group.WorkingPersons, g.Group.HoursPerWeek, SuppressionKind.None), (g.Count!.Value, g.Measure!.Value, g.Suppression)));
        Assert.Equal(breakdown.WorkingPersons, figure.Total.Count);
        Assert.All(figure.Entries, e => Assert.False(e.IsSuppressed));
    }

    [Fact]
    public void H4_realised_placements_are_withheld_per_sector_and_partner_ambitions_never_and_the_ratios_are_on_the_report()
    {
        var table = PlacementAmbitions.Haaglanden2015;
        var report = AmbitionRealisation.Compute(table, RandomPlacements.Generate(400, seed: 44, firstYear: 2015, years: 1));
        var figure = SuppressedFigures.Of(report, s_five);

        Assert.Equal(report.Cells, figure.Groups.Select(g => g.Group));
        Assert.All(figure.Groups, g => Assert.Equal((g.Group.SectorCode, g.Group.Partner.ToString()), (g.Row, g.Column)));
        Assert.Contains(figure.Groups, g => g.IsSuppressed);
        Assert.All(figure.Groups.Where(g => g.Group.Realised == 0), g => Assert.Equal((0, SuppressionKind.None), (g.Count, g.Suppression)));
        Assert.Equal((decimal)report.TotalRealised / report.TotalAmbition, report.TotalRatio);
        var partner = report.Partners[0];
        Assert.Equal((decimal)report.TotalFor(partner).Realised / report.TotalFor(partner).Ambition, report.RatioFor(partner));
        var sector = report.Cells[0].SectorCode;
        Assert.Equal((decimal)report.TotalForSector(sector).Realised / report.TotalForSector(sector).Ambition, report.RatioForSector(sector));
        Assert.Equal(report.TotalRealised, figure.Total.Count ?? report.TotalRealised);
    }

    [Fact]
    public void H4_placements_outside_the_table_are_one_count_withheld_when_small()
    {
        var table = PlacementAmbitions.Haaglanden2015;
        var report = AmbitionRealisation.Compute(table, [new APlacement { Sector = "MINING", Start = new LocalDate(2015, 3, 1) }.Build()]);

        Assert.Equal(1, report.OutsideTable);
        Assert.Equal((null, SuppressionKind.SmallCount), SuppressedFigures.OutsideTable(report, s_five) is var e ? (e.Count, e.Suppression) : default);
        Assert.Equal((1, SuppressionKind.None), SuppressedFigures.OutsideTable(report, new SmallCountSuppression(1)) is var f ? (f.Count, f.Suppression) : default);
    }

    [Fact]
    public void H6_regional_projects_are_project_by_partner_and_a_projects_placements_its_row_total()
    {
        var region = RegionCode.Parse("AM21");
        var project = new RegionalProject("P-1", "Kassen", region, s_2015, [Wsp.Sdk.Employers.KvkNumber.Parse("12345678")], []);
        var counts = RegionalProjectPlacements.Count([project], s_placements);
        var figure = SuppressedFigures.Of(counts, s_five);

        Assert.Equal(counts[0].ByPartner.Keys.Select(k => k.ToString()).Order(StringComparer.Ordinal), figure.Groups.Select(g => g.Column));
        Assert.All(figure.Groups, g => Assert.Equal("P-1", g.Row));
        var total = figure.RowTotal("P-1");
        Assert.True(total.Count is null || total.Count == counts[0].Placements);
    }

    [Fact]
    public void H10_the_late_share_over_all_regions_is_on_the_report()
    {
        var report = new LateRegistrationReport(s_2015, [new LateRegistrationCount(RegionCode.Parse("AM21"), 8, 2), new LateRegistrationCount(RegionCode.Parse("AM18"), 2, 1)]);
        Assert.Equal(0.3m, report.LateShare);
        Assert.Equal(0m, new LateRegistrationReport(s_2015, []).LateShare);
    }

    // A group's row (all but the last dimension grouped by, joined by U+001F) and column (the last), as the extracts label them.
    private static SuppressionCell Labelled(PlacementGroupKey key, PlacementDimensions by, int count)
    {
        var values = new (PlacementDimensions Dimension, string Value)[]
        {
            (PlacementDimensions.Region, key.Region?.ToString() ?? ""),
            (PlacementDimensions.Sector, key.SectorCode ?? ""),
            (PlacementDimensions.TargetGroup, key.TargetGroup is { } g ? TargetGroupCodes.ToCode(g) : ""),
            (PlacementDimensions.Employer, key.Employer?.ToString() ?? ""),
            (PlacementDimensions.Partner, key.Partner?.ToString() ?? ""),
            (PlacementDimensions.Arrangement, key.ArrangementId ?? ""),
        }.Where(v => (by & v.Dimension) != 0).Select(v => v.Value).ToArray();
        return values.Length == 0
            ? new SuppressionCell("", "", count)
            : new SuppressionCell(string.Join('\u001F', values[..^1]), values[^1], count);
    }
}
