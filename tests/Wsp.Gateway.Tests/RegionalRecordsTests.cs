using System.Text.Json;
using NodaTime;
using Wsp.Gateway.Schema;
using Wsp.Sdk.Calendar;
using Wsp.Sdk.Geography;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Sectors;
using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Tests;

/// <summary>The gateway with two employers in region A, one with a booked placement, for the records of rules H5 and H6.</summary>
public class RegionalRecordsGateway : PartnerGateway, IAsyncLifetime
{
    public RegionalRecordsGateway()
        : this(GatewayStore.Sqlite())
    {
    }

    protected RegionalRecordsGateway(GatewayStore store)
        : base(store)
    {
    }

    public async Task InitializeAsync()
    {
        var a = await SeedAccountAsync("EA-RR-A", Delft);
        await SeedVacancyAsync("V-RR-A1", a, Delft, referredCandidate: "cand-rr-a1", book: true);
        await SeedAccountAsync("EA-RR-B", Delft, postcode: "2612 AB");
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

/// <summary>The regional records' gateway over a fresh database on the Cosmos DB stand-in, configured as an operator would.</summary>
public sealed class CosmosRegionalRecordsGateway() : RegionalRecordsGateway(GatewayStore.Cosmos());

/// <summary>The regional records on the embedded SQLite store.</summary>
public sealed class SqliteRegionalRecordsTests(RegionalRecordsGateway gateway) : RegionalRecordsTests(gateway), IClassFixture<RegionalRecordsGateway>;

/// <summary>The regional records on the Cosmos DB store (the stand-in): the same answers, versions included, whichever store answers.</summary>
public sealed class CosmosRegionalRecordsTests(CosmosRegionalRecordsGateway gateway) : RegionalRecordsTests(gateway), IClassFixture<CosmosRegionalRecordsGateway>;

/// <summary>
/// Regional projects (rule H6) and employers' staff counts (rule H5) as stored records through GraphQL: recorded,
/// corrected over their version, and the figures computed from them equal the SDK's over the same store.
/// </summary>
public abstract class RegionalRecordsTests(RegionalRecordsGateway gateway)
{
    private static readonly LocalDate s_today = DutchCalendar.DateOf(PartnerGateway.Now);

    // The month end the ministry asks its figures at (its query space, docs/disclosure.md).
    private static readonly LocalDate s_monthEnd = s_today.With(DateAdjusters.EndOfMonth);
    private static readonly RegionCode s_regionA = RegionCode.Parse(PartnerGateway.RegionA);

    [Fact]
    public async Task H6_a_project_is_recorded_listed_corrected_over_its_version_and_counted_from_the_store()
    {
        var municipalityA = PartnerGateway.Partner("municipality A")!;
        var input = new { id = "RP-HAVEN", name = "Haven", region = "AM21", from = Iso.Date(s_today.PlusDays(-60)), to = Iso.Date(s_today), vacancyIds = new[] { "V-RR-A1" } };
        var recorded = await RunAsync(municipalityA, "mutation($i: RegionalProjectInput!) { recordRegionalProject(input: $i) { project { id version } } }", new { i = input }, "recordRegionalProject");
        var version = recorded.GetProperty("project").GetProperty("version").GetString();

        var corrected = await RunAsync(
            PartnerIdentity.NationalDesk,
            "mutation($i: CorrectRegionalProjectInput!) { correctRegionalProject(input: $i) { project { name version } } }",
            new { i = new { input.id, input.region, version, name = "Haven en logistiek", input.from, input.to, input.vacancyIds } },
            "correctRegionalProject");
        var stale = await gateway.PostAsync(
            "mutation($i: CorrectRegionalProjectInput!) { correctRegionalProject(input: $i) { project { name } } }",
            new { i = new { input.id, input.region, version, name = "Lost update", input.from, input.to, input.vacancyIds } },
            municipalityA);
        var listed = await RunAsync(PartnerIdentity.Ministry, "{ regionalProjects(region: \"AM21\") { id name from to vacancyIds version } }", null, "regionalProjects");
        var counted = await RunAsync(PartnerIdentity.NationalDesk, "{ regionalProjectPlacements(region: \"AM21\") { projectId name placements } }", null, "regionalProjectPlacements");
        var forMinistry = await RunAsync(PartnerIdentity.Ministry, "{ regionalProjectPlacements(region: \"AM21\") { placements suppressed } }", null, "regionalProjectPlacements");

        Assert.Equal("Haven en logistiek", corrected.GetProperty("project").GetProperty("name").GetString());
        Assert.Equal(["CONFLICT"], stale.ErrorCodes);
        var project = Assert.Single(listed.EnumerateArray());
        Assert.Equal(("RP-HAVEN", "Haven en logistiek"), (project.GetProperty("id").GetString(), project.GetProperty("name").GetString()));
        Assert.Equal(corrected.GetProperty("project").GetProperty("version").GetString(), project.GetProperty("version").GetString());
        Assert.NotEqual(version, corrected.GetProperty("project").GetProperty("version").GetString());
        var stored = (await gateway.Store.Projects.ListAsync(s_regionA)).Select(p => p.Value);
        var expected = await RegionalProjectPlacements.CountAsync(stored, gateway.Store.Placements.StreamAsync(new PlacementFilter(s_regionA)));
        Assert.Equal(expected.Select(e => $"{e.ProjectId}:{e.Name}:{e.Placements}"), counted.EnumerateArray().Select(c => $"{c.GetProperty("projectId").GetString()}:{c.GetProperty("name").GetString()}:{c.GetProperty("placements").GetInt32()}"));
        Assert.Equal(1, expected[0].Placements);
        Assert.Equal("SMALL_COUNT", Assert.Single(forMinistry.EnumerateArray()).GetProperty("suppressed").GetString());
    }

    [Theory]
    [InlineData("RP/1", "2026-01-01", "2026-12-31")]
    [InlineData("RP-2", "2026-12-31", "2026-01-01")]
    [InlineData("RP-3", "2026-02-30", "2026-12-31")]
    public async Task H6_a_project_with_a_bad_id_or_period_is_BAD_USER_INPUT_and_not_stored(string id, string from, string to)
    {
        var answer = await gateway.PostAsync(
            "mutation($i: RegionalProjectInput!) { recordRegionalProject(input: $i) { project { id } } }",
            new { i = new { id, name = "Bad", region = "AM21", from, to, employerKvks = new[] { "12345678" } } },
            PartnerIdentity.Uwv);

        Assert.Equal(200, answer.Status);
        Assert.Equal(["BAD_USER_INPUT"], answer.ErrorCodes);
        Assert.Null(await gateway.Store.Projects.FindAsync(s_regionA, id));
    }

    [Fact]
    public async Task H5_coverage_without_contacts_counts_the_employers_in_contact_from_the_records_with_their_staff_counts()
    {
        await RunAsync(
            PartnerGateway.Partner("municipality A")!,
            "mutation($i: RecordEmployerStaffInput!) { recordEmployerStaff(input: $i) { employer { staffCounts { date employees sectorCode source } } } }",
            new { i = new { employerId = "EA-RR-A", date = Iso.Date(s_today.PlusDays(-30)), employees = 25, sectorCode = "RETAIL", source = "KvK handelsregister" } },
            "recordEmployerStaff");
        if (await gateway.Store.EmployerTotals.FindLatestAsync(s_regionA, s_today) is null)
        {
            await gateway.Store.EmployerTotals.InsertAsync(new SectorEmployerTotals(s_regionA, s_today.PlusDays(-30), "KvK handelsregister", new Dictionary<string, int> { ["RETAIL"] = 20, ["ICT"] = 5 }));
        }

        var answer = await RunAsync(
            PartnerIdentity.Ministry,
            "query($d: String!) { coverageBySector(region: \"AM21\", asOf: $d) { contactsFromRecords accountsWithoutStaffCount sectors { sectorCode employersInContact employersInRegion } } }",
            new { d = Iso.Date(s_monthEnd) },
            "coverageBySector");

        var expected = CoverageBySector.Compute(
            (await gateway.Store.EmployerTotals.FindLatestAsync(s_regionA, s_monthEnd))!,
            await EmployerContacts.DeriveAsync(gateway.Store, s_regionA, s_monthEnd));
        var forUwv = await RunAsync(
            PartnerIdentity.Uwv,
            "query($d: String!) { coverageBySector(region: \"AM21\", asOf: $d) { accountsWithoutStaffCount sectors { sectorCode employersInContact employersInRegion } } }",
            new { d = Iso.Date(s_monthEnd) },
            "coverageBySector");
        Assert.True(answer.GetProperty("contactsFromRecords").GetBoolean());

        // A partner that reads the region's records learns which accounts lack a staff count; the ministry sees no record id.
        Assert.Equal(["EA-RR-B"], forUwv.GetProperty("accountsWithoutStaffCount").EnumerateArray().Select(a => a.GetString()));
        Assert.Empty(answer.GetProperty("accountsWithoutStaffCount").EnumerateArray());
        Assert.Equal(
            expected.Sectors.Select(s => $"{s.SectorCode}:{s.EmployersInContact}/{s.EmployersInRegion}"),
            forUwv.GetProperty("sectors").EnumerateArray().Select(s => $"{s.GetProperty("sectorCode").GetString()}:{s.GetProperty("employersInContact").GetInt32()}/{s.GetProperty("employersInRegion").GetInt32()}"));
        Assert.Equal(1, expected.Sectors.Single(s => s.SectorCode == "RETAIL").EmployersInContact);

        // The ministry gets the same sectors (a fixed grid), the one employer in contact withheld (cell-key/1: below 5).
        var retail = answer.GetProperty("sectors").EnumerateArray().Single(s => s.GetProperty("sectorCode").GetString() == "RETAIL");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, retail.GetProperty("employersInContact").ValueKind);
    }

    [Fact]
    public async Task H5_a_staff_count_for_another_regions_account_is_FORBIDDEN()
    {
        var answer = await gateway.PostAsync(
            "mutation($i: RecordEmployerStaffInput!) { recordEmployerStaff(input: $i) { employer { id } } }",
            new { i = new { employerId = "EA-RR-A", date = "2026-01-01", employees = 25, sectorCode = "RETAIL", source = "KvK" } },
            PartnerGateway.Partner("municipality B"));

        Assert.Equal(["FORBIDDEN"], answer.ErrorCodes);
    }

    private async Task<JsonElement> RunAsync(PartnerIdentity partner, string query, object? variables, string field)
    {
        var answer = await gateway.PostAsync(query, variables, partner);
        Assert.True(answer.Status == 200 && answer.ErrorCodes.Count == 0, answer.ToString());
        return answer.Data.GetProperty(field);
    }
}
