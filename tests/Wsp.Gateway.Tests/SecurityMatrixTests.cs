using System.Text.Json;
using NodaTime;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Storage;
using Wsp.Sdk.Vacancies;

namespace Wsp.Gateway.Tests;

/// <summary>The gateway with records in region A (Haaglanden) and region B (Groot Amsterdam) for the security matrix.</summary>
public class MatrixGateway : PartnerGateway, IAsyncLifetime
{
    public MatrixGateway()
        : this(GatewayStore.Sqlite())
    {
    }

    protected MatrixGateway(GatewayStore store)
        : base(store)
    {
    }

    public async Task InitializeAsync()
    {
        var a = await SeedAccountAsync("EA-A", Delft);
        await SeedVacancyAsync("V-A", a, Delft, referredCandidate: "cand-a1", book: true);
        var b = await SeedAccountAsync("EA-B", Amsterdam, municipality: "GM0363", postcode: "1011 AB");
        await SeedVacancyAsync("V-B", b, Amsterdam, referredCandidate: "cand-b1", book: true);
        await SeedVacancyOfAnotherRegionsEmployerAsync();
    }

    /// <summary>
    /// An employer at home in region B (its first establishment is in Amsterdam) with an establishment in Delft, and a
    /// vacancy there: the vacancy is a record of region A, the account one of region B.
    /// </summary>
    private async Task SeedVacancyOfAnotherRegionsEmployerAsync()
    {
        await SeedAccountAsync("EA-N", Amsterdam, municipality: "GM0363", postcode: "1012 AB");
        var stored = (await Store.Accounts.FindAsync("EA-N"))!;
        var account = (await Store.Accounts.ReplaceAsync(stored.Value.AddEstablishment(new Establishment(Postcode.Parse("2612 AB"), Gazetteer.Default.FindMunicipality("GM0503")!)), stored.ETag)).Value;
        var clock = SystemClock.Instance;
        var inDelft = account.Establishments.Single(e => e.Municipality.Code.ToString() == "GM0503");
        await Store.Vacancies.InsertAsync(Vacancy.Register(
            new VacancyRegistration("V-N", account, inDelft, Delft, "Magazijnmedewerker V-N", "TRANSPORT_LOGISTICS_WHOLESALE", clock.GetCurrentInstant() - Duration.FromHours(1), clock.GetCurrentInstant().InUtc().Date.PlusDays(30), Publication.Open("werk@example.nl"), isRecruitmentOrder: true),
            clock));
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

/// <summary>The security matrix's gateway over a fresh database on the Cosmos DB stand-in.</summary>
public sealed class CosmosMatrixGateway() : MatrixGateway(GatewayStore.Cosmos());

/// <summary>The security matrix on the embedded SQLite store.</summary>
public sealed class SqliteSecurityMatrixTests(MatrixGateway gateway) : SecurityMatrixTests(gateway), IClassFixture<MatrixGateway>;

/// <summary>The security matrix on the Cosmos DB store (the stand-in): the same rules whichever store answers.</summary>
public sealed class CosmosSecurityMatrixTests(CosmosMatrixGateway gateway) : SecurityMatrixTests(gateway), IClassFixture<CosmosMatrixGateway>;

/// <summary>
/// DESIGN.md, Security model, as a matrix of partner × operation through real HTTP with real signed tokens, derived
/// once per store: reference data is public; records need a token and the record's region (UWV and the national desk
/// read every region, UWV writes anywhere); the ministry gets aggregates only.
/// </summary>
public abstract class SecurityMatrixTests(MatrixGateway gateway)
{
    private static readonly string[] s_partners = ["anonymous", "municipality A", "municipality B", "UWV", "national desk", "ministry"];

    private static readonly string[] s_recordReaders = ["municipality A", "UWV", "national desk"];
    private static readonly string[] s_writers = ["municipality A", "UWV"];

    private static readonly Dictionary<string, string[]> s_allowed = new()
    {
        ["reference query"] = s_partners,
        ["read employer"] = s_recordReaders,
        ["read vacancy with referrals"] = s_recordReaders,
        ["read placements"] = s_recordReaders,
        ["list vacancies of region A"] = s_recordReaders,
        ["job-agreement jobs of region A"] = ["municipality A", "UWV", "national desk", "ministry"],
        ["placements flow"] = ["municipality A", "municipality B", "UWV", "national desk", "ministry"],
        ["registerEmployer"] = s_writers,
        ["recordVisit"] = s_writers,
        ["registerVacancy"] = s_writers,
        ["referCandidate"] = s_writers,
        ["bookPlacement"] = s_writers,
        ["handOverVacancy"] = s_writers,
        ["takeOverAccount"] = s_writers,
        ["closeVacancy"] = s_writers,
        ["reactivateVacancy"] = s_writers,
        ["duplicateVacancy"] = s_writers,

        // Issue 7: arrangements are records of the desk's work (never the ministry's); their figures are aggregates.
        ["list arrangements"] = ["municipality A", "municipality B", "UWV", "national desk"],
        ["read the national desk"] = ["municipality A", "municipality B", "UWV", "national desk"],
        ["draftArrangement"] = ["national desk"],
        ["setRegionContact"] = ["national desk"],
        ["joinArrangement"] = ["municipality A"],
        ["arrangement monitoring"] = ["municipality A", "municipality B", "UWV", "national desk", "ministry"],
        ["job-agreement breakdown of region A"] = ["municipality A", "UWV", "national desk", "ministry"],
        ["late vacancy registrations"] = ["municipality A", "municipality B", "UWV", "national desk", "ministry"],

        // Issue 7 (H5, H6): a region's projects are recorded by its municipalities, UWV or the desk; staff counts by the
        // account's writers; the projects and the figures from them are aggregates.
        ["recordRegionalProject"] = ["municipality A", "UWV", "national desk"],
        ["correctRegionalProject"] = ["municipality A", "UWV", "national desk"],
        ["recordEmployerStaff"] = s_writers,
        ["regional projects of region A"] = ["municipality A", "UWV", "national desk", "ministry"],
        ["regional project placements of region A"] = ["municipality A", "UWV", "national desk", "ministry"],
        ["coverage of region A from the records"] = ["municipality A", "UWV", "national desk", "ministry"],
    };

    public static TheoryData<string, string, bool> Cells()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var (operation, allowed) in s_allowed)
        {
            foreach (var partner in s_partners)
            {
                data.Add(partner, operation, allowed.Contains(partner));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Security_partner_may_or_may_not_run_the_operation(string partnerName, string operation, bool allowed)
    {
        var partner = PartnerGateway.Partner(partnerName);
        var (query, variables) = await OperationAsync(operation, partner);

        var answer = await gateway.PostAsync(query, variables, partner);

        if (allowed)
        {
            Assert.True(answer.Status == 200 && answer.ErrorCodes.Count == 0, $"{partnerName} should run {operation}: {answer}");
        }
        else
        {
            var expected = partner is null ? "UNAUTHENTICATED" : "FORBIDDEN";
            Assert.True(answer.ErrorCodes.Contains(expected), $"{partnerName} should get {expected} for {operation}: {answer}");
            Assert.DoesNotContain("cand-", answer.Body.ToString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("municipality A", "V-A")]
    [InlineData("municipality B", "V-B")]
    public async Task Security_a_municipality_lists_only_its_own_regions_vacancies(string partnerName, string own)
    {
        var answer = await gateway.PostAsync("{ vacancies(first: 100) { edges { node { id region { code } } } } }", partner: PartnerGateway.Partner(partnerName));

        var ids = answer.Data.GetProperty("vacancies").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()).ToArray();
        Assert.Contains(own, ids);
        Assert.DoesNotContain(own == "V-A" ? "V-B" : "V-A", ids);
    }

    [Fact]
    public async Task Security_a_vacancy_in_the_own_region_does_not_open_the_account_of_an_employer_at_home_in_another_region()
    {
        var delft = PartnerGateway.Partner("municipality A");

        var direct = await gateway.PostAsync("""{ employer(id: "EA-N") { id name } }""", partner: delft);
        var single = await gateway.PostAsync("""{ vacancy(id: "V-N") { id region { code } employer { id name } } }""", partner: delft);
        var listed = await gateway.PostAsync("""{ vacancies(region: "AM21", first: 100) { edges { node { id employer { id } } } } }""", partner: delft);

        // employer(id) refuses it; through the region's own vacancy it is null, without an error: the vacancy is readable.
        Assert.Equal(["FORBIDDEN"], direct.ErrorCodes);
        Assert.Empty(single.ErrorCodes);
        Assert.Equal("AM21", single.Data.GetProperty("vacancy").GetProperty("region").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, single.Data.GetProperty("vacancy").GetProperty("employer").ValueKind);
        Assert.Empty(listed.ErrorCodes);
        var employers = listed.Data.GetProperty("vacancies").GetProperty("edges").EnumerateArray().ToDictionary(e => e.GetProperty("node").GetProperty("id").GetString()!, e => e.GetProperty("node").GetProperty("employer"));
        Assert.Equal(JsonValueKind.Null, employers["V-N"].ValueKind);
        Assert.Equal("EA-A", employers["V-A"].GetProperty("id").GetString());
        Assert.DoesNotContain("EA-N", single.Body.ToString() + listed.Body.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UWV")]
    [InlineData("national desk")]
    public async Task Security_a_partner_that_reads_the_employers_home_region_reads_it_by_id_and_through_the_vacancy_alike(string partnerName)
    {
        var partner = PartnerGateway.Partner(partnerName);

        var direct = await gateway.PostAsync("""{ employer(id: "EA-N") { id region { code } } }""", partner: partner);
        var single = await gateway.PostAsync("""{ vacancy(id: "V-N") { employer { id region { code } } } }""", partner: partner);

        Assert.Empty(direct.ErrorCodes);
        Assert.Empty(single.ErrorCodes);
        Assert.Equal("AM18", direct.Data.GetProperty("employer").GetProperty("region").GetProperty("code").GetString());
        Assert.Equal(direct.Data.GetProperty("employer").ToString(), single.Data.GetProperty("vacancy").GetProperty("employer").ToString());
    }

    [Fact]
    public async Task Security_UWV_lists_every_regions_vacancies()
    {
        var answer = await gateway.PostAsync("{ vacancies(first: 100) { edges { node { id } } } }", partner: PartnerIdentity.Uwv);

        var ids = answer.Data.GetProperty("vacancies").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()).ToArray();
        Assert.Contains("V-A", ids);
        Assert.Contains("V-B", ids);
    }

    [Theory]
    [InlineData("municipality A", "AM21")]
    [InlineData("municipality B", "AM18")]
    [InlineData("UWV", "AM18,AM21")]
    [InlineData("ministry", "AM18,AM21")]
    public async Task Security_aggregates_without_a_region_cover_a_municipalitys_own_regions_and_every_region_for_the_others(string partnerName, string regions)
    {
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var answer = await gateway.PostAsync("query($d: String!) { jobAgreementJobs(date: $d) { groups { region jobs } } }", new { d = today }, PartnerGateway.Partner(partnerName));

        Assert.Empty(answer.ErrorCodes);
        var seen = answer.Data.GetProperty("jobAgreementJobs").GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("region").GetString()).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(regions, string.Join(",", seen));
    }

    private async Task<(string Query, object? Variables)> OperationAsync(string operation, PartnerIdentity? partner)
    {
        var unique = Guid.NewGuid().ToString("N")[..10];
        var booker = partner?.BookingPartner ?? PartnerGateway.Delft;
        switch (operation)
        {
            case "reference query":
                return ("""{ region(code: "AM21") { name municipalities { code } } }""", null);
            case "read employer":
                return ("""{ employer(id: "EA-A") { id name owner establishments { postcode } } }""", null);
            case "read vacancy with referrals":
                return ("""{ vacancy(id: "V-A") { id title referrals { candidate } placements { id candidate } } }""", null);
            case "read placements":
                return ("""{ placements(region: "AM21") { totalCount edges { node { id candidate } } } }""", null);
            case "list vacancies of region A":
                return ("""{ vacancies(region: "AM21") { edges { node { id employer { name } } } } }""", null);
            case "job-agreement jobs of region A":
                return ("""{ jobAgreementJobs(date: "2030-01-01", region: "AM21") { jobs groups { region employerKind jobs } } }""", null);
            case "placements flow":
                return ("""{ placementsFlow(from: "2020-01-01", to: "2030-12-31", by: [REGION]) { total groups { items { region placements } } } }""", null);
            case "registerEmployer":
                return (
                    "mutation($input: RegisterEmployerInput!) { registerEmployer(input: $input) { employer { id } possibleDuplicates { id } } }",
                    new { input = new { name = "Cell " + unique, kvk = "87654321", kind = "MARKET", postcode = "2612 AA", municipality = "GM0503", reason = "VISITED" } });
            case "recordVisit":
                return (
                    "mutation($input: RecordVisitInput!) { recordVisit(input: $input) { visit { id date } employer { lastContact } } }",
                    new { input = new { employerId = "EA-A", date = "2026-03-02", reason = "Kennismaking", companyActivities = "Groothandel", agreements = "Twee vacatures volgen" } });
            case "registerVacancy":
                return (
                    "mutation($input: RegisterVacancyInput!) { registerVacancy(input: $input) { vacancy { id owner workplaces } } }",
                    new { input = new { employerId = "EA-A", title = "Orderpicker", sectorCode = "TRANSPORT_LOGISTICS_WHOLESALE", receivedAt = "2026-01-05T08:00:00Z", expiresOn = "2030-01-01", publishedOpen = true, publicationText = "werk@example.nl" } });
            case "referCandidate":
                return (
                    "mutation($input: ReferCandidateInput!) { referCandidate(input: $input) { vacancy { referralCount } } }",
                    new { input = new { vacancyId = "V-A", candidate = "cand-" + unique, targetGroups = new[] { "BANENAFSPRAAK" }, meetsRequirements = true } });
            case "bookPlacement":
                {
                    var account = await gateway.SeedAccountAsync("EA-" + unique, booker, postcode: "2611 AB", name: "Book " + unique);
                    await gateway.SeedVacancyAsync("V-" + unique, account, booker, referredCandidate: "cand-" + unique);
                    return (
                        "mutation($input: BookPlacementInput!) { bookPlacement(input: $input) { vacancy { workplaces placementCount } placement { id start } } }",
                        new { input = new { vacancyId = "V-" + unique, candidate = "cand-" + unique, start = "2026-04-01", hoursPerWeek = 25.5 } });
                }

            case "handOverVacancy":
                {
                    var account = await gateway.SeedAccountAsync("EA-" + unique, booker, name: "Hand " + unique);
                    await gateway.SeedVacancyAsync("V-" + unique, account, booker);
                    var to = booker == BookingPartner.Uwv ? "GM0503" : "UWV";
                    return (
                        "mutation($input: HandOverVacancyInput!) { handOverVacancy(input: $input) { vacancy { owner handovers { from to rule } } } }",
                        new { input = new { vacancyId = "V-" + unique, to } });
                }

            case "takeOverAccount":
                {
                    var owner = booker == BookingPartner.Uwv ? PartnerGateway.Delft : BookingPartner.Uwv;
                    await gateway.SeedAccountAsync("EA-" + unique, owner, registeredAt: SystemClock.Instance.GetCurrentInstant() - Duration.FromDays(800), name: "Take " + unique);
                    return (
                        "mutation($input: TakeOverAccountInput!) { takeOverAccount(input: $input) { employer { owner } } }",
                        new { input = new { employerId = "EA-" + unique } });
                }

            case "closeVacancy":
            case "reactivateVacancy":
                {
                    var account = await gateway.SeedAccountAsync("EA-" + unique, booker, name: "Step " + unique);
                    await gateway.SeedVacancyAsync("V-" + unique, account, booker);
                    return (
                        $"mutation($input: VacancyStepInput!) {{ {operation}(input: $input) {{ vacancy {{ status expiresOn }} }} }}",
                        new { input = new { vacancyId = "V-" + unique, expiresOn = "2031-01-01" } });
                }

            case "duplicateVacancy":
                {
                    var owner = booker == PartnerGateway.Delft ? BookingPartner.Uwv : PartnerGateway.Delft;
                    var account = await gateway.SeedAccountAsync("EA-" + unique, owner, name: "Dup " + unique);
                    var vacancy = await gateway.SeedVacancyAsync("V-" + unique, account, owner);
                    await gateway.Store.Vacancies.UpdateAsync(vacancy.Id, v => v.Close());
                    return (
                        "mutation($input: VacancyStepInput!) { duplicateVacancy(input: $input) { vacancy { id owner duplicatedFrom } } }",
                        new { input = new { vacancyId = "V-" + unique } });
                }

            case "list arrangements":
                return ("""{ arrangements(first: 10) { totalCount edges { node { id status regions { region participation } } } } }""", null);
            case "read the national desk":
                return ("""{ nationalDesk { contacts { region person } advisors { id sectors adoptionRegions } } }""", null);
            case "draftArrangement":
                {
                    var account = await SeedNationalEmployerAsync("EA-" + unique);
                    return (
                        "mutation($input: DraftArrangementInput!) { draftArrangement(input: $input) { arrangement { id status } } }",
                        new { input = new { employerId = account.Id, advisorId = "ADV-M", terms = "Banen", jobOpportunities = 100 } });
                }

            case "setRegionContact":
                return (
                    "mutation($input: SetRegionContactInput!) { setRegionContact(input: $input) { nationalDesk { contacts { region person } } } }",
                    new { input = new { region = "AM21", person = "GM0503" } });
            case "joinArrangement":
                {
                    var account = await SeedNationalEmployerAsync("EA-" + unique);
                    var desk = (await gateway.Store.Desk.UpdateAsync(d => d.WithContact(Sdk.Geography.RegionCode.Parse("AM21"), "GM0503"))).Value;
                    var arrangement = Sdk.Arrangements.Arrangement.Draft("NA-" + unique, account, Sdk.Arrangements.ArrangementKind.Municipal, "ADV-M", desk, "Banen", 100, SystemClock.Instance).SendAsConcept().MakeFinal();
                    await gateway.Store.Arrangements.InsertAsync(arrangement);
                    return (
                        "mutation($input: RegionDecisionInput!) { joinArrangement(input: $input) { arrangement { regions { region participation } } } }",
                        new { input = new { arrangementId = "NA-" + unique, region = "AM21" } });
                }

            case "arrangement monitoring":
                return ("""{ arrangementMonitoring(from: "2020-01-01", to: "2030-12-31") { arrangements { arrangementId placements regions { region placements } } } }""", null);
            case "job-agreement breakdown of region A":
                return ("""{ jobAgreementBreakdown(at: "2030-01-01", region: "AM21", by: [SECTOR, EMPLOYER, PARTNER]) { jobs groups { items { sectorCode partner jobs } } } }""", null);
            case "late vacancy registrations":
                return ("""{ lateVacancyRegistrations(from: "2020-01-01", to: "2030-12-31") { registered late regions { region late } } }""", null);

            case "recordRegionalProject":
                return (
                    "mutation($input: RegionalProjectInput!) { recordRegionalProject(input: $input) { project { id version } } }",
                    new { input = new { id = "RP-" + unique, name = "Project " + unique, region = "AM21", from = "2026-01-01", to = "2026-12-31", vacancyIds = new[] { "V-A" } } });
            case "correctRegionalProject":
                {
                    var stored = await gateway.Store.Projects.InsertAsync(new Sdk.RegionalProjects.RegionalProject("RP-" + unique, "Project " + unique, Sdk.Geography.RegionCode.Parse("AM21"), new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)), [], ["V-A"]));
                    return (
                        "mutation($input: CorrectRegionalProjectInput!) { correctRegionalProject(input: $input) { project { id name version } } }",
                        new { input = new { id = "RP-" + unique, region = "AM21", version = stored.ETag, name = "Corrected " + unique, from = "2026-01-01", to = "2026-12-31", vacancyIds = new[] { "V-A" } } });
                }

            case "recordEmployerStaff":
                return (
                    "mutation($input: RecordEmployerStaffInput!) { recordEmployerStaff(input: $input) { employer { id staffCounts { date employees } } } }",
                    new { input = new { employerId = "EA-A", date = "2026-01-01", employees = 12, sectorCode = "RETAIL", source = "KvK handelsregister" } });
            case "regional projects of region A":
                return ("""{ regionalProjects(region: "AM21") { id name version } }""", null);
            case "regional project placements of region A":
                return ("""{ regionalProjectPlacements(region: "AM21") { projectId placements } }""", null);
            case "coverage of region A from the records":
                if (await gateway.Store.EmployerTotals.FindLatestAsync(Sdk.Geography.RegionCode.Parse("AM21"), new LocalDate(2026, 1, 1)) is null)
                {
                    await gateway.Store.EmployerTotals.InsertAsync(new Sdk.Sectors.SectorEmployerTotals(Sdk.Geography.RegionCode.Parse("AM21"), new LocalDate(2026, 1, 1), "KvK", new Dictionary<string, int> { ["RETAIL"] = 10 }));
                }

                return ("""{ coverageBySector(region: "AM21", asOf: "2026-06-30") { contactsFromRecords accountsWithoutStaffCount sectors { sectorCode employersInContact } } }""", null);

            default:
                throw new ArgumentOutOfRangeException(nameof(operation), operation, "No such operation in the matrix.");
        }
    }

    // A national employer (L1: establishments in four or more regions) with the desk's advisor, for the desk's operations.
    private async Task<Sdk.Employers.EmployerAccount> SeedNationalEmployerAsync(string id)
    {
        await gateway.Store.Desk.UpdateAsync(d => d.WithAdvisor(new Sdk.Arrangements.Advisor("ADV-M", "Matrix adviseur", [], [])));
        var account = Sdk.Employers.EmployerAccount.Restore(
            id,
            "Landelijk " + id,
            null,
            Sdk.Employers.EmployerKind.Market,
            PartnerGateway.Delft,
            [.. new[] { ("2611 AB", "GM0503"), ("1011 AB", "GM0363"), ("3511 AB", "GM0344"), ("3011 AB", "GM0599") }.Select(e => new Sdk.Employers.Establishment(Sdk.Employers.Postcode.Parse(e.Item1), Sdk.Geography.Gazetteer.Default.FindMunicipality(e.Item2)!))],
            [new Sdk.Employers.AuditEntry(SystemClock.Instance.GetCurrentInstant(), PartnerGateway.Delft, Sdk.Employers.ContactKind.Registered, "Registered after a visit")]);
        return (await gateway.Store.Accounts.InsertAsync(account)).Value;
    }
}
