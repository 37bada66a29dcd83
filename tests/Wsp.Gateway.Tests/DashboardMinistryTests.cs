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
/// never a small count): over records whose figures are partly published and partly withheld, every count of people on
/// the page equals the SDK's figure disclosed by the cell key method (cell-key/1, docs/disclosure.md) over the same store.
/// </summary>
public abstract class DashboardMinistryTests(MinistryDashboardGateway gateway)
{
    private static readonly RegionCode s_haaglanden = RegionCode.Parse("AM21");

    [Fact]
    public async Task H4_Security_the_ministry_sees_perturbed_counts_of_five_or_more_and_marks_the_small_cells()
    {
        var html = await MinistryPageAsync();

        var figure = await DashboardSuppressedPage.AssertAmbitionAsync(html, gateway.Store);

        // The records give published and withheld entries, so the comparison above saw both. Written out: Delft's 2
        // retail placements, and the empty cells (zero is withheld as any count below 5), are withheld; every other
        // count is its count plus the noise its cell key selects (cell-key/1: here 0 for retail's total of 15,
        // hospitality's 12 and the grand total of 61), so retail's cells need not add up to its total.
        Assert.Contains(figure.Groups, g => g.Suppression == SuppressionKind.SmallCount);
        Assert.DoesNotContain(figure.Groups, g => g.Count is < 5);
        var bars = DashboardSuppressedPage.Bars(html, "ambition");
        Assert.Equal((decimal?)15m, bars["RETAIL"].Value);
        Assert.Equal((decimal?)12m, bars["HOSPITALITY_LEISURE"].Value);
        Assert.Equal("SMALL_COUNT", bars["PUBLIC_ADMINISTRATION_EDUCATION"].Withheld);
        var retail = DashboardSuppressedPage.TableRows(html, "ambition")[0];
        Assert.Equal(["6 / 210", "withheld (< 5) / 50", "withheld (< 5) / 50", "withheld (< 5) / 8", "7 / 115", "15 / 433"], retail.Skip(1).Take(6));
        Assert.Equal("61 / 4935", DashboardSuppressedPage.TableRows(html, "ambition")[^1][6]);
    }

    [Fact]
    public async Task H2_Security_the_ministry_sees_month_ends_of_five_persons_or_more_and_a_mark_below()
    {
        var html = await MinistryPageAsync();

        var totals = await DashboardSuppressedPage.AssertJobsAsync(html, gateway.Store, s_haaglanden, 2015);

        // Written out: 1 to 4 persons from January to April (withheld), 5 in May, 8 from August (6 market jobs and 2
        // half government jobs, 7 jobs). The persons are published as counted here (their noise is 0); the jobs travel
        // with them as their mean hours times the published count plus a fraction drawn from the same cell key
        // (cell-key/1), so May's 5 jobs are shown as 5.7 and August's 7 as 7.58.
        Assert.All(totals.Take(4), t => Assert.Equal(SuppressionKind.SmallCount, t.Suppression));
        var points = DashboardSuppressedPage.Points(html, "job-agreement");
        Assert.Equal(((decimal?)5.7m, (string?)null), points["2015-05-31"]);
        Assert.Equal(((decimal?)7.58m, (string?)null), points["2015-08-31"]);
        Assert.Equal(["2015-08-31", "7.58", "8"], DashboardSuppressedPage.TableRows(html, "job-agreement")[7]);
        Assert.Contains("<polyline", DashboardSuppressedPage.Chart(html, "job-agreement"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task L5_Security_the_ministry_sees_an_arrangements_total_and_its_regions_of_five_or_more_and_not_the_small_one()
    {
        var html = await MinistryPageAsync();

        await DashboardSuppressedPage.AssertMonitoringAsync(html, gateway.Store, s_haaglanden, 2015);

        // Written out: 8 placements under the arrangement and AM21's 6 are published; AM18's 2 are withheld. Each count
        // is perturbed by its own cell key (here by 0), so 8 − 6 is a difference of two noisy counts, not AM18's count:
        // no secondary suppression is needed (docs/disclosure.md).
        var bar = DashboardSuppressedPage.Bars(html, "arrangement-monitoring")[DashboardMinistrySeed.ArrangementId];
        Assert.Equal(((decimal?)8m, (string?)null, (decimal?)6m, (string?)null), (bar.Value, bar.Withheld, bar.Part, bar.PartWithheld));
        var rows = DashboardSuppressedPage.TableRows(html, "arrangement-monitoring");
        Assert.Equal(["6", "3%"], rows.Single(r => r[3] == "Haaglanden (AM21)").Skip(6));
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
