using System.Text.Json;
using NodaTime;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Tests;

/// <summary>A partner gateway over a fresh database on the Cosmos DB stand-in.</summary>
public sealed class CosmosPartnerGateway() : PartnerGateway(GatewayStore.Cosmos());

/// <summary>The arrangement walk-through on the embedded SQLite store.</summary>
public sealed class SqliteArrangementWorkflowTests(PartnerGateway gateway) : ArrangementWorkflowTests(gateway), IClassFixture<PartnerGateway>;

/// <summary>The arrangement walk-through on the Cosmos DB store (the stand-in).</summary>
public sealed class CosmosArrangementWorkflowTests(CosmosPartnerGateway gateway) : ArrangementWorkflowTests(gateway), IClassFixture<CosmosPartnerGateway>;

/// <summary>
/// Issue 7's "Done means" through GraphQL on a real store, derived once per store: the national desk drafts an
/// arrangement with a national employer, sends it, records input and finalises it; one region's contact person joins,
/// another declines; a placement is booked under it in the joined region and refused (L2) in the declining one; the
/// monitoring (L5) shows it, with the same numbers as the SDK computes over the store.
/// </summary>
public abstract class ArrangementWorkflowTests(PartnerGateway gateway)
{
    private static readonly PartnerIdentity s_desk = PartnerIdentity.NationalDesk;
    private static readonly PartnerIdentity s_delft = PartnerGateway.Partner("municipality A")!;
    private static readonly PartnerIdentity s_amsterdam = PartnerGateway.Partner("municipality B")!;
    private static readonly PartnerIdentity s_denHaag = PartnerIdentity.ForMunicipality(Gazetteer.Default.FindMunicipality("GM0518")!);

    [Fact]
    public async Task L2_L3_L5_the_desk_drafts_sends_finalises_regions_join_and_decline_placements_are_booked_and_monitored()
    {
        var id = Unique();
        await SetUpDeskAsync();
        var account = await SeedNationalEmployerAsync("EA-" + id);

        var drafted = await RunAsync(
            s_desk,
            "mutation($i: DraftArrangementInput!) { draftArrangement(input: $i) { arrangement { id status kind jobOpportunities meetsPreferredJobOpportunities isNationalEmployer employer { id isNationalEmployer } advisorId } } }",
            new { i = new { id = "NA-" + id, employerId = account.Id, advisorId = "ADV-1", terms = "Honderdtwintig banen in de logistiek", jobOpportunities = 120 } },
            "draftArrangement");
        var arrangement = drafted.GetProperty("arrangement");
        Assert.Equal("DRAFT", arrangement.GetProperty("status").GetString());
        Assert.Equal("MUNICIPAL", arrangement.GetProperty("kind").GetString());
        Assert.True(arrangement.GetProperty("meetsPreferredJobOpportunities").GetBoolean());
        Assert.True(arrangement.GetProperty("isNationalEmployer").GetBoolean());
        Assert.True(arrangement.GetProperty("employer").GetProperty("isNationalEmployer").GetBoolean());

        await StepAsync("sendArrangementAsConcept", id);
        await RunAsync(
            s_desk,
            "mutation($i: RecordRegionalInputInput!) { recordRegionalInput(input: $i) { arrangement { regionalInput { region input onVersion } } } }",
            new { i = new { arrangementId = "NA-" + id, region = PartnerGateway.RegionA, input = "Graag ook de glastuinbouw" } },
            "recordRegionalInput");
        await RunAsync(
            s_desk,
            "mutation($i: ReviseArrangementInput!) { reviseArrangement(input: $i) { arrangement { versions { number } } } }",
            new { i = new { arrangementId = "NA-" + id, terms = "Honderdtwintig banen in logistiek en glastuinbouw", jobOpportunities = 90 } },
            "reviseArrangement");
        await StepAsync("finaliseArrangement", id);

        await DecideAsync(s_delft, "joinArrangement", id, PartnerGateway.RegionA);
        await DecideAsync(s_amsterdam, "declineArrangement", id, PartnerGateway.RegionB);

        var read = await RunAsync(
            s_desk,
            "query($id: ID!) { arrangement(id: $id) { status meetsPreferredJobOpportunities versions { number jobOpportunities } regionalInput { region onVersion } regions { region participation signedVersion decidedBy } } }",
            new { id = "NA-" + id },
            "arrangement");
        Assert.Equal("FINAL", read.GetProperty("status").GetString());
        Assert.False(read.GetProperty("meetsPreferredJobOpportunities").GetBoolean()); // shown, not enforced (L1)
        Assert.Equal(2, read.GetProperty("versions").GetArrayLength());
        Assert.Equal(1, read.GetProperty("regionalInput")[0].GetProperty("onVersion").GetInt32());
        var regions = read.GetProperty("regions").EnumerateArray().ToDictionary(r => r.GetProperty("region").GetString()!);
        Assert.Equal("JOINED", regions[PartnerGateway.RegionA].GetProperty("participation").GetString());
        Assert.Equal(2, regions[PartnerGateway.RegionA].GetProperty("signedVersion").GetInt32());
        Assert.Equal("GM0503", regions[PartnerGateway.RegionA].GetProperty("decidedBy").GetString());
        Assert.Equal("DECLINED", regions[PartnerGateway.RegionB].GetProperty("participation").GetString());
        Assert.Equal("PENDING", regions["AM01"].GetProperty("participation").GetString());

        // Booking under the arrangement: the joined region may, the declining one may not (L2).
        var today = gateway.Today;
        // The establishments are accounts of their own, with the national employer's KvK number: the arrangement's employer (L2).
        var inA = await gateway.SeedAccountAsync("EA-A-" + id, PartnerGateway.Delft, name: "Vestiging A " + id, kvk: account.Kvk);
        await gateway.SeedVacancyAsync("V-A-" + id, inA, PartnerGateway.Delft, referredCandidate: "cand-a-" + id);
        var booked = await RunAsync(
            s_delft,
            "mutation($i: BookPlacementInput!) { bookPlacement(input: $i) { placement { id } } }",
            new { i = new { vacancyId = "V-A-" + id, placementId = "P-A-" + id, candidate = "cand-a-" + id, start = Iso(today), hoursPerWeek = 25.5, arrangementId = "NA-" + id } },
            "bookPlacement");
        Assert.Equal("P-A-" + id, booked.GetProperty("placement").GetProperty("id").GetString());

        var inB = await gateway.SeedAccountAsync("EA-B-" + id, PartnerGateway.Amsterdam, municipality: "GM0363", postcode: "1011 AB", name: "Vestiging B " + id, kvk: account.Kvk);
        await gateway.SeedVacancyAsync("V-B-" + id, inB, PartnerGateway.Amsterdam, referredCandidate: "cand-b-" + id);
        var refused = await gateway.PostAsync(
            "mutation($i: BookPlacementInput!) { bookPlacement(input: $i) { placement { id } } }",
            new { i = new { vacancyId = "V-B-" + id, placementId = "P-B-" + id, candidate = "cand-b-" + id, start = Iso(today), hoursPerWeek = 25.5, arrangementId = "NA-" + id } },
            s_amsterdam);
        Assert.Equal(["L2"], refused.ErrorCodes);

        // Monitoring (L5): the GraphQL answer equals the SDK's computation over the same store data.
        var period = new DateInterval(today.PlusDays(-30), today.PlusDays(30));
        var monitoring = await RunAsync(
            s_desk,
            "query($id: ID, $from: String!, $to: String!) { arrangementMonitoring(arrangementId: $id, from: $from, to: $to) { figure arrangements { arrangementId jobOpportunities placements regions { region participation signedVersion placements } } } }",
            new { id = "NA-" + id, from = Iso(period.Start), to = Iso(period.End) },
            "arrangementMonitoring");
        var stored = (await gateway.Store.Arrangements.FindAsync("NA-" + id))!.Value;
        var expected = await ArrangementMonitoring.ComputeAsync([stored], gateway.Store.Placements.StreamAsync(PlacementFilter.StartedIn(period)), period);
        var result = Assert.Single(monitoring.GetProperty("arrangements").EnumerateArray());
        Assert.Equal(expected.Arrangements[0].Placements, result.GetProperty("placements").GetInt32());
        Assert.Equal(1, result.GetProperty("placements").GetInt32());
        Assert.Equal(90, result.GetProperty("jobOpportunities").GetInt32());
        var byRegion = result.GetProperty("regions").EnumerateArray().ToDictionary(r => r.GetProperty("region").GetString()!);
        Assert.Equal(expected.Arrangements[0].Regions.Count, byRegion.Count);
        Assert.Equal(1, byRegion[PartnerGateway.RegionA].GetProperty("placements").GetInt32());
        Assert.Equal(0, byRegion[PartnerGateway.RegionB].GetProperty("placements").GetInt32());
        Assert.Equal("DECLINED", byRegion[PartnerGateway.RegionB].GetProperty("participation").GetString());

        // A municipality sees its own region's row only; the ministry sees the aggregate but not the arrangement.
        var own = await RunAsync(s_delft, "query($id: ID, $from: String!, $to: String!) { arrangementMonitoring(arrangementId: $id, from: $from, to: $to) { arrangements { regions { region } } } }", new { id = "NA-" + id, from = Iso(period.Start), to = Iso(period.End) }, "arrangementMonitoring");
        Assert.Equal([PartnerGateway.RegionA], own.GetProperty("arrangements")[0].GetProperty("regions").EnumerateArray().Select(r => r.GetProperty("region").GetString()));
        // The ministry asks a whole year (its query space, docs/disclosure.md).
        await RunAsync(PartnerIdentity.Ministry, "query($from: String!, $to: String!) { arrangementMonitoring(from: $from, to: $to) { arrangements { placements } } }", new { from = $"{period.Start.Year}-01-01", to = $"{period.Start.Year}-12-31" }, "arrangementMonitoring");
        var ministry = await gateway.PostAsync("query($id: ID!) { arrangement(id: $id) { id } }", new { id = "NA-" + id }, PartnerIdentity.Ministry);
        Assert.Equal(["FORBIDDEN"], ministry.ErrorCodes);
    }

    [Fact]
    public async Task L2_an_illegal_step_is_refused_with_the_rule_id()
    {
        var id = Unique();
        await SetUpDeskAsync();
        var account = await SeedNationalEmployerAsync("EA-" + id);
        await RunAsync(s_desk, "mutation($i: DraftArrangementInput!) { draftArrangement(input: $i) { arrangement { id } } }", new { i = new { id = "NA-" + id, employerId = account.Id, advisorId = "ADV-1", terms = "Banen", jobOpportunities = 100 } }, "draftArrangement");

        var finalised = await gateway.PostAsync("mutation($i: ArrangementStepInput!) { finaliseArrangement(input: $i) { arrangement { status } } }", new { i = new { arrangementId = "NA-" + id } }, s_desk);
        Assert.Equal(["L2"], finalised.ErrorCodes);

        var joined = await gateway.PostAsync("mutation($i: RegionDecisionInput!) { joinArrangement(input: $i) { arrangement { status } } }", new { i = new { arrangementId = "NA-" + id, region = PartnerGateway.RegionA } }, s_delft);
        Assert.Equal(["L2"], joined.ErrorCodes);
    }

    [Fact]
    public async Task L2_a_booking_under_an_arrangement_at_another_employers_vacancy_is_refused_naming_arrangementId()
    {
        var id = Unique();
        await SetUpDeskAsync();
        var account = await SeedNationalEmployerAsync("EA-" + id);
        await RunAsync(s_desk, "mutation($i: DraftArrangementInput!) { draftArrangement(input: $i) { arrangement { id } } }", new { i = new { id = "NA-" + id, employerId = account.Id, advisorId = "ADV-1", terms = "Banen", jobOpportunities = 100 } }, "draftArrangement");
        await StepAsync("sendArrangementAsConcept", id);
        await StepAsync("finaliseArrangement", id);
        await DecideAsync(s_delft, "joinArrangement", id, PartnerGateway.RegionA);

        // Delft joined, but the vacancy is another company's (its own KvK number): not the arrangement's employer.
        var other = await gateway.SeedAccountAsync("EA-O-" + id, PartnerGateway.Delft, name: "Andere werkgever " + id);
        await gateway.SeedVacancyAsync("V-O-" + id, other, PartnerGateway.Delft, referredCandidate: "cand-o-" + id);
        var refused = await gateway.PostAsync(
            "mutation($i: BookPlacementInput!) { bookPlacement(input: $i) { placement { id } } }",
            new { i = new { vacancyId = "V-O-" + id, placementId = "P-O-" + id, candidate = "cand-o-" + id, start = Iso(gateway.Today), hoursPerWeek = 25.5, arrangementId = "NA-" + id } },
            s_delft);

        Assert.Equal(200, refused.Status);
        Assert.Equal(["L2"], refused.ErrorCodes);
        var message = refused.Body.GetProperty("errors")[0].GetProperty("message").GetString()!;
        Assert.Contains("'arrangementId'", message, StringComparison.Ordinal);
        Assert.Contains(account.Kvk!.Value.ToString(), message, StringComparison.Ordinal);
        Assert.Empty((await gateway.Store.Vacancies.FindAsync("V-O-" + id))!.Value.Placements);
    }

    [Fact]
    public async Task L1_an_employer_in_fewer_than_four_regions_gets_no_arrangement()
    {
        var id = Unique();
        await SetUpDeskAsync();
        var local = await gateway.SeedAccountAsync("EA-" + id, PartnerGateway.Delft, name: "Lokaal " + id);

        var answer = await gateway.PostAsync("mutation($i: DraftArrangementInput!) { draftArrangement(input: $i) { arrangement { id } } }", new { i = new { employerId = local.Id, advisorId = "ADV-1", terms = "Banen", jobOpportunities = 100 } }, s_desk);

        Assert.Equal(["L1"], answer.ErrorCodes);
    }

    [Fact]
    public async Task L4_only_the_regions_contact_person_joins_another_municipality_in_the_region_gets_L4()
    {
        var id = Unique();
        await SetUpDeskAsync();
        await FinalArrangementAsync(id);

        var denHaag = await gateway.PostAsync("mutation($i: RegionDecisionInput!) { joinArrangement(input: $i) { arrangement { id } } }", new { i = new { arrangementId = "NA-" + id, region = PartnerGateway.RegionA } }, s_denHaag);
        Assert.Equal(["L4"], denHaag.ErrorCodes);

        var outside = await gateway.PostAsync("mutation($i: RegionDecisionInput!) { joinArrangement(input: $i) { arrangement { id } } }", new { i = new { arrangementId = "NA-" + id, region = PartnerGateway.RegionA } }, s_amsterdam);
        Assert.Equal(["FORBIDDEN"], outside.ErrorCodes);

        var uwv = await gateway.PostAsync("mutation($i: RegionDecisionInput!) { declineArrangement(input: $i) { arrangement { id } } }", new { i = new { arrangementId = "NA-" + id, region = PartnerGateway.RegionA } }, PartnerIdentity.Uwv);
        Assert.Equal(["FORBIDDEN"], uwv.ErrorCodes);
    }

    [Fact]
    public async Task L2_L4_L6_the_desk_links_regional_agreements_references_uwv_and_reassigns_the_advisor()
    {
        var id = Unique();
        await SetUpDeskAsync();
        await FinalArrangementAsync(id);

        await RunAsync(s_desk, "mutation($i: LinkRegionalAgreementInput!) { linkRegionalAgreement(input: $i) { arrangement { id } } }", new { i = new { arrangementId = "NA-" + id, region = PartnerGateway.RegionB, reference = "RA-AMS-7" } }, "linkRegionalAgreement");
        await RunAsync(s_desk, "mutation($i: ReferenceUwvArrangementInput!) { referenceUwvArrangement(input: $i) { arrangement { id } } }", new { i = new { arrangementId = "NA-" + id, uwvArrangementId = "UWV-LA-12" } }, "referenceUwvArrangement");
        var assigned = await RunAsync(s_desk, "mutation($i: AssignAdvisorInput!) { assignAdvisor(input: $i) { arrangement { advisorId advisor { id name sectors } regionalAgreements { region reference } uwvReferences } } }", new { i = new { arrangementId = "NA-" + id, advisorId = "ADV-2" } }, "assignAdvisor");

        Assert.Equal("ADV-2", assigned.GetProperty("arrangement").GetProperty("advisorId").GetString());
        Assert.Equal("Bram Jansen", assigned.GetProperty("arrangement").GetProperty("advisor").GetProperty("name").GetString());
        Assert.Equal("RA-AMS-7", assigned.GetProperty("arrangement").GetProperty("regionalAgreements")[0].GetProperty("reference").GetString());
        Assert.Equal("UWV-LA-12", assigned.GetProperty("arrangement").GetProperty("uwvReferences")[0].GetString());

        // L6 the other way: from UWV's national arrangement back to the desk's arrangements that reference it.
        var back = await RunAsync(PartnerIdentity.Uwv, "query($u: String) { arrangements(first: 100, uwvReference: $u) { edges { node { id uwvReferences } } } }", new { u = "UWV-LA-12" }, "arrangements");
        Assert.Contains("NA-" + id, back.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()));
        Assert.All(back.GetProperty("edges").EnumerateArray(), e => Assert.Contains("UWV-LA-12", e.GetProperty("node").GetProperty("uwvReferences").EnumerateArray().Select(u => u.GetString())));
        var none = await RunAsync(PartnerIdentity.Uwv, "{ arrangements(first: 100, uwvReference: \"UWV-LA-NONE\") { totalCount } }", null, "arrangements");
        Assert.Equal(0, none.GetProperty("totalCount").GetInt32());
        var blank = await gateway.PostAsync("{ arrangements(first: 100, uwvReference: \" \") { totalCount } }", null, PartnerIdentity.Uwv);
        Assert.Equal(["BAD_USER_INPUT"], blank.ErrorCodes);

        // Municipality A reads the arrangement but not region B's regional agreement (L3: each region its own).
        var fromA = await RunAsync(s_delft, "query($id: ID!) { arrangement(id: $id) { regionalAgreements { region } regions { region } } }", new { id = "NA-" + id }, "arrangement");
        Assert.Equal(0, fromA.GetProperty("regionalAgreements").GetArrayLength());
        Assert.Equal([PartnerGateway.RegionA], fromA.GetProperty("regions").EnumerateArray().Select(r => r.GetProperty("region").GetString()));

        var unknown = await gateway.PostAsync("mutation($i: AssignAdvisorInput!) { assignAdvisor(input: $i) { arrangement { id } } }", new { i = new { arrangementId = "NA-" + id, advisorId = "NOBODY" } }, s_desk);
        Assert.Equal(["L4"], unknown.ErrorCodes);
    }

    [Fact]
    public async Task L4_the_desk_organisation_lists_contacts_and_advisors_and_only_the_desk_changes_it()
    {
        await SetUpDeskAsync();

        var desk = await RunAsync(s_delft, "{ nationalDesk { contacts { region person } advisors { id name sectors adoptionRegions } } }", null, "nationalDesk");
        Assert.Contains(desk.GetProperty("contacts").EnumerateArray(), c => c.GetProperty("region").GetString() == PartnerGateway.RegionA && c.GetProperty("person").GetString() == "GM0503");
        var advisor = desk.GetProperty("advisors").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "ADV-1");
        Assert.Equal(["TRANSPORT_LOGISTICS_WHOLESALE"], advisor.GetProperty("sectors").EnumerateArray().Select(s => s.GetString()));

        var byMunicipality = await gateway.PostAsync("mutation($i: SetRegionContactInput!) { setRegionContact(input: $i) { nationalDesk { contacts { region } } } }", new { i = new { region = PartnerGateway.RegionA, person = "GM0518" } }, s_delft);
        Assert.Equal(["FORBIDDEN"], byMunicipality.ErrorCodes);

        var elsewhere = await gateway.PostAsync("mutation($i: SetRegionContactInput!) { setRegionContact(input: $i) { nationalDesk { contacts { region } } } }", new { i = new { region = PartnerGateway.RegionA, person = "GM0363" } }, s_desk);
        Assert.Equal(["BAD_USER_INPUT"], elsewhere.ErrorCodes);
    }

    [Theory]
    [InlineData("{ vacancies(region: \"AM99\", first: 1) { edges { node { id } } } }", "region", "AM99")]
    [InlineData("{ arrangements(region: \"Haaglanden\") { totalCount } }", "region", "Haaglanden")]
    [InlineData("mutation { setRegionContact(input: { region: \"AM00\", person: \"GM0503\" }) { nationalDesk { contacts { region } } } }", "region", "AM00")]
    [InlineData("mutation { addAdvisor(input: { id: \"ADV-X\", name: \"X\", sectors: [], adoptionRegions: [\"AM21\", \"am-21\"] }) { nationalDesk { advisors { id } } } }", "adoptionRegions", "am-21")]
    [InlineData("mutation { recordSectorEmployerTotals(input: { region: \"AM31\", date: \"2025-01-01\", source: \"LISA\", sectors: [] }) { region } }", "region", "AM31")]
    public async Task A_region_code_of_no_region_is_the_same_BAD_USER_INPUT_naming_the_field_wherever_a_region_is_asked(string query, string field, string text)
    {
        var answer = await gateway.PostAsync(query, partner: s_desk);

        Assert.Equal(["BAD_USER_INPUT"], answer.ErrorCodes);
        Assert.Equal($"'{field}' is '{text}': expected a labour market region code such as AM21.", answer.Body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Security_a_municipality_does_not_see_the_desks_drafts()
    {
        var id = Unique();
        await SetUpDeskAsync();
        var account = await SeedNationalEmployerAsync("EA-" + id);
        await RunAsync(s_desk, "mutation($i: DraftArrangementInput!) { draftArrangement(input: $i) { arrangement { id } } }", new { i = new { id = "NA-" + id, employerId = account.Id, advisorId = "ADV-1", terms = "Banen", jobOpportunities = 100 } }, "draftArrangement");

        var single = await gateway.PostAsync("query($id: ID!) { arrangement(id: $id) { id } }", new { id = "NA-" + id }, s_delft);
        Assert.Equal(["FORBIDDEN"], single.ErrorCodes);
        var list = await RunAsync(s_delft, "{ arrangements(first: 100, status: DRAFT) { totalCount } }", null, "arrangements");
        Assert.Equal(0, list.GetProperty("totalCount").GetInt32());
        var desk = await RunAsync(s_desk, "{ arrangements(first: 100, status: DRAFT) { totalCount edges { node { id } } } }", null, "arrangements");
        Assert.Contains(desk.GetProperty("edges").EnumerateArray(), e => e.GetProperty("node").GetProperty("id").GetString() == "NA-" + id);

        // Nor through the monitoring (L5): the draft is neither listed nor found by id.
        var monitored = await RunAsync(s_delft, "{ arrangementMonitoring(from: \"2025-01-01\", to: \"2025-12-31\") { arrangements { arrangementId } } }", null, "arrangementMonitoring");
        Assert.DoesNotContain(monitored.GetProperty("arrangements").EnumerateArray(), a => a.GetProperty("arrangementId").GetString() == "NA-" + id);
        var byId = await gateway.PostAsync("query($id: ID) { arrangementMonitoring(arrangementId: $id, from: \"2025-01-01\", to: \"2025-12-31\") { arrangements { arrangementId } } }", new { id = "NA-" + id }, s_delft);
        Assert.Equal(["NOT_FOUND"], byId.ErrorCodes);
    }

    private async Task FinalArrangementAsync(string id)
    {
        var account = await SeedNationalEmployerAsync("EA-" + id);
        await RunAsync(s_desk, "mutation($i: DraftArrangementInput!) { draftArrangement(input: $i) { arrangement { id } } }", new { i = new { id = "NA-" + id, employerId = account.Id, advisorId = "ADV-1", terms = "Banen", jobOpportunities = 100 } }, "draftArrangement");
        await StepAsync("sendArrangementAsConcept", id);
        await StepAsync("finaliseArrangement", id);
    }

    private async Task SetUpDeskAsync()
    {
        await RunAsync(s_desk, "mutation($i: AddAdvisorInput!) { addAdvisor(input: $i) { nationalDesk { advisors { id } } } }", new { i = new { id = "ADV-1", name = "Anna de Vries", sectors = new[] { "TRANSPORT_LOGISTICS_WHOLESALE" }, adoptionRegions = new[] { PartnerGateway.RegionA } } }, "addAdvisor");
        await RunAsync(s_desk, "mutation($i: AddAdvisorInput!) { addAdvisor(input: $i) { nationalDesk { advisors { id } } } }", new { i = new { id = "ADV-2", name = "Bram Jansen", sectors = new[] { "RETAIL" }, adoptionRegions = new[] { PartnerGateway.RegionB } } }, "addAdvisor");
        await RunAsync(s_desk, "mutation($i: SetRegionContactInput!) { setRegionContact(input: $i) { nationalDesk { contacts { region } } } }", new { i = new { region = PartnerGateway.RegionA, person = "GM0503" } }, "setRegionContact");
        await RunAsync(s_desk, "mutation($i: SetRegionContactInput!) { setRegionContact(input: $i) { nationalDesk { contacts { region } } } }", new { i = new { region = PartnerGateway.RegionB, person = "GM0363" } }, "setRegionContact");
    }

    private async Task<EmployerAccount> SeedNationalEmployerAsync(string id)
    {
        // Establishments in five regions: a national employer (L1) is derived from them, never typed in.
        var at = gateway.Clock.GetCurrentInstant();
        var account = EmployerAccount.FromState(new EmployerAccountState
        {
            Id = id,
            Name = "Landelijk " + id,
            Kvk = KvkNumber.Parse("2" + Math.Abs(id.GetHashCode(StringComparison.Ordinal) % 10_000_000).ToString("D7", System.Globalization.CultureInfo.InvariantCulture)),
            Kind = EmployerKind.Market,
            Owner = PartnerGateway.Delft,
            Establishments = [
                new Establishment(Postcode.Parse("2611 AB"), Gazetteer.Default.FindMunicipality("GM0503")!),
                new Establishment(Postcode.Parse("1011 AB"), Gazetteer.Default.FindMunicipality("GM0363")!),
                new Establishment(Postcode.Parse("3511 AB"), Gazetteer.Default.FindMunicipality("GM0344")!),
                new Establishment(Postcode.Parse("3011 AB"), Gazetteer.Default.FindMunicipality("GM0599")!),
                new Establishment(Postcode.Parse("9711 AB"), Gazetteer.Default.FindMunicipality("GM0014")!),
            ],
            AuditTrail = [new AuditEntry(at, PartnerGateway.Delft, ContactKind.Registered, "Registered after a visit")],
        });
        Assert.True(account.IsNationalEmployer);
        return (await gateway.Store.Accounts.InsertAsync(account)).Value;
    }

    private Task<JsonElement> StepAsync(string step, string id) =>
        RunAsync(s_desk, $"mutation($i: ArrangementStepInput!) {{ {step}(input: $i) {{ arrangement {{ status }} }} }}", new { i = new { arrangementId = "NA-" + id } }, step);

    private Task<JsonElement> DecideAsync(PartnerIdentity partner, string decision, string id, string region) =>
        RunAsync(partner, $"mutation($i: RegionDecisionInput!) {{ {decision}(input: $i) {{ arrangement {{ status }} }} }}", new { i = new { arrangementId = "NA-" + id, region } }, decision);

    private async Task<JsonElement> RunAsync(PartnerIdentity partner, string query, object? variables, string field)
    {
        var answer = await gateway.PostAsync(query, variables, partner);
        Assert.True(answer.Status == 200 && answer.ErrorCodes.Count == 0, answer.ToString());
        return answer.Data.GetProperty(field);
    }

    private static string Iso(LocalDate date) => Schema.Iso.Date(date);

    private static string Unique() => Guid.NewGuid().ToString("N")[..10];
}
