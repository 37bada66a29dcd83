using System.Text.Json;
using NodaTime;
using Wsp.Gateway.Schema;
using Wsp.Sdk.Calendar;
using Wsp.Sdk.Counting;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Tests;

/// <summary>A figure's groups paged on the embedded SQLite store.</summary>
public sealed class SqliteFigureGroupPagingTests(ManagementInformationGateway gateway) : FigureGroupPagingTests(gateway), IClassFixture<ManagementInformationGateway>;

/// <summary>A figure's groups paged on the Cosmos DB store (the stand-in).</summary>
public sealed class CosmosFigureGroupPagingTests(CosmosManagementInformationGateway gateway) : FigureGroupPagingTests(gateway), IClassFixture<CosmosManagementInformationGateway>;

/// <summary>
/// The groups of a figure that can have as many groups as employers (the job-agreement breakdown and the placements
/// flow, rule H6) come in pages: <c>first</c> defaults to and is at most the gateway's group page size, the pages follow
/// the figure's one order, and together they are the whole figure.
/// </summary>
public abstract class FigureGroupPagingTests(ManagementInformationGateway gateway)
{
    private const string Breakdown = """
        query($at: String!, $first: Int, $after: String) { jobAgreementBreakdown(at: $at, by: [REGION, EMPLOYER]) {
          workingPersons groups(first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } items { region employerKvk workingPersons } } } }
        """;

    private const string Flow = """
        query($from: String!, $to: String!, $first: Int, $after: String) { placementsFlow(from: $from, to: $to, by: [REGION, EMPLOYER]) {
          total groups(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } items { region employerKvk placements } } } }
        """;

    private static readonly LocalDate s_today = DutchCalendar.DateOf(PartnerGateway.Now);

    [Fact]
    public async Task H6_a_breakdowns_groups_come_whole_by_default_in_the_figures_order()
    {
        var figure = await RunAsync(Breakdown, new { at = Iso.Date(s_today) }, "jobAgreementBreakdown");
        var expected = await JobAgreementBreakdown.CountAsync(gateway.Store.Placements.StreamAsync(PlacementFilter.ActiveOn(s_today)), s_today, PlacementDimensions.Region | PlacementDimensions.Employer);

        var groups = figure.GetProperty("groups");
        Assert.Equal(expected.Groups.Count, groups.GetProperty("totalCount").GetInt32());
        Assert.False(groups.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(expected.Groups.Select(g => $"{g.Group.Region}|{g.Group.Employer}|{g.WorkingPersons}"), Keys(groups, "workingPersons"));
    }

    [Fact]
    public async Task H6_a_breakdowns_pages_of_one_group_follow_each_other_to_the_whole_figure()
    {
        var whole = Keys((await RunAsync(Breakdown, new { at = Iso.Date(s_today) }, "jobAgreementBreakdown")).GetProperty("groups"), "workingPersons");
        Assert.True(whole.Count >= 2, "The fixture books placements in two regions.");

        var paged = new List<string>();
        string? after = null;
        bool more;
        do
        {
            var groups = (await RunAsync(Breakdown, new { at = Iso.Date(s_today), first = 1, after }, "jobAgreementBreakdown")).GetProperty("groups");
            var page = Keys(groups, "workingPersons");
            Assert.Single(page);
            Assert.Equal(after is not null, groups.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
            paged.AddRange(page);
            more = groups.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean();
            after = groups.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
        while (more);

        Assert.Equal(whole, paged);
    }

    [Fact]
    public async Task H6_a_flows_groups_are_paged_the_same_way_and_the_total_counts_every_page()
    {
        var period = new { from = Iso.Date(s_today.PlusDays(-60)), to = Iso.Date(s_today) };
        var first = await RunAsync(Flow, new { period.from, period.to, first = 1 }, "placementsFlow");
        var groups = first.GetProperty("groups");
        Assert.True(groups.GetProperty("totalCount").GetInt32() >= 2);
        Assert.True(groups.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        var rest = await RunAsync(Flow, new { period.from, period.to, after = groups.GetProperty("pageInfo").GetProperty("endCursor").GetString() }, "placementsFlow");
        var all = Keys(groups, "placements").Concat(Keys(rest.GetProperty("groups"), "placements")).ToList();
        Assert.Equal(groups.GetProperty("totalCount").GetInt32(), all.Count);
        Assert.Equal(first.GetProperty("total").GetInt32(), all.Sum(k => int.Parse(k.Split('|')[2], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_001)]
    [InlineData(-1)]
    public async Task H6_a_group_page_outside_one_to_the_limit_is_refused_not_clamped(int first)
    {
        var answer = await gateway.PostAsync(Breakdown, new { at = Iso.Date(s_today), first }, PartnerIdentity.NationalDesk);

        Assert.Equal(["BAD_USER_INPUT"], answer.ErrorCodes);
        Assert.Contains("'first'", answer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task H6_a_full_page_of_groups_passes_the_complexity_limit()
    {
        var figure = await RunAsync(Breakdown, new { at = Iso.Date(s_today), first = 10_000 }, "jobAgreementBreakdown");

        Assert.True(figure.GetProperty("groups").GetProperty("totalCount").GetInt32() >= 2);
    }

    [Fact]
    public async Task H6_a_cursor_of_no_page_is_refused()
    {
        var answer = await gateway.PostAsync(Breakdown, new { at = Iso.Date(s_today), after = "not a cursor" }, PartnerIdentity.NationalDesk);

        Assert.Equal(["BAD_USER_INPUT"], answer.ErrorCodes);
    }

    private static List<string> Keys(JsonElement groups, string count) =>
        [.. groups.GetProperty("items").EnumerateArray().Select(g => $"{g.GetProperty("region").GetString()}|{g.GetProperty("employerKvk").GetString()}|{g.GetProperty(count).GetInt32()}")];

    private async Task<JsonElement> RunAsync(string query, object variables, string field)
    {
        var answer = await gateway.PostAsync(query, variables, PartnerIdentity.NationalDesk);
        Assert.True(answer.Status == 200 && answer.ErrorCodes.Count == 0, answer.ToString());
        return answer.Data.GetProperty(field);
    }
}

/// <summary>The group page limit is configured like the other limits and checked at start-up.</summary>
public sealed class GroupPageLimitTests
{
    [Fact]
    public void A_group_page_limit_below_one_is_refused_at_start_up()
    {
        var limits = new Hosting.GatewayLimits { MaxGroupPageSize = 0 };

        var refused = Assert.Throws<InvalidOperationException>(limits.Validate);
        Assert.Contains("MaxGroupPageSize", refused.Message, StringComparison.Ordinal);
    }
}
