using System.Text.Json;
using NodaTime;
using Wsp.Gateway.Schema;
using Wsp.Sdk.Ambitions;
using Wsp.Sdk.Calendar;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Disclosure;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.Partners;
using Wsp.Sdk.RegionalProjects;
using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Tests;

/// <summary>The gateway with booked job-agreement placements in region A and region B for the management information.</summary>
public class ManagementInformationGateway : PartnerGateway, IAsyncLifetime
{
    public ManagementInformationGateway()
        : this(GatewayStore.Sqlite())
    {
    }

    protected ManagementInformationGateway(GatewayStore store)
        : base(store)
    {
    }

    public async Task InitializeAsync()
    {
        var a = await SeedAccountAsync("EA-MI-A", Delft);
        await SeedVacancyAsync("V-MI-A1", a, Delft, referredCandidate: "cand-mi-a1", book: true);
        await SeedVacancyAsync("V-MI-A2", a, Delft, referredCandidate: "cand-mi-a2", book: true);
        var b = await SeedAccountAsync("EA-MI-B", Amsterdam, municipality: "GM0363", postcode: "1011 AB");
        await SeedVacancyAsync("V-MI-B1", b, Amsterdam, referredCandidate: "cand-mi-b1", book: true);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

/// <summary>The management-information gateway over a fresh database on the Cosmos DB stand-in.</summary>
public sealed class CosmosManagementInformationGateway() : ManagementInformationGateway(GatewayStore.Cosmos());

/// <summary>The management-information queries on the embedded SQLite store.</summary>
public sealed class SqliteManagementInformationQueryTests(ManagementInformationGateway gateway) : ManagementInformationQueryTests(gateway), IClassFixture<ManagementInformationGateway>;

/// <summary>The management-information queries on the Cosmos DB store (the stand-in).</summary>
public sealed class CosmosManagementInformationQueryTests(CosmosManagementInformationGateway gateway) : ManagementInformationQueryTests(gateway), IClassFixture<CosmosManagementInformationGateway>;

/// <summary>
/// The management information (rules H4, H5, H6, H10) through GraphQL answers the same numbers as the SDK's
/// computations over the same store data, on each store; the national desk reads them as they are, a municipality only
/// its own region's, and the ministry with small counts withheld (DESIGN.md, Security model), as the SDK suppresses them.
/// </summary>
public abstract class ManagementInformationQueryTests(ManagementInformationGateway gateway)
{
    private static readonly LocalDate s_today = DutchCalendar.DateOf(PartnerGateway.Now);

    // The month end the ministry asks stocks at (its query space): the end of the month the clock stands in.
    private static readonly LocalDate s_monthEnd = s_today.With(DateAdjusters.EndOfMonth);

    [Fact]
    public async Task H6_job_agreement_breakdown_by_sector_employer_and_partner_equals_the_SDK()
    {
        var answer = await RunAsync(PartnerIdentity.NationalDesk, "query($at: String!) { jobAgreementBreakdown(at: $at, by: [SECTOR, EMPLOYER, PARTNER]) { figure jobs workingPersons groups { items { sectorCode employerKvk partner jobs workingPersons } } } }", new { at = Iso.Date(s_today) }, "jobAgreementBreakdown");

        var expected = await JobAgreementBreakdown.CountAsync(gateway.Store.Placements.StreamAsync(PlacementFilter.ActiveOn(s_today)), s_today, PlacementDimensions.Sector | PlacementDimensions.Employer | PlacementDimensions.Partner);
        Assert.Equal((double)expected.Jobs, answer.GetProperty("jobs").GetDouble(), 6);
        Assert.Equal(expected.WorkingPersons, answer.GetProperty("workingPersons").GetInt32());
        Assert.True(expected.WorkingPersons >= 3);
        Assert.Equal(
            expected.Groups.Select(g => $"{g.Group.SectorCode}|{g.Group.Employer}|{g.Group.Partner}|{g.WorkingPersons}"),
            answer.GetProperty("groups").GetProperty("items").EnumerateArray().Select(g => $"{g.GetProperty("sectorCode").GetString()}|{g.GetProperty("employerKvk").GetString()}|{g.GetProperty("partner").GetString()}|{g.GetProperty("workingPersons").GetInt32()}"));
    }

    [Fact]
    public async Task H6_a_municipality_gets_its_own_regions_breakdown_and_is_refused_another_region()
    {
        var own = await RunAsync(PartnerGateway.Partner("municipality A")!, "query($at: String!) { jobAgreementBreakdown(at: $at, by: [PARTNER]) { groups { items { partner } } } }", new { at = Iso.Date(s_today) }, "jobAgreementBreakdown");
        Assert.All(own.GetProperty("groups").GetProperty("items").EnumerateArray(), g => Assert.Equal("GM0503", g.GetProperty("partner").GetString()));

        var other = await gateway.PostAsync("query($at: String!) { jobAgreementBreakdown(at: $at, region: \"AM18\") { jobs } }", new { at = Iso.Date(s_today) }, PartnerGateway.Partner("municipality A"));
        Assert.Equal(["FORBIDDEN"], other.ErrorCodes);
    }

    [Fact]
    public async Task H10_late_vacancy_registrations_equal_the_SDK()
    {
        var period = new DateInterval(s_today.PlusDays(-7), s_today);
        var answer = await RunAsync(PartnerIdentity.NationalDesk, "query($from: String!, $to: String!) { lateVacancyRegistrations(from: $from, to: $to) { figure registered late regions { region registered late } } }", new { from = Iso.Date(period.Start), to = Iso.Date(period.End) }, "lateVacancyRegistrations");

        var summaries = (await gateway.Store.Vacancies.QueryAsync(new Sdk.Specifications.VacanciesInRegions(regions: null, take: 1000))).Items;
        var expected = LateVacancyRegistrations.Count(summaries, period);
        Assert.Equal(expected.Registered, answer.GetProperty("registered").GetInt32());
        Assert.Equal(expected.Late, answer.GetProperty("late").GetInt32());
        Assert.True(expected.Registered >= 3);
        Assert.Equal(expected.Regions.Select(r => r.Region.ToString()), answer.GetProperty("regions").EnumerateArray().Select(r => r.GetProperty("region").GetString()));
    }

    [Fact]
    public async Task H4_ambition_against_realisation_equals_the_SDK_and_an_unknown_table_is_not_found()
    {
        var answer = await RunAsync(PartnerIdentity.NationalDesk, "{ ambitionRealisation(region: \"AM21\", year: 2015) { figure totalAmbition totalRealised outsideTable cells { sectorCode partner ambition realised } } }", null, "ambitionRealisation");

        var table = PlacementAmbitions.Haaglanden2015;
        var expected = await AmbitionRealisation.ComputeAsync(table, gateway.Store.Placements.StreamAsync(PlacementFilter.StartedIn(AmbitionRealisation.PeriodOf(table), table.Region)));
        Assert.Equal(expected.TotalAmbition, answer.GetProperty("totalAmbition").GetInt32());
        Assert.Equal(expected.TotalRealised, answer.GetProperty("totalRealised").GetInt32());
        Assert.Equal(expected.Cells.Count, answer.GetProperty("cells").GetArrayLength());

        var unknown = await gateway.PostAsync("{ ambitionRealisation(region: \"AM18\", year: 2015) { totalAmbition } }", null, PartnerIdentity.Ministry);
        Assert.Equal(["NOT_FOUND"], unknown.ErrorCodes);
    }

    [Fact]
    public async Task H5_coverage_by_sector_uses_the_stored_totals_with_source_and_date_and_equals_the_SDK()
    {
        await RunAsync(
            PartnerGateway.Partner("municipality A")!,
            "mutation($i: RecordSectorEmployerTotalsInput!) { recordSectorEmployerTotals(input: $i) { region date source sectors { sectorCode employers } } }",
            new { i = new { region = "AM21", date = "2025-01-01", source = "LISA 2025", sectors = new[] { new { sectorCode = "RETAIL", employers = 40 }, new { sectorCode = "CONSTRUCTION", employers = 10 } } } },
            "recordSectorEmployerTotals");
        var contacts = new[] { new { kvk = "12345678", sectorCode = "RETAIL", employees = 25 }, new { kvk = "23456789", sectorCode = "RETAIL", employees = 5 }, new { kvk = "34567890", sectorCode = "HEALTHCARE", employees = 50 } };

        var answer = await RunAsync(PartnerIdentity.NationalDesk, "query($c: [EmployerContactInput!]!) { coverageBySector(region: \"AM21\", asOf: \"2026-01-01\", contacts: $c) { totalsSource totalsDate contactsOutsideTotals sectors { sectorCode employersInContact employersInRegion ratio } } }", new { c = contacts }, "coverageBySector");

        var totals = (await gateway.Store.EmployerTotals.FindLatestAsync(RegionCode.Parse("AM21"), new LocalDate(2026, 1, 1)))!;
        var expected = CoverageBySector.Compute(totals, contacts.Select(c => new EmployerContact(KvkNumber.Parse(c.kvk), c.sectorCode, c.employees)));
        Assert.Equal("LISA 2025", answer.GetProperty("totalsSource").GetString());
        Assert.Equal("2025-01-01", answer.GetProperty("totalsDate").GetString());
        Assert.Equal(expected.ContactsOutsideTotals, answer.GetProperty("contactsOutsideTotals").GetInt32());
        Assert.Equal(
            expected.Sectors.Select(s => $"{s.SectorCode}:{s.EmployersInContact}/{s.EmployersInRegion}"),
            answer.GetProperty("sectors").EnumerateArray().Select(s => $"{s.GetProperty("sectorCode").GetString()}:{s.GetProperty("employersInContact").GetInt32()}/{s.GetProperty("employersInRegion").GetInt32()}"));

        var byOtherRegion = await gateway.PostAsync(
            "mutation($i: RecordSectorEmployerTotalsInput!) { recordSectorEmployerTotals(input: $i) { region } }",
            new { i = new { region = "AM21", date = "2025-01-01", source = "LISA 2025", sectors = new[] { new { sectorCode = "RETAIL", employers = 1 } } } },
            PartnerGateway.Partner("municipality B"));
        Assert.Equal(["FORBIDDEN"], byOtherRegion.ErrorCodes);
    }

    [Fact]
    public async Task H5_coverage_by_sector_with_given_contacts_is_the_readers_CoverageAsync_the_path_of_wsp_extract_coverage()
    {
        // Region B's own totals, so this test and the one above do not pick each other's.
        await RunAsync(
            PartnerGateway.Partner("municipality B")!,
            "mutation($i: RecordSectorEmployerTotalsInput!) { recordSectorEmployerTotals(input: $i) { region } }",
            new { i = new { region = PartnerGateway.RegionB, date = "2025-03-01", source = "CBS 2025", sectors = new[] { new { sectorCode = "RETAIL", employers = 30 }, new { sectorCode = "ICT", employers = 8 } } } },
            "recordSectorEmployerTotals");
        var contacts = new[] { new { kvk = "12345678", sectorCode = "RETAIL", employees = 12 }, new { kvk = "12345678", sectorCode = "RETAIL", employees = 12 }, new { kvk = "45678901", sectorCode = "ICT", employees = 9 }, new { kvk = "56789012", sectorCode = "HEALTHCARE", employees = 80 } };

        var answer = await RunAsync(PartnerIdentity.NationalDesk, "query($r: String!, $c: [EmployerContactInput!]!) { coverageBySector(region: $r, asOf: \"2025-12-31\", contacts: $c) { figure totalsSource totalsDate contactsOutsideTotals sectors { sectorCode employersInContact employersInRegion ratio } } }", new { r = PartnerGateway.RegionB, c = contacts }, "coverageBySector");

        var expected = (await new ManagementInformationReader(gateway.Store).CoverageAsync(RegionCode.Parse(PartnerGateway.RegionB), new LocalDate(2025, 12, 31), contacts.Select(c => new EmployerContact(KvkNumber.Parse(c.kvk), c.sectorCode, c.employees))))!;
        Assert.Equal(expected.Figure.ToString(), answer.GetProperty("figure").GetString());
        Assert.Equal(expected.TotalsSource, answer.GetProperty("totalsSource").GetString());
        Assert.Equal(Iso.Date(expected.TotalsDate), answer.GetProperty("totalsDate").GetString());
        Assert.Equal(expected.ContactsOutsideTotals, answer.GetProperty("contactsOutsideTotals").GetInt32());
        Assert.Equal(
            expected.Sectors.Select(s => $"{s.SectorCode}:{s.EmployersInContact}/{s.EmployersInRegion}:{(double?)s.Ratio}"),
            answer.GetProperty("sectors").EnumerateArray().Select(s => $"{s.GetProperty("sectorCode").GetString()}:{s.GetProperty("employersInContact").GetInt32()}/{s.GetProperty("employersInRegion").GetInt32()}:{(s.GetProperty("ratio").ValueKind == JsonValueKind.Null ? null : s.GetProperty("ratio").GetDouble())}"));
    }

    [Fact]
    public async Task H6_placements_per_regional_project_given_as_input_equal_the_SDK()
    {
        var project = new { id = "RP-1", name = "Haven en logistiek", region = "AM21", from = Iso.Date(s_today.PlusDays(-60)), to = Iso.Date(s_today), vacancyIds = new[] { "V-MI-A1" } };

        var answer = await RunAsync(PartnerIdentity.NationalDesk, "query($p: [RegionalProjectInput!]!) { regionalProjectPlacements(projects: $p) { figure projectId placements byPartner { partner placements } } }", new { p = new[] { project } }, "regionalProjectPlacements");

        var sdkProject = new RegionalProject("RP-1", "Haven en logistiek", RegionCode.Parse("AM21"), new DateInterval(s_today.PlusDays(-60), s_today), [], ["V-MI-A1"]);
        var expected = await RegionalProjectPlacements.CountAsync([sdkProject], gateway.Store.Placements.StreamAsync(PlacementFilter.All));
        Assert.Equal(expected[0].Placements, answer[0].GetProperty("placements").GetInt32());
        Assert.Equal(1, answer[0].GetProperty("placements").GetInt32());
    }

    [Fact]
    public async Task Security_the_ministry_sees_null_and_the_kind_where_the_desk_and_a_municipality_see_a_small_count()
    {
        const string Query = "query($from: String!, $to: String!) { placementsFlow(from: $from, to: $to, by: [REGION]) { total suppressed groups { items { region placements suppressed } } } }";
        // The second quarter of 2026, a period the ministry may ask (its query space, docs/disclosure.md).
        var period = new { from = "2026-04-01", to = "2026-06-30" };

        var desk = await RunAsync(PartnerIdentity.NationalDesk, Query, period, "placementsFlow");
        var municipality = await RunAsync(PartnerGateway.Partner("municipality A")!, Query, period, "placementsFlow");
        var ministry = await RunAsync(PartnerIdentity.Ministry, Query, period, "placementsFlow");

        Assert.Equal(["AM18:1:NONE", "AM21:2:NONE"], Groups(desk));
        Assert.Equal(["AM21:2:NONE"], Groups(municipality));
        Assert.Empty(Groups(ministry)); // a withheld group is not listed (cell-key/1): listing it would say it holds one
        Assert.Equal((3, "NONE"), (desk.GetProperty("total").GetInt32(), desk.GetProperty("suppressed").GetString()));
        Assert.Equal((JsonValueKind.Null, "SMALL_COUNT"), (ministry.GetProperty("total").ValueKind, ministry.GetProperty("suppressed").GetString()));

        static string[] Groups(JsonElement flow) => [.. flow.GetProperty("groups").GetProperty("items").EnumerateArray().Select(g => $"{g.GetProperty("region").GetString()}:{Number(g.GetProperty("placements"))}:{g.GetProperty("suppressed").GetString()}")];
    }

    [Fact]
    public async Task Security_the_ministrys_job_agreement_figures_withhold_persons_hours_and_jobs_as_the_SDK_suppresses_them()
    {
        var jobs = await RunAsync(PartnerIdentity.Ministry, "query($d: String!) { jobAgreementJobs(date: $d) { jobs hoursPerWeek workingPersons suppressed groups { region employerKind jobs hoursPerWeek workingPersons suppressed } } }", new { d = Iso.Date(s_monthEnd) }, "jobAgreementJobs");
        var stock = FigureDisclosure.CellKey().Disclose(await JobAgreementJobs.CountAsync(gateway.Store.Placements.StreamAsync(PlacementFilter.ActiveOn(s_monthEnd)), s_monthEnd));
        Assert.Equal(
            stock.Groups.Select(g => $"{g.Row}|{g.Column}|{g.Count}|{g.Measure:0.######}|{g.Suppression}"),
            jobs.GetProperty("groups").EnumerateArray().Select(g => $"{g.GetProperty("region").GetString()}|{g.GetProperty("employerKind").GetString()}|{Number(g.GetProperty("workingPersons"))}|{Number(g.GetProperty("hoursPerWeek"))}|{Kind(g)}"));
        Assert.Empty(jobs.GetProperty("groups").EnumerateArray()); // each region and kind holds fewer than 5: none is listed
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null, "SMALL_COUNT"), (jobs.GetProperty("workingPersons").ValueKind, jobs.GetProperty("jobs").ValueKind, jobs.GetProperty("suppressed").GetString()));

        var breakdown = await RunAsync(PartnerIdentity.Ministry, "query($at: String!) { jobAgreementBreakdown(at: $at, by: [SECTOR]) { workingPersons suppressed groups { items { sectorCode jobs workingPersons suppressed } } } }", new { at = Iso.Date(s_monthEnd) }, "jobAgreementBreakdown");
        var expected = FigureDisclosure.CellKey().Disclose(await JobAgreementBreakdown.CountAsync(gateway.Store.Placements.StreamAsync(PlacementFilter.ActiveOn(s_monthEnd)), s_monthEnd, PlacementDimensions.Sector));
        Assert.Equal(
            expected.Groups.Select(g => $"{g.Group.Group.SectorCode}|{g.Count}|{g.Suppression}"),
            breakdown.GetProperty("groups").GetProperty("items").EnumerateArray().Select(g => $"{g.GetProperty("sectorCode").GetString()}|{Number(g.GetProperty("workingPersons"))}|{Kind(g)}"));
        Assert.Empty(breakdown.GetProperty("groups").GetProperty("items").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, breakdown.GetProperty("workingPersons").ValueKind);
    }

    [Fact]
    public async Task H4_the_ministry_gets_the_ambitions_and_withheld_realisations_where_small()
    {
        var answer = await RunAsync(PartnerIdentity.Ministry, "{ ambitionRealisation(region: \"AM21\", year: 2015) { totalAmbition totalRealised totalRatio suppressed outsideTable outsideTableSuppressed cells { sectorCode partner ambition realised ratio suppressed } } }", null, "ambitionRealisation");

        var table = PlacementAmbitions.Haaglanden2015;
        var report = await AmbitionRealisation.ComputeAsync(table, gateway.Store.Placements.StreamAsync(PlacementFilter.StartedIn(AmbitionRealisation.PeriodOf(table), table.Region)));
        var figure = FigureDisclosure.CellKey().Disclose(report).Table;
        Assert.Equal(report.TotalAmbition, answer.GetProperty("totalAmbition").GetInt32());
        Assert.Equal(
            figure.Groups.Select(g => $"{g.Row}|{g.Column}|{g.Group.Ambition}|{g.Count}|{g.Suppression}"),
            answer.GetProperty("cells").EnumerateArray().Select(c => $"{c.GetProperty("sectorCode").GetString()}|{c.GetProperty("partner").GetString()}|{c.GetProperty("ambition").GetInt32()}|{Number(c.GetProperty("realised"))}|{Kind(c)}"));
        Assert.Equal($"{figure.Total.Count}|{figure.Total.Suppression}", $"{Number(answer.GetProperty("totalRealised"))}|{Kind(answer)}");
        var outside = FigureDisclosure.CellKey().Disclose(report).OutsideTable;
        Assert.Equal($"{outside.Count}|{(outside.IsSuppressed ? "SMALL_COUNT" : "NONE")}", $"{Number(answer.GetProperty("outsideTable"))}|{answer.GetProperty("outsideTableSuppressed").GetString()}");
    }

    [Fact]
    public async Task H6_Security_the_ministry_is_refused_a_what_if_project_where_the_desk_sees_its_single_placement()
    {
        var project = new { id = "RP-M", name = "Haven", region = "AM21", from = Iso.Date(s_today.PlusDays(-60)), to = Iso.Date(s_today), vacancyIds = new[] { "V-MI-A1" } };
        const string Query = "query($p: [RegionalProjectInput!]!) { regionalProjectPlacements(projects: $p) { placements suppressed byPartner { partner placements suppressed } } }";

        var desk = (await RunAsync(PartnerIdentity.NationalDesk, Query, new { p = new[] { project } }, "regionalProjectPlacements"))[0];
        var ministry = await gateway.PostAsync(Query, new { p = new[] { project } }, PartnerIdentity.Ministry);

        Assert.Equal((1, "NONE"), (desk.GetProperty("placements").GetInt32(), desk.GetProperty("suppressed").GetString()));

        // Two overlapping what-ifs would differ by a single employer (issue 16): the ministry is not offered them.
        Assert.Equal(["FORBIDDEN"], ministry.ErrorCodes);
        Assert.DoesNotContain("V-MI-A1", ministry.Body.ToString(), StringComparison.Ordinal);
    }

    private static string Number(JsonElement value) => value.ValueKind == JsonValueKind.Null ? "" : ((decimal)value.GetDouble()).ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);

    private static SuppressionKind Kind(JsonElement value) => value.GetProperty("suppressed").GetString() switch
    {
        "NONE" => SuppressionKind.None,
        "SMALL_COUNT" => SuppressionKind.SmallCount,
        var other => throw new InvalidOperationException(other),
    };

    private async Task<JsonElement> RunAsync(PartnerIdentity partner, string query, object? variables, string field)
    {
        var answer = await gateway.PostAsync(query, variables, partner);
        Assert.True(answer.Status == 200 && answer.ErrorCodes.Count == 0, answer.ToString());
        return answer.Data.GetProperty(field);
    }
}
