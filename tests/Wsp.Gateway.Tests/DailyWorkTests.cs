using System.Text.Json;
using NodaTime;
using NodaTime.Testing;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Vacancies;

namespace Wsp.Gateway.Tests;

/// <summary>The account managers' and the desk's daily work on the embedded SQLite store.</summary>
public sealed class SqliteDailyWorkTests(PartnerGateway gateway) : DailyWorkTests(gateway), IClassFixture<PartnerGateway>;

/// <summary>The account managers' and the desk's daily work on the Cosmos DB store (the stand-in).</summary>
public sealed class CosmosDailyWorkTests(CosmosPartnerGateway gateway) : DailyWorkTests(gateway), IClassFixture<CosmosPartnerGateway>;

/// <summary>
/// Issue 17's "Done means" through GraphQL on a real store, once per store: the desk onboards a national employer with
/// four establishments and drafts an arrangement with GraphQL only; an account manager finds an employer by
/// "korenbloem", reads its trail and visits, sees the take-over candidates and its work queue; a vacancy expires,
/// is corrected and closed with a reason; a co-production shows its vacancies and partners.
/// </summary>
public abstract class DailyWorkTests(PartnerGateway gateway)
{
    private static readonly PartnerIdentity s_desk = PartnerIdentity.NationalDesk;
    private static readonly PartnerIdentity s_delft = PartnerGateway.Partner("municipality A")!;

    [Fact]
    public async Task L1_the_desk_onboards_a_national_employer_with_four_establishments_and_drafts_an_arrangement_with_GraphQL_only()
    {
        var id = Unique();
        await RunAsync(s_desk, "mutation($i: AddAdvisorInput!) { addAdvisor(input: $i) { nationalDesk { advisors { id } } } }", new { i = new { id = "ADV-" + id, name = "Anna de Vries", sectors = new[] { "RETAIL" }, adoptionRegions = new[] { PartnerGateway.RegionA } } }, "addAdvisor");

        // Registered without a KvK number, for the chain partner the desk names as owner (H7), at a postcode of its own.
        var postcode = "2612 " + (char)('A' + (id[0] % 16)) + (char)('A' + (id[1] % 16));
        var registered = await RunAsync(
            s_desk,
            "mutation($i: RegisterEmployerInput!) { registerEmployer(input: $i) { employer { id owner kvk isNationalEmployer } } }",
            new { i = new { id = "EA-" + id, name = "Landelijke Supermarkt " + id, kind = "MARKET", postcode, municipality = "GM0503", reason = "VISITED", owner = "GM0503" } },
            "registerEmployer");
        Assert.Equal("GM0503", registered.GetProperty("employer").GetProperty("owner").GetString());
        Assert.Equal(JsonValueKind.Null, registered.GetProperty("employer").GetProperty("kvk").ValueKind);

        var before = await gateway.PostAsync("mutation($i: DraftArrangementInput!) { draftArrangement(input: $i) { arrangement { id } } }", new { i = new { employerId = "EA-" + id, advisorId = "ADV-" + id, terms = "Banen", jobOpportunities = 100 } }, s_desk);
        Assert.Equal(["L1"], before.ErrorCodes);

        foreach (var (municipality, at) in new[] { ("GM0363", "1011 AB"), ("GM0344", "3511 AB"), ("GM0599", "3011 AB") })
        {
            await RunAsync(s_desk, "mutation($i: AddEstablishmentInput!) { addEstablishment(input: $i) { employer { id } } }", new { i = new { accountId = "EA-" + id, municipality, postcode = at } }, "addEstablishment");
        }

        var kvk = "9" + id[..7].Select(c => (char)('0' + (c % 10))).Aggregate("", (s, c) => s + c);
        var withKvk = await RunAsync(s_desk, "mutation($i: SetEmployerKvkInput!) { setEmployerKvk(input: $i) { employer { kvk isNationalEmployer establishments { municipality { code } } } } }", new { i = new { accountId = "EA-" + id, kvk } }, "setEmployerKvk");
        Assert.Equal(kvk, withKvk.GetProperty("employer").GetProperty("kvk").GetString());
        Assert.True(withKvk.GetProperty("employer").GetProperty("isNationalEmployer").GetBoolean());
        Assert.Equal(4, withKvk.GetProperty("employer").GetProperty("establishments").GetArrayLength());

        var drafted = await RunAsync(s_desk, "mutation($i: DraftArrangementInput!) { draftArrangement(input: $i) { arrangement { id status isNationalEmployer } } }", new { i = new { id = "NA-" + id, employerId = "EA-" + id, advisorId = "ADV-" + id, terms = "Banen in alle winkels", jobOpportunities = 120 } }, "draftArrangement");
        Assert.Equal("DRAFT", drafted.GetProperty("arrangement").GetProperty("status").GetString());
        Assert.True(drafted.GetProperty("arrangement").GetProperty("isNationalEmployer").GetBoolean());

        // The KvK number is set once: another number is a clear input error naming the field, not a silent change.
        var again = await gateway.PostAsync("mutation($i: SetEmployerKvkInput!) { setEmployerKvk(input: $i) { employer { kvk } } }", new { i = new { accountId = "EA-" + id, kvk = "12345678" } }, s_desk);
        Assert.Equal(["BAD_USER_INPUT"], again.ErrorCodes);
    }

    [Fact]
    public async Task Security_the_desk_names_an_owner_of_the_region_and_a_chain_partner_registers_only_for_itself()
    {
        var id = Unique();
        var noOwner = await gateway.PostAsync("mutation($i: RegisterEmployerInput!) { registerEmployer(input: $i) { employer { id } } }", new { i = new { name = "Zonder eigenaar " + id, kind = "MARKET", postcode = "2611 AB", municipality = "GM0503", reason = "VISITED" } }, s_desk);
        var elsewhere = await gateway.PostAsync("mutation($i: RegisterEmployerInput!) { registerEmployer(input: $i) { employer { id } } }", new { i = new { name = "Verkeerde eigenaar " + id, kind = "MARKET", postcode = "2611 AB", municipality = "GM0503", reason = "VISITED", owner = "GM0363" } }, s_desk);
        var forOther = await gateway.PostAsync("mutation($i: RegisterEmployerInput!) { registerEmployer(input: $i) { employer { id } } }", new { i = new { name = "Voor een ander " + id, kind = "MARKET", postcode = "2611 AB", municipality = "GM0503", reason = "VISITED", owner = "UWV" } }, s_delft);

        Assert.Equal(["BAD_USER_INPUT"], noOwner.ErrorCodes);
        Assert.Equal(["BAD_USER_INPUT"], elsewhere.ErrorCodes);
        Assert.Equal(["FORBIDDEN"], forOther.ErrorCodes);
    }

    [Fact]
    public async Task H8_H7_H9_an_account_manager_finds_korenbloem_reads_its_trail_and_visits_and_records_a_work_agreement()
    {
        var id = Unique();
        var postcode = "26" + (id[0] % 10) + (id[1] % 10) + " KB";
        await RunAsync(
            s_delft,
            "mutation($i: RegisterEmployerInput!) { registerEmployer(input: $i) { employer { id } } }",
            new { i = new { id = "EA-" + id, name = "Bakkerij De Korenbloem " + id + " B.V.", kind = "MARKET", postcode, municipality = "GM0503", reason = "VISITED" } },
            "registerEmployer");
        var visit = await RunAsync(s_delft, "mutation($i: RecordVisitInput!) { recordVisit(input: $i) { visit { id } } }", new { i = new { employerId = "EA-" + id, date = Iso(gateway.Today.PlusDays(-3)), reason = "Kennismaking", companyActivities = "Bakt brood voor 40 winkels", agreements = "Twee vacatures in mei" } }, "recordVisit");
        await RunAsync(s_delft, "mutation($i: RecordWorkAgreementInput!) { recordWorkAgreement(input: $i) { employer { id } } }", new { i = new { employerId = "EA-" + id, note = "Twee proefplaatsingen per kwartaal" } }, "recordWorkAgreement");

        var byName = await RunAsync(s_delft, "query($t: String!) { employerSearch(text: $t, first: 50) { edges { node { id } } } }", new { t = "korenbloem " + id }, "employerSearch");
        var byPostcode = await RunAsync(PartnerIdentity.Uwv, "query($t: String!) { employerSearch(text: $t, region: \"AM21\", first: 50) { edges { node { id } } } }", new { t = postcode.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant() }, "employerSearch");
        var outside = await RunAsync(PartnerGateway.Partner("municipality B")!, "query($t: String!) { employerSearch(text: $t, first: 50) { edges { node { id } } } }", new { t = "korenbloem " + id }, "employerSearch");
        Assert.Contains("EA-" + id, Ids(byName));
        Assert.Contains("EA-" + id, Ids(byPostcode));
        Assert.DoesNotContain("EA-" + id, Ids(outside));

        var employer = await RunAsync(s_delft, "query($id: ID!) { employer(id: $id) { auditTrail { kind partner note occurredOn recordId } visits { date reason companyActivities agreements } } }", new { id = "EA-" + id }, "employer");
        var kinds = employer.GetProperty("auditTrail").EnumerateArray().Select(e => e.GetProperty("kind").GetString()!).ToArray();
        Assert.Equal(["REGISTERED", "VISIT", "WORK_AGREEMENT"], kinds);
        Assert.Equal(Iso(gateway.Today.PlusDays(-3)), employer.GetProperty("auditTrail")[1].GetProperty("occurredOn").GetString());
        Assert.Equal("Twee proefplaatsingen per kwartaal", employer.GetProperty("auditTrail")[2].GetProperty("note").GetString());

        // The visit's entry names the visit it records (a retried recording finds it by that); a work agreement names none.
        Assert.Equal(visit.GetProperty("visit").GetProperty("id").GetString(), employer.GetProperty("auditTrail")[1].GetProperty("recordId").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, employer.GetProperty("auditTrail")[2].GetProperty("recordId").ValueKind);
        Assert.Equal("Twee vacatures in mei", employer.GetProperty("visits").EnumerateArray().Single().GetProperty("agreements").GetString());
    }

    [Fact]
    public async Task H7_take_over_candidates_are_accounts_without_contact_for_twelve_months_with_their_last_contact()
    {
        var id = Unique();
        var then = gateway.Clock.GetCurrentInstant() - Duration.FromDays(400);
        await gateway.SeedAccountAsync("EA-S-" + id, PartnerGateway.Delft, registeredAt: then, name: "Slapend " + id);
        await gateway.SeedAccountAsync("EA-L-" + id, PartnerGateway.Delft, name: "Levend " + id);

        var candidates = await RunAsync(PartnerIdentity.Uwv, "{ takeOverCandidates(region: \"AM21\", first: 100) { edges { node { id owner lastContact } } } }", null, "takeOverCandidates");
        var own = await RunAsync(s_delft, "{ takeOverCandidates(region: \"AM21\", first: 100) { edges { node { id } } } }", null, "takeOverCandidates");

        var sleeping = candidates.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).Single(n => n.GetProperty("id").GetString() == "EA-S-" + id);
        Assert.Equal(Schema.Iso.Instant(then), sleeping.GetProperty("lastContact").GetString());
        Assert.DoesNotContain("EA-L-" + id, Ids(candidates));
        Assert.DoesNotContain("EA-S-" + id, Ids(own)); // its own account is no candidate for the owner
    }

    [Fact]
    public async Task H15_a_vacancy_past_its_last_day_is_EXPIRED_is_reactivated_corrected_with_its_trail_and_closed_with_a_reason()
    {
        var id = Unique();
        var account = await gateway.SeedAccountAsync("EA-" + id, PartnerGateway.Delft, name: "Verlopen " + id);
        var past = new FakeClock(gateway.Clock.GetCurrentInstant() - Duration.FromDays(60));
        await gateway.Store.Vacancies.InsertAsync(Vacancy.Register(
            new VacancyRegistration("V-" + id, account, account.Establishments[0], PartnerGateway.Delft, "Broodbakker", "RETAIL", past.GetCurrentInstant() - Duration.FromHours(1), gateway.Today.PlusDays(-1), Publication.Open("werk@example.nl"), isRecruitmentOrder: true),
            past));

        var expired = await RunAsync(s_delft, "query($id: ID!) { vacancy(id: $id) { status closeReason } }", new { id = "V-" + id }, "vacancy");
        Assert.Equal("EXPIRED", expired.GetProperty("status").GetString());

        var refused = await gateway.PostAsync("mutation($i: CorrectVacancyInput!) { correctVacancy(input: $i) { vacancy { id } } }", new { i = new { vacancyId = "V-" + id, expiresOn = Iso(gateway.Today.PlusDays(30)) } }, s_delft);
        Assert.Equal(["H15"], refused.ErrorCodes); // an expired vacancy gets a new last day by reactivation only

        await RunAsync(s_delft, "mutation($i: VacancyStepInput!) { reactivateVacancy(input: $i) { vacancy { status } } }", new { i = new { vacancyId = "V-" + id, expiresOn = Iso(gateway.Today.PlusDays(30)) } }, "reactivateVacancy");
        var corrected = await RunAsync(s_delft, "mutation($i: CorrectVacancyInput!) { correctVacancy(input: $i) { vacancy { title status corrections { field from to partner } } } }", new { i = new { vacancyId = "V-" + id, title = "Broodbakker (m/v)" } }, "correctVacancy");
        var change = corrected.GetProperty("vacancy").GetProperty("corrections").EnumerateArray().Single();
        Assert.Equal(("title", "Broodbakker", "Broodbakker (m/v)", "GM0503"), (change.GetProperty("field").GetString(), change.GetProperty("from").GetString(), change.GetProperty("to").GetString(), change.GetProperty("partner").GetString()));
        Assert.Equal("OPEN", corrected.GetProperty("vacancy").GetProperty("status").GetString());

        var closed = await RunAsync(s_delft, "mutation($i: VacancyStepInput!) { closeVacancy(input: $i) { vacancy { status closeReason } } }", new { i = new { vacancyId = "V-" + id, reason = "WITHDRAWN" } }, "closeVacancy");
        Assert.Equal(("CLOSED", "WITHDRAWN"), (closed.GetProperty("vacancy").GetProperty("status").GetString(), closed.GetProperty("vacancy").GetProperty("closeReason").GetString()));
    }

    [Fact]
    public async Task H13_a_co_production_shows_its_vacancies_and_partners_and_the_missing_partner_sees_it_in_its_work_queue()
    {
        var id = Unique();
        var account = await gateway.SeedAccountAsync("EA-" + id, PartnerGateway.Delft, name: "Coproductie " + id);
        await RunAsync(s_delft, "mutation($i: RegisterVacancyInput!) { registerVacancy(input: $i) { vacancy { id } } }", VacancyInput("V-D-" + id, account.Id, "CP-" + id), "registerVacancy");

        var queue = await RunAsync(PartnerIdentity.Uwv, "{ workQueue { toRegister { coProductionId employerId firstVacancyId partners registerBefore } } }", null, "workQueue");
        var toRegister = queue.GetProperty("toRegister").EnumerateArray().Single(t => t.GetProperty("coProductionId").GetString() == "CP-" + id);
        Assert.Equal(("EA-" + id, "V-D-" + id), (toRegister.GetProperty("employerId").GetString(), toRegister.GetProperty("firstVacancyId").GetString()));

        await RunAsync(PartnerIdentity.Uwv, "mutation($i: RegisterVacancyInput!) { registerVacancy(input: $i) { vacancy { id } } }", VacancyInput("V-U-" + id, account.Id, "CP-" + id), "registerVacancy");
        var coProduction = await RunAsync(s_delft, "query($id: ID!) { coProduction(id: $id) { partners hasOneEmployer hasEnoughPartners positions vacancies { id owner } } }", new { id = "CP-" + id }, "coProduction");
        Assert.Equal(["GM0503", "UWV"], coProduction.GetProperty("partners").EnumerateArray().Select(p => p.GetString()!).Order(StringComparer.Ordinal));
        Assert.True(coProduction.GetProperty("hasOneEmployer").GetBoolean());
        Assert.True(coProduction.GetProperty("hasEnoughPartners").GetBoolean());
        Assert.Equal(2, coProduction.GetProperty("vacancies").GetArrayLength());

        var after = await RunAsync(PartnerIdentity.Uwv, "{ workQueue { toRegister { coProductionId } } }", null, "workQueue");
        Assert.DoesNotContain("CP-" + id, after.GetProperty("toRegister").EnumerateArray().Select(t => t.GetProperty("coProductionId").GetString()));
    }

    [Fact]
    public async Task H7_H11_the_work_queue_lists_vacancies_handed_over_vacancies_expiring_and_consent_requests_waiting_for_the_owner()
    {
        var id = Unique();
        var uwvAccount = await gateway.SeedAccountAsync("EA-U-" + id, BookingPartner.Uwv, name: "Overdracht " + id);
        await gateway.SeedVacancyAsync("V-H-" + id, uwvAccount, BookingPartner.Uwv);
        await RunAsync(PartnerIdentity.Uwv, "mutation($i: HandOverVacancyInput!) { handOverVacancy(input: $i) { vacancy { owner } } }", new { i = new { vacancyId = "V-H-" + id, to = "GM0503" } }, "handOverVacancy");

        var delftAccount = await gateway.SeedAccountAsync("EA-D-" + id, PartnerGateway.Delft, name: "Eigen " + id);
        await RunAsync(s_delft, "mutation($i: RegisterVacancyInput!) { registerVacancy(input: $i) { vacancy { id } } }", new { i = new { id = "V-E-" + id, employerId = delftAccount.Id, title = "Kassamedewerker", sectorCode = "RETAIL", receivedAt = Schema.Iso.Instant(gateway.Clock.GetCurrentInstant() - Duration.FromHours(1)), expiresOn = Iso(gateway.Today.PlusDays(7)), publishedOpen = true, publicationText = "werk@example.nl" } }, "registerVacancy");
        var asked = await RunAsync(PartnerIdentity.Uwv, "mutation($i: RequestAccountConsentInput!) { requestAccountConsent(input: $i) { request { requester status } } }", new { i = new { employerId = delftAccount.Id, note = "Kandidaat uit ons bestand" } }, "requestAccountConsent");
        Assert.Equal("PENDING", asked.GetProperty("request").GetProperty("status").GetString());

        var queue = await RunAsync(s_delft, "{ workQueue { handedOver { id owner } expiring { id expiresOn } consentRequests { employerId request { requester status } } } }", null, "workQueue");
        Assert.Contains("V-H-" + id, queue.GetProperty("handedOver").EnumerateArray().Select(v => v.GetProperty("id").GetString()));
        Assert.Contains("V-E-" + id, queue.GetProperty("expiring").EnumerateArray().Select(v => v.GetProperty("id").GetString()));
        Assert.Contains(delftAccount.Id, queue.GetProperty("consentRequests").EnumerateArray().Select(r => r.GetProperty("employerId").GetString()));

        var answered = await RunAsync(s_delft, "mutation($i: AnswerAccountConsentInput!) { answerAccountConsent(input: $i) { employer { coAccountManagers consentRequests { requester status } } } }", new { i = new { employerId = delftAccount.Id, requester = "UWV", accept = true } }, "answerAccountConsent");
        Assert.Equal(["UWV"], answered.GetProperty("employer").GetProperty("coAccountManagers").EnumerateArray().Select(p => p.GetString()!));
        var later = await RunAsync(s_delft, "{ workQueue { consentRequests { employerId } } }", null, "workQueue");
        Assert.DoesNotContain(delftAccount.Id, later.GetProperty("consentRequests").EnumerateArray().Select(r => r.GetProperty("employerId").GetString()));

        var desk = await gateway.PostAsync("{ workQueue { handedOver { id } } }", null, s_desk);
        Assert.Equal(["FORBIDDEN"], desk.ErrorCodes);
    }

    private object VacancyInput(string id, string employerId, string coProductionId) => new
    {
        i = new
        {
            id,
            employerId,
            title = "Productiemedewerker",
            sectorCode = "RETAIL",
            receivedAt = Schema.Iso.Instant(gateway.Clock.GetCurrentInstant() - Duration.FromHours(1)),
            expiresOn = Iso(gateway.Today.PlusDays(60)),
            publishedOpen = true,
            publicationText = "werk@example.nl",
            positions = 12,
            coProductionId,
        },
    };

    private static string[] Ids(JsonElement connection) => [.. connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!)];

    private async Task<JsonElement> RunAsync(PartnerIdentity partner, string query, object? variables, string field)
    {
        var answer = await gateway.PostAsync(query, variables, partner);
        Assert.True(answer.Status == 200 && answer.ErrorCodes.Count == 0, answer.ToString());
        return answer.Data.GetProperty(field);
    }

    private static string Iso(LocalDate date) => Schema.Iso.Date(date);

    private static string Unique() => Guid.NewGuid().ToString("N")[..10];
}
