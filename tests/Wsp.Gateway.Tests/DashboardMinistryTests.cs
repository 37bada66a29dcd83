using System.Net;
using System.Net.Http.Headers;
using Wsp.Sdk.Disclosure;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;

namespace Wsp.Gateway.Tests;

/// <summary>The ministry's dashboard with published and withheld counts over the embedded SQLite store.</summary>
public sealed class SqliteDashboardMinistryTests(MinistryDashboardGateway gateway) : DashboardMinistryTests(gateway), IClassFixture<MinistryDashboardGateway>;

/// <summary>The ministry's dashboard with published and withheld counts over the Cosmos DB store (the stand-in).</summary>
public sealed class CosmosDashboardMinistryTests(CosmosMinistryDashboardGateway gateway) : DashboardMinistryTests(gateway), IClassFixture<CosmosMinistryDashboardGateway>;

/// <summary>
/// The ministry on the dashboard sees what its GraphQL and extracts show (DESIGN.md, Security model: aggregates only,
/// never a small count): over records whose figures are partly published and partly withheld, primary and secondary,
/// every count of people on the page equals the SDK's suppressed figure over the same store.
/// </summary>
public abstract class DashboardMinistryTests(MinistryDashboardGateway gateway)
{
    private static readonly RegionCode s_haaglanden = RegionCode.Parse("AM21");

    [Fact]
    public async Task H4_Security_the_ministry_sees_the_published_totals_and_marks_small_and_secondary_cells()
    {
        var html = await MinistryPageAsync();

        var figure = await DashboardSuppressedPage.AssertAmbitionAsync(html, gateway.Store);

        // The records give all three kinds, so the comparison above saw each: published, small and secondary.
        // The records give published, small and secondary entries, so the comparison above saw each kind. Written out:
        // retail's cells are all withheld (Delft's 2 small, the others secondary) but its total of 15 is published, as
        // are hospitality's 12 and the grand total of 61.
        Assert.Contains(figure.Groups, g => g.Suppression == SuppressionKind.SmallCount);
        Assert.DoesNotContain(figure.Groups, g => g.Count is > 0 and < 5);
        var bars = DashboardSuppressedPage.Bars(html, "ambition");
        Assert.Equal((decimal?)15m, bars["RETAIL"].Value);
        Assert.Equal((decimal?)12m, bars["HOSPITALITY_LEISURE"].Value);
        Assert.Equal("SECONDARY", bars["ICT"].Withheld);
        var retail = DashboardSuppressedPage.TableRows(html, "ambition")[0];
        Assert.Equal(["withheld (secondary) / 210", "withheld (< 5) / 50", "0 / 50", "0 / 8", "withheld (secondary) / 115", "15 / 433"], retail.Skip(1).Take(6));
        Assert.Equal("61 / 4935", DashboardSuppressedPage.TableRows(html, "ambition")[^1][6]);
    }

    [Fact]
    public async Task H2_Security_the_ministry_sees_month_ends_of_five_persons_or_more_and_a_mark_below()
    {
        var html = await MinistryPageAsync();

        var totals = await DashboardSuppressedPage.AssertJobsAsync(html, gateway.Store, s_haaglanden, 2015);

        // Written out: 1 to 4 persons from January to April (withheld), 5 in May (5 jobs), 8 from August: 6 market
        // jobs and 2 half government jobs, 7 jobs (the government column is small, the market one secondary, the
        // total published).
        Assert.All(totals.Take(4), t => Assert.Equal(SuppressionKind.SmallCount, t.Suppression));
        var points = DashboardSuppressedPage.Points(html, "job-agreement");
        Assert.Equal(((decimal?)5m, (string?)null), points["2015-05-31"]);
        Assert.Equal(((decimal?)7m, (string?)null), points["2015-08-31"]);
        Assert.Equal(["2015-08-31", "7", "8"], DashboardSuppressedPage.TableRows(html, "job-agreement")[7]);
        Assert.Contains("<polyline", DashboardSuppressedPage.Chart(html, "job-agreement"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task L5_Security_the_ministry_sees_an_arrangements_published_total_but_not_the_regions_that_would_give_a_small_count_away()
    {
        var html = await MinistryPageAsync();

        await DashboardSuppressedPage.AssertMonitoringAsync(html, gateway.Store, s_haaglanden, 2015);

        // Written out: 8 placements under the arrangement are published; AM18's 2 are small, so AM21's 6 are withheld
        // too (8 − 6 would give 2 away): the bar has no dark part for AM21.
        var bar = DashboardSuppressedPage.Bars(html, "arrangement-monitoring")[DashboardMinistrySeed.ArrangementId];
        Assert.Equal(((decimal?)8m, (string?)null, (decimal?)null, "SECONDARY"), (bar.Value, bar.Withheld, bar.Part, bar.PartWithheld));
        Assert.DoesNotContain("bar-part", bar.Element, StringComparison.Ordinal);
        var rows = DashboardSuppressedPage.TableRows(html, "arrangement-monitoring");
        Assert.Equal(["withheld (secondary)", "withheld (secondary)"], rows.Single(r => r[3] == "Haaglanden (AM21)").Skip(6));
        Assert.Equal(["withheld (< 5)", "withheld (< 5)"], rows.Single(r => r[3] == "Groot Amsterdam (AM18)").Skip(6));
        Assert.Equal(["8", "4%"], rows.Single(r => r[3] == "All regions").Skip(6));
    }

    private async Task<string> MinistryPageAsync()
    {
        await gateway.SeededAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard?region=AM21&year=2015");
        request.Headers.Accept.ParseAdd("text/html");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", gateway.TokenFor(PartnerIdentity.Ministry));
        using var response = await gateway.Client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {html}");
        return html;
    }
}
