using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using NodaTime;
using Wsp.Sdk.Ambitions;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Disclosure;
using Wsp.Sdk.Geography;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Tests;

/// <summary>The dashboard over the embedded SQLite store.</summary>
public sealed class SqliteDashboardTests(DashboardGateway gateway) : DashboardTests(gateway), IClassFixture<DashboardGateway>;

/// <summary>The dashboard over the Cosmos DB store (the stand-in).</summary>
public sealed class CosmosDashboardTests(CosmosDashboardGateway gateway) : DashboardTests(gateway), IClassFixture<CosmosDashboardGateway>;

/// <summary>
/// The management-information dashboard at <c>/dashboard</c> (issue 7, item 6) over HTTP, derived once per store: the
/// gateway's tokens and region rules, a strict CSP, aggregates only, and numbers that are the SDK's computations over
/// the store.
/// </summary>
public abstract partial class DashboardTests(DashboardGateway gateway)
{
    private static readonly RegionCode s_haaglanden = RegionCode.Parse("AM21");

    [Fact]
    public async Task Security_without_a_token_a_client_gets_401_problem_json_with_a_bearer_challenge()
    {
        using var response = await GetAsync("/dashboard?region=AM21", partner: null, accept: "application/json");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Fact]
    public async Task Security_without_a_token_a_browser_gets_the_sign_in_page_that_posts_the_token_never_in_a_URL()
    {
        using var response = await GetAsync("/dashboard?region=AM21", partner: null, accept: "text/html");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<form method=\"post\" action=\"/dashboard/session\">", html, StringComparison.Ordinal);
        Assert.Contains("name=\"token\" type=\"password\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Security_the_sign_in_page_has_the_same_strict_CSP_and_signing_out_clears_the_cookie()
    {
        using var page = await GetAsync("/dashboard", partner: null, accept: "text/html");
        Assert.StartsWith("default-src 'none';", Assert.Single(page.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Contains("form-action 'self'", Assert.Single(page.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);

        using var client = gateway.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var signOut = await client.PostAsync("/dashboard/session/end", content: null);

        Assert.Equal(HttpStatusCode.SeeOther, signOut.StatusCode);
        var cookie = Assert.Single(signOut.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("wsp_dashboard=;", cookie, StringComparison.Ordinal);
        Assert.Contains("expires=Thu, 01 Jan 1970", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Security_an_expired_or_forged_cookie_is_401_and_cleared()
    {
        await gateway.SeededAsync();
        using var client = gateway.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var expired = gateway.Tokens.Issue(PartnerIdentity.Uwv, new DateTimeOffset(2001, 1, 1, 9, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(1));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard");
        request.Headers.Add("Cookie", "wsp_dashboard=" + expired);
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith("wsp_dashboard=;", Assert.Single(response.Headers.GetValues("Set-Cookie")), StringComparison.Ordinal);
        Assert.Contains("sign in again", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Security_a_token_that_does_not_validate_is_401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not.a.token");
        using var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Security_a_municipality_asking_for_another_region_is_403()
    {
        using var response = await GetAsync("/dashboard?region=AM18", PartnerGateway.Partner("municipality A"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/dashboard?region=XX99")]
    [InlineData("/dashboard?region=AM99")]
    [InlineData("/dashboard?region=AM21&year=tomorrow")]
    [InlineData("/dashboard?region=AM21&year=1999")]
    public async Task A_bad_region_or_year_is_400_never_500(string url)
    {
        using var response = await GetAsync(url, PartnerIdentity.Uwv);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("XX99")]
    [InlineData("AM99")]
    [InlineData("AM21x")]
    public async Task A_bad_region_is_a_400_problem_with_the_gateways_one_region_message_naming_the_parameter(string region)
    {
        using var response = await GetAsync("/dashboard?region=" + region, PartnerIdentity.Uwv);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        // The message GraphQL gives for a bad region argument (Schema/Regions.Parse), naming the query parameter.
        Assert.Equal($"'region' is '{region}': expected a labour market region code such as AM21.", problem.RootElement.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("municipality A", "/dashboard")]
    [InlineData("municipality A", "/dashboard?region=AM21")]
    [InlineData("UWV", "/dashboard?region=AM21")]
    [InlineData("national desk", "/dashboard?region=AM21&year=2015")]
    [InlineData("ministry", "/dashboard?region=AM21")]
    public async Task H4_H2_L2_L5_the_region_page_has_the_chart_sections_under_a_strict_CSP(string partner, string url)
    {
        var (html, response) = await PageAsync(url, PartnerGateway.Partner(partner)!);

        using (response)
        {
            var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
            Assert.StartsWith("default-src 'none'; style-src 'sha256-", csp, StringComparison.Ordinal);
            Assert.Contains("img-src 'self' data:", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        }

        Assert.Contains("Haaglanden (AM21) · 2015", html, StringComparison.Ordinal);
        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" data-chart=\"ambition\"", html, StringComparison.Ordinal);
        Assert.Contains("data-chart=\"job-agreement\"", html, StringComparison.Ordinal);
        Assert.Contains("<table data-table=\"arrangements\">", html, StringComparison.Ordinal);
        Assert.Contains("data-chart=\"arrangement-monitoring\"", html, StringComparison.Ordinal);
        Assert.Contains("<table data-table=\"arrangement-monitoring\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"http", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Security_no_candidate_reference_or_placement_id_is_ever_on_the_page()
    {
        foreach (var partner in new[] { "municipality A", "UWV", "national desk", "ministry" })
        {
            var (html, response) = await PageAsync("/dashboard?region=AM21&year=2015", PartnerGateway.Partner(partner)!);
            response.Dispose();
            Assert.All(DashboardSeed.CandidateReferences, reference => Assert.DoesNotContain(reference, html, StringComparison.Ordinal));
            Assert.All(DashboardSeed.Placements, placement => Assert.DoesNotContain(placement.Id, html, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task H4_the_bars_are_the_ambition_realisation_figure_over_the_store()
    {
        var (html, response) = await PageAsync("/dashboard?region=AM21&year=2015", PartnerIdentity.Uwv);
        response.Dispose();
        var expected = await AmbitionRealisation.ComputeAsync(PlacementAmbitions.Haaglanden2015, gateway.Store.Placements.StreamAsync(PlacementFilter.All));

        var bars = Bars(html, "ambition");
        Assert.Equal(expected.Cells.Select(c => c.SectorCode).Distinct(), bars.Keys);
        foreach (var (sector, (value, target)) in bars)
        {
            var (ambition, realised) = expected.TotalForSector(sector);
            Assert.Equal(realised, value);
            Assert.Equal(ambition, target);
        }

        // Written out: two retail placements by Delft, one security placement by UWV; mining is outside the table.
        Assert.Equal((2m, 433m), bars["RETAIL"]);
        Assert.Equal((1m, 235m), bars["SECURITY"]);
        Assert.Equal(1, expected.OutsideTable);
        Assert.Contains("data-outside-table=\"1\"", html, StringComparison.Ordinal);
        Assert.Contains("<td>All sectors</td>", html, StringComparison.Ordinal);
        Assert.Contains($"<td>{expected.TotalRealised} / {expected.TotalAmbition}</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task H2_without_a_baseline_the_line_is_gross_job_agreement_jobs_labelled_as_such_with_no_target_line()
    {
        var (html, response) = await PageAsync("/dashboard?region=AM21&year=2015", PartnerIdentity.Uwv);
        response.Dispose();

        var points = Points(html, "job-agreement");
        Assert.Equal(12, points.Count);
        for (var month = 1; month <= 12; month++)
        {
            var date = new LocalDate(2015, month, 1).PlusMonths(1).PlusDays(-1);
            var stock = await JobAgreementJobs.CountAsync(gateway.Store.Placements.StreamAsync(PlacementFilter.All), date);
            var expected = Math.Round(stock.Groups.Where(g => g.Region == s_haaglanden).Sum(g => g.Jobs), 2);
            Assert.Equal(expected, points[date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)]);
        }

        // Written out: the ICT job runs to 31 January; retail is 1 job from March, 1.5 over the summer.
        Assert.Equal(1m, points["2015-01-31"]);
        Assert.Equal(0m, points["2015-02-28"]);
        Assert.Equal(1.5m, points["2015-06-30"]);
        Assert.Equal(1m, points["2015-12-31"]);

        // Haaglanden's 1,400 are extra jobs: without its baseline they are named, never drawn against gross jobs.
        Assert.Contains("data-jobs=\"gross\"", html, StringComparison.Ordinal);
        Assert.Contains("Gross jobs of 25.5 hours a week", html, StringComparison.Ordinal);
        Assert.DoesNotContain("target-line", Chart(html, "job-agreement"), StringComparison.Ordinal);
        Assert.Contains("data-job-target=\"1400\"", html, StringComparison.Ordinal);
        Assert.Contains("Not comparable with gross jobs.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-chart=\"extra-jobs\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task H2_with_the_regions_baseline_the_line_is_extra_jobs_at_each_month_end_against_its_imported_target()
    {
        var (html, response) = await PageAsync("/dashboard?region=AM18&year=2015", PartnerIdentity.Uwv);
        response.Dispose();
        var amsterdam = DashboardSeed.Amsterdam;
        var baseline = new JobAgreementBaselineTable("seed", [new(amsterdam, Sdk.Employers.EmployerKind.Market, DashboardSeed.BaselineMarket), new(amsterdam, Sdk.Employers.EmployerKind.Government, DashboardSeed.BaselineGovernment)]);

        var points = SignedPoints(html, "extra-jobs");
        Assert.Equal(12, points.Count);
        for (var month = 1; month <= 12; month++)
        {
            var date = new LocalDate(2015, month, 1).PlusMonths(1).PlusDays(-1);
            var stock = await JobAgreementJobs.CountAsync(gateway.Store.Placements.StreamAsync(new PlacementFilter(amsterdam)), date);
            Assert.Equal(Math.Round(ExtraJobs.Compute(stock, baseline).ExtraJobs!.Value, 2), points[date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)]);
        }

        // Written out: no job before April, then 30 hours (1.18 jobs), against a baseline of 2.5 jobs: below it all year.
        Assert.Equal(-2.5m, points["2015-03-31"]);
        Assert.Equal(-1.32m, points["2015-04-30"]);
        Assert.Contains("data-jobs=\"extra\"", html, StringComparison.Ordinal);
        Assert.Contains("data-target=\"4\"", Chart(html, "extra-jobs"), StringComparison.Ordinal);
        Assert.Contains("data-job-target=\"4\"", html, StringComparison.Ordinal);
        Assert.Contains("data-baseline-jobs=\"2.5\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-chart=\"job-agreement\"", html, StringComparison.Ordinal);
        Assert.Equal(["2015-04-30", "1.18", "2.5", "-1.32", "1"], DashboardSuppressedPage.TableRows(html, "extra-jobs")[3]);
    }

    [Fact]
    public async Task H2_H4_a_region_without_a_target_a_baseline_or_an_ambition_table_says_so()
    {
        var (html, response) = await PageAsync("/dashboard?region=AM01&year=2015", PartnerIdentity.Uwv);
        response.Dispose();

        Assert.Contains("data-job-target=\"none\"", html, StringComparison.Ordinal);
        Assert.Contains("No regional target for Groningen.", html, StringComparison.Ordinal);
        Assert.Contains("No placement ambition table for Groningen in 2015.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-chart=\"ambition\"", html, StringComparison.Ordinal);
        Assert.Contains("data-jobs=\"gross\"", html, StringComparison.Ordinal);
        Assert.All(Points(html, "job-agreement").Values, v => Assert.Equal(0m, v));
    }

    [Fact]
    public async Task H4_a_regions_imported_ambition_table_is_the_one_shown_for_its_year()
    {
        var (html, response) = await PageAsync("/dashboard?region=AM21&year=2014", PartnerIdentity.Uwv);
        response.Dispose();
        var imported = (await gateway.Store.FigureInputs.ListAmbitionImportsAsync()).Single().Value.Single();
        var expected = await AmbitionRealisation.ComputeAsync(imported, gateway.Store.Placements.StreamAsync(PlacementFilter.All));

        Assert.Equal(2014, imported.Year);
        Assert.Contains("data-ambition-version=\"1\"", html, StringComparison.Ordinal);
        Assert.Contains("ambitions-2014.csv sha256:00", html, StringComparison.Ordinal);
        var bars = Bars(html, "ambition");
        foreach (var sector in expected.Cells.Select(c => c.SectorCode).Distinct())
        {
            var (_, realised) = expected.TotalForSector(sector);
            Assert.Equal(realised, bars[sector].Value);
        }


        // Written out: Delft's ICT job of November 2014 is the year's one placement.
        Assert.Equal((1m, (decimal)imported.TotalForSector("ICT")), bars["ICT"]);
    }

    [Fact]
    public async Task Durability_the_table_is_the_regions_placements_started_in_the_year_still_running_at_6_and_12_months()
    {
        var (html, response) = await PageAsync("/dashboard?region=AM21&year=2015", PartnerIdentity.Uwv);
        response.Dispose();
        var period = new DateInterval(new LocalDate(2015, 1, 1), new LocalDate(2015, 12, 31));
        var placements = new List<Sdk.Placements.Placement>();
        await foreach (var placement in gateway.Store.Placements.StreamAsync(new PlacementFilter(s_haaglanden)))
        {
            placements.Add(placement);
        }

        var expected = PlacementDurability.Count(placements, period, gateway.Today, PlacementDimensions.Sector);
        Assert.Contains($"data-measuring-date=\"{gateway.Today:uuuu-MM-dd}\"", html, StringComparison.Ordinal);
        var rows = DashboardSuppressedPage.TableRows(html, "durability");
        Assert.Equal([.. expected.Groups.Select(g => g.Group.SectorCode!), "All sectors"], rows.Select(r => r[0]));
        Assert.Equal([.. expected.Groups.Select(g => g.Started), expected.Total.Started], rows.Select(r => int.Parse(r[1], CultureInfo.InvariantCulture)));

        // Written out: four placements started in 2015; Delft's summer job ended before its six-month mark, the others run on.
        Assert.Equal(["RETAIL", "2", "2", "1", "50%", "2", "1", "50%"], rows.Single(r => r[0] == "RETAIL"));
        Assert.Equal(["All sectors", "4", "4", "3", "75%", "4", "3", "75%"], rows[^1]);
    }

    [Fact]
    public async Task Durability_Security_the_ministry_sees_durability_at_the_last_month_end_with_small_counts_withheld()
    {
        var (html, response) = await PageAsync("/dashboard?region=AM21&year=2015", PartnerIdentity.Ministry);
        response.Dispose();

        // The ministry's query space: whole years and month ends; every count of the region's four placements is below 5.
        Assert.Contains("data-measuring-date=\"2026-05-31\"", html, StringComparison.Ordinal);
        var mark = DashboardSuppressedPage.Mark(SuppressionKind.SmallCount);
        Assert.Equal([["All sectors", mark, mark, mark, mark, mark, mark, mark]], DashboardSuppressedPage.TableRows(html, "durability"));
    }

    [Fact]
    public async Task H2_Security_the_ministry_sees_extra_jobs_withheld_with_their_jobs_and_the_baseline_always()
    {
        var (html, response) = await PageAsync("/dashboard?region=AM18&year=2015", PartnerIdentity.Ministry);
        response.Dispose();

        // Groot Amsterdam's one working person is a small count, so are its jobs and the extra jobs read from them.
        var mark = DashboardSuppressedPage.Mark(SuppressionKind.SmallCount);
        var rows = DashboardSuppressedPage.TableRows(html, "extra-jobs");
        Assert.Equal(12, rows.Count);
        Assert.All(rows, r => Assert.Equal([mark, "2.5", mark, mark], r.Skip(1)));
        Assert.All(DashboardSuppressedPage.Points(html, "extra-jobs").Values, p => Assert.Equal(((decimal?)null, "SMALL_COUNT"), p));
        Assert.Contains("data-target=\"4\"", Chart(html, "extra-jobs"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task L2_the_arrangements_table_shows_each_regions_participation_and_encodes_the_employer()
    {
        var (html, response) = await PageAsync("/dashboard?region=AM21&year=2015", PartnerGateway.Partner("municipality A")!);
        response.Dispose();

        var table = Regex.Match(html, "<table data-table=\"arrangements\">.*?</table>", RegexOptions.Singleline).Value;
        Assert.Contains("<td>Landelijke Werkgever &lt;b&gt;&amp;amp; Zn&lt;/b&gt;</td>", table, StringComparison.Ordinal);
        // A municipality sees its own region's standing only, as GraphQL's arrangement shows it (the SDK's ArrangementView).
        Assert.True(table.Contains("<td>JointWithUwv</td><td>Final</td><td>1</td><td>120</td><td>Joined</td><td>Haaglanden (AM21)</td><td>&#x2013;</td><td>0</td>", StringComparison.Ordinal), table);
        Assert.DoesNotContain("Groot Amsterdam", table, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task L2_the_regions_still_to_decide_are_listed_by_name()
    {
        var (html, response) = await PageAsync("/dashboard?region=AM21&year=2015", PartnerIdentity.NationalDesk);
        response.Dispose();

        var pending = Regex.Match(html, $"<details data-pending=\"{DashboardSeed.ArrangementId}\">.*?</details>", RegexOptions.Singleline).Value;
        var listed = Regex.Matches(pending, "<li data-region=\"(?<code>AM[0-9]{2})\">(?<name>[^<]+)</li>").Select(m => (m.Groups["code"].Value, m.Groups["name"].Value)).ToArray();
        var stored = (await gateway.Store.Arrangements.FindAsync(DashboardSeed.ArrangementId))!.Value;
        var expected = Gazetteer.Default.Regions.Where(r => stored.ParticipationOf(r.Code) == Sdk.Arrangements.RegionParticipation.Pending).OrderBy(r => r.Code).ToArray();
        Assert.Equal(33, listed.Length);
        Assert.Equal(expected.Select(r => (r.Code.ToString(), System.Net.WebUtility.HtmlEncode($"{r.Name} ({r.Code})").Replace("&#39;", "&#x27;", StringComparison.Ordinal))), listed);
        Assert.DoesNotContain(listed, l => l.Item1 is "AM21" or "AM18");
        Assert.Contains("33 regions have not decided yet", pending, StringComparison.Ordinal);
    }

    [Fact]
    public async Task L5_the_monitoring_chart_is_placements_per_arrangement_per_region_against_its_job_opportunities()
    {
        var (html, response) = await PageAsync("/dashboard?region=AM21&year=2015", PartnerIdentity.NationalDesk);
        response.Dispose();
        var period = new DateInterval(new LocalDate(2015, 1, 1), new LocalDate(2015, 12, 31));
        var arrangements = await gateway.Store.Arrangements.ListAsync(ArrangementFilter.All);
        var expected = await ArrangementMonitoring.ComputeAsync(arrangements, gateway.Store.Placements.StreamAsync(PlacementFilter.StartedIn(period)), period);

        var bars = MonitoringBars(html);
        var result = Assert.Single(expected.Arrangements);
        var (value, target, part) = bars[result.ArrangementId];
        Assert.Equal(result.Placements, value);
        Assert.Equal(result.JobOpportunities, target);
        Assert.Equal(result.Regions.Single(r => r.Region == s_haaglanden).Placements, part);

        // Written out: Delft's two placements of 2015 under the arrangement, in AM21; none in AM18, which declined.
        Assert.Equal((2m, 120m, 2m), bars[DashboardSeed.ArrangementId]);
        var table = Regex.Match(html, "<table data-table=\"arrangement-monitoring\">.*?</table>", RegexOptions.Singleline).Value;
        Assert.Contains("<td>Haaglanden (AM21)</td><td>Joined</td><td>1</td><td>2</td><td>1.7%</td>", table, StringComparison.Ordinal);
        Assert.Contains("<td>Groot Amsterdam (AM18)</td><td>Declined</td><td>&#x2013;</td><td>0</td><td>0%</td>", table, StringComparison.Ordinal); // an en dash: no version signed
        Assert.Contains("<td>All regions</td><td></td><td></td><td>2</td><td>1.7%</td>", table, StringComparison.Ordinal);
        Assert.Contains("<desc>", Chart(html, "arrangement-monitoring"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task L5_Security_a_municipality_sees_its_own_regions_placements_per_arrangement_only()
    {
        var (html, response) = await PageAsync("/dashboard?region=AM21&year=2015", PartnerGateway.Partner("municipality A")!);
        response.Dispose();

        Assert.Equal((2m, 120m, null), MonitoringBars(html)[DashboardSeed.ArrangementId]);
        var table = Regex.Match(html, "<table data-table=\"arrangement-monitoring\">.*?</table>", RegexOptions.Singleline).Value;
        Assert.Contains("<td>Haaglanden (AM21)</td>", table, StringComparison.Ordinal);
        Assert.DoesNotContain("(AM18)", table, StringComparison.Ordinal);
        Assert.DoesNotContain("All regions", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Security_the_sign_in_form_sets_an_HttpOnly_SameSite_Strict_cookie_that_opens_the_dashboard()
    {
        await gateway.SeededAsync();
        using var client = gateway.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var token = gateway.TokenFor(PartnerGateway.Partner("municipality A")!);

        using var signIn = await client.PostAsync("/dashboard/session", new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token, ["region"] = "AM21" }));

        Assert.Equal(HttpStatusCode.SeeOther, signIn.StatusCode);
        Assert.Equal("/dashboard?region=AM21", signIn.Headers.Location?.ToString());
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("wsp_dashboard=", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/dashboard", cookie, StringComparison.OrdinalIgnoreCase);

        using var page = new HttpRequestMessage(HttpMethod.Get, "/dashboard?region=AM21");
        page.Headers.Add("Cookie", cookie.Split(';')[0]);
        using var shown = await client.SendAsync(page);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains("data-chart=\"job-agreement\"", await shown.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var other = new HttpRequestMessage(HttpMethod.Get, "/dashboard?region=AM18");
        other.Headers.Add("Cookie", cookie.Split(';')[0]);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(other)).StatusCode);
    }

    [Theory]
    [InlineData("Origin", "https://elsewhere.example")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    public async Task Security_a_sign_in_posted_from_another_site_is_refused_and_sets_no_cookie(string header, string value)
    {
        using var client = gateway.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var token = gateway.TokenFor(PartnerGateway.Partner("municipality A")!);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/dashboard/session")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token }),
        };
        request.Headers.Add(header, value);

        using var signIn = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, signIn.StatusCode);
        Assert.False(signIn.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Security_a_bad_token_in_the_sign_in_form_is_401_and_sets_no_cookie()
    {
        using var client = gateway.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        using var signIn = await client.PostAsync("/dashboard/session", new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = "forged" }));

        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
        Assert.False(signIn.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await client.PostAsync("/dashboard/session", new StringContent("{}"))).StatusCode);
    }

    [Fact]
    public async Task H4_Security_the_ministry_sees_realisation_by_sector_as_its_suppressed_figure_never_a_small_count()
    {
        var (html, response) = await PageAsync("/dashboard?region=AM21&year=2015", PartnerIdentity.Ministry);
        response.Dispose();

        await DashboardSuppressedPage.AssertAmbitionAsync(html, gateway.Store);

        // Written out: Delft's two retail placements and UWV's one in security are small counts, so is the grand total
        // of 3; the one placement outside the table too; and ICT's none, since zero is withheld as any count below 5
        // (cell-key/1). No bar is drawn for them, no number written.
        var bars = DashboardSuppressedPage.Bars(html, "ambition");
        Assert.Equal(((decimal?)null, "SMALL_COUNT"), (bars["RETAIL"].Value, bars["RETAIL"].Withheld));
        Assert.Equal(((decimal?)null, "SMALL_COUNT"), (bars["SECURITY"].Value, bars["SECURITY"].Withheld));
        Assert.Equal(((decimal?)null, "SMALL_COUNT"), (bars["ICT"].Value, bars["ICT"].Withheld));
        Assert.Contains("withheld (&lt; 5)", bars["RETAIL"].Element, StringComparison.Ordinal);
        Assert.Contains("data-outside-table-withheld=\"SMALL_COUNT\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-outside-table=\"", html, StringComparison.Ordinal);
        Assert.Contains("<td>withheld (&lt; 5) / 4935</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task H2_Security_the_ministry_sees_job_agreement_jobs_at_each_month_end_as_its_suppressed_stock()
    {
        var (html, response) = await PageAsync("/dashboard?region=AM21&year=2015", PartnerIdentity.Ministry);
        response.Dispose();

        await DashboardSuppressedPage.AssertJobsAsync(html, gateway.Store, s_haaglanden, 2015);

        // Written out: one or two working persons in every month but February (none, withheld as any count below 5:
        // cell-key/1); no line is drawn between withheld months, and no point stands at a withheld height.
        var points = DashboardSuppressedPage.Points(html, "job-agreement");
        Assert.Equal(((decimal?)null, "SMALL_COUNT"), points["2015-06-30"]);
        Assert.Equal(((decimal?)null, "SMALL_COUNT"), points["2015-02-28"]);
        Assert.Equal(["2015-06-30", "withheld (< 5)", "withheld (< 5)"], DashboardSuppressedPage.TableRows(html, "job-agreement")[5]);
        Assert.DoesNotContain("<polyline", DashboardSuppressedPage.Chart(html, "job-agreement"), StringComparison.Ordinal);
        Assert.DoesNotContain("target-line", DashboardSuppressedPage.Chart(html, "job-agreement"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task L5_Security_the_ministry_sees_placements_per_arrangement_per_region_as_its_suppressed_monitoring()
    {
        var (html, response) = await PageAsync("/dashboard?region=AM21&year=2015", PartnerIdentity.Ministry);
        response.Dispose();

        await DashboardSuppressedPage.AssertMonitoringAsync(html, gateway.Store, s_haaglanden, 2015);

        // Written out: Delft's two placements under the arrangement are withheld in AM21 and in the arrangement's total;
        // AM18's none too (zero is withheld as any count below 5, cell-key/1), its row listed since it decided.
        var bar = DashboardSuppressedPage.Bars(html, "arrangement-monitoring")[DashboardSeed.ArrangementId];
        Assert.Equal(((decimal?)null, "SMALL_COUNT", 120m, "SMALL_COUNT"), (bar.Value, bar.Withheld, bar.Target, bar.PartWithheld));
        Assert.Contains("<td>Groot Amsterdam (AM18)</td><td>Declined</td><td>&#x2013;</td><td>withheld (&lt; 5)</td><td>withheld (&lt; 5)</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>All regions</td><td></td><td></td><td>withheld (&lt; 5)</td><td>withheld (&lt; 5)</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Security_only_the_ministry_gets_withheld_marks_and_their_legend()
    {
        var (ministry, response) = await PageAsync("/dashboard?region=AM21&year=2015", PartnerIdentity.Ministry);
        response.Dispose();
        Assert.Contains("data-legend=\"withheld\"", ministry, StringComparison.Ordinal);
        Assert.Contains("counts are perturbed by their cell key (the same count always the same answer)", ministry, StringComparison.Ordinal);

        foreach (var partner in new[] { "municipality A", "UWV", "national desk" })
        {
            var (html, other) = await PageAsync("/dashboard?region=AM21&year=2015", PartnerGateway.Partner(partner)!);
            other.Dispose();
            var body = html[html.IndexOf("<body>", StringComparison.Ordinal)..];
            Assert.DoesNotContain("withheld", body, StringComparison.Ordinal);
        }
    }

    private static Dictionary<string, (decimal Value, decimal Target)> Bars(string html, string chart)
    {
        var svg = Chart(html, chart);
        return BarRow().Matches(svg).ToDictionary(
            m => m.Groups["key"].Value,
            m => (decimal.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture), decimal.Parse(m.Groups["target"].Value, CultureInfo.InvariantCulture)));
    }

    private static Dictionary<string, (decimal Value, decimal Target, decimal? Part)> MonitoringBars(string html) =>
        MonitoringRow().Matches(Chart(html, "arrangement-monitoring")).ToDictionary(
            m => m.Groups["key"].Value,
            m => (
                decimal.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture),
                decimal.Parse(m.Groups["target"].Value, CultureInfo.InvariantCulture),
                m.Groups["part"].Success ? decimal.Parse(m.Groups["part"].Value, CultureInfo.InvariantCulture) : (decimal?)null));

    private static Dictionary<string, decimal> Points(string html, string chart) =>
        Point().Matches(Chart(html, chart)).ToDictionary(m => m.Groups["key"].Value, m => decimal.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));

    private static Dictionary<string, decimal> SignedPoints(string html, string chart) =>
        SignedPoint().Matches(Chart(html, chart)).ToDictionary(m => m.Groups["key"].Value, m => decimal.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));

    private static string Chart(string html, string chart)
    {
        var match = Regex.Match(html, $"<svg [^>]*data-chart=\"{chart}\".*?</svg>", RegexOptions.Singleline);
        Assert.True(match.Success, $"No {chart} chart on the page.");
        return match.Value;
    }

    [GeneratedRegex("<g class=\"bar-row\" data-key=\"(?<key>[^\"]+)\" data-value=\"(?<value>[0-9.]+)\" data-target=\"(?<target>[0-9.]+)\">")]
    private static partial Regex BarRow();

    [GeneratedRegex("<g class=\"bar-row\" data-key=\"(?<key>[^\"]+)\" data-value=\"(?<value>[0-9.]+)\" data-target=\"(?<target>[0-9.]+)\"(?: data-part=\"(?<part>[0-9.]+)\")?>")]
    private static partial Regex MonitoringRow();

    [GeneratedRegex("<g class=\"point\" data-key=\"(?<key>[^\"]+)\" data-value=\"(?<value>[0-9.]+)\">")]
    private static partial Regex Point();

    [GeneratedRegex("<g class=\"point\" data-key=\"(?<key>[^\"]+)\" data-value=\"(?<value>-?[0-9.]+)\">")]
    private static partial Regex SignedPoint();

    private async Task<(string Html, HttpResponseMessage Response)> PageAsync(string url, PartnerIdentity partner)
    {
        var response = await GetAsync(url, partner);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {html}");
        return (html, response);
    }

    private async Task<HttpResponseMessage> GetAsync(string url, PartnerIdentity? partner, string accept = "text/html")
    {
        await gateway.SeededAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd(accept);
        if (partner is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", gateway.TokenFor(partner));
        }

        return await gateway.Client.SendAsync(request);
    }
}
