using System.Text.Json;
using NodaTime;
using Wsp.Sdk.Partners;

namespace Wsp.Gateway.Tests;

/// <summary>
/// The registration workflow through the gateway's mutations: input objects in, payloads with the changed object out,
/// the domain's refusals as errors whose <c>extensions.code</c> is the rule id.
/// </summary>
public sealed class WorkflowMutationTests(PartnerGateway gateway) : IClassFixture<PartnerGateway>
{
    private static readonly PartnerIdentity s_delft = PartnerGateway.Partner("municipality A")!;

    [Fact]
    public async Task The_whole_workflow_registers_visits_registers_a_vacancy_refers_books_and_hands_over()
    {
        var id = Unique();
        var employer = await RunAsync(
            "mutation($i: RegisterEmployerInput!) { registerEmployer(input: $i) { employer { id name owner kind region { code } establishments { postcode municipality { code } } } possibleDuplicates { id } } }",
            new { i = new { id = "EA-" + id, name = "Kwekerij " + id, kvk = "12345678", kind = "MARKET", postcode = "2624 KL", municipality = "GM0503", reason = "VACANCY_REPORTED" } },
            "registerEmployer");
        Assert.Equal("GM0503", employer.GetProperty("employer").GetProperty("owner").GetString());
        Assert.Equal("AM21", employer.GetProperty("employer").GetProperty("region").GetProperty("code").GetString());

        var visit = await RunAsync(
            "mutation($i: RecordVisitInput!) { recordVisit(input: $i) { visit { id date reason } employer { id lastContact } } }",
            new { i = new { employerId = "EA-" + id, date = "2026-03-02", reason = "Kennismaking", companyActivities = "Kwekerij", agreements = "Vacature volgt" } },
            "recordVisit");
        Assert.Equal("2026-03-02", visit.GetProperty("visit").GetProperty("date").GetString());
        Assert.EndsWith("Z", visit.GetProperty("employer").GetProperty("lastContact").GetString(), StringComparison.Ordinal);

        var vacancy = await RunAsync(
            "mutation($i: RegisterVacancyInput!) { registerVacancy(input: $i) { vacancy { id owner workplaces status expiresOn employer { name } } } }",
            new { i = new { id = "V-" + id, employerId = "EA-" + id, title = "Tuinder", sectorCode = "AGRICULTURE_HORTICULTURE", receivedAt = "2026-01-05T08:00:00Z", expiresOn = "2030-06-30", publishedOpen = false, publicationText = "Alleen via het WSP: proefplaatsing eerst" } },
            "registerVacancy");
        Assert.Equal(1, vacancy.GetProperty("vacancy").GetProperty("workplaces").GetInt32());
        Assert.Equal("OPEN", vacancy.GetProperty("vacancy").GetProperty("status").GetString());
        Assert.Equal("2030-06-30", vacancy.GetProperty("vacancy").GetProperty("expiresOn").GetString());
        Assert.Equal("Kwekerij " + id, vacancy.GetProperty("vacancy").GetProperty("employer").GetProperty("name").GetString());

        foreach (var candidate in new[] { "c1", "c2" })
        {
            await RunAsync(
                "mutation($i: ReferCandidateInput!) { referCandidate(input: $i) { vacancy { referralCount } } }",
                new { i = new { vacancyId = "V-" + id, candidate = candidate + id, targetGroups = new[] { "PARTICIPATIEWET" }, meetsRequirements = true } },
                "referCandidate");
        }

        var first = await RunAsync(
            "mutation($i: BookPlacementInput!) { bookPlacement(input: $i) { vacancy { workplaces placementCount } placement { id start end hoursPerWeek jobs bookingPartner } } }",
            new { i = new { vacancyId = "V-" + id, placementId = "P1-" + id, candidate = "c1" + id, start = "2026-06-15", hoursPerWeek = 12.75 } },
            "bookPlacement");
        Assert.Equal(0.5, first.GetProperty("placement").GetProperty("jobs").GetDouble());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("placement").GetProperty("end").ValueKind);

        // H13: each booked placement beyond the workplaces raises them by one.
        var second = await RunAsync(
            "mutation($i: BookPlacementInput!) { bookPlacement(input: $i) { vacancy { workplaces placementCount } } }",
            new { i = new { vacancyId = "V-" + id, candidate = "c2" + id, start = "2026-06-15", end = "2026-12-31", hoursPerWeek = 25.5 } },
            "bookPlacement");
        Assert.Equal(2, second.GetProperty("vacancy").GetProperty("workplaces").GetInt32());

        var handover = await RunAsync(
            "mutation($i: HandOverVacancyInput!) { handOverVacancy(input: $i) { vacancy { owner handovers { from to rule at } } } }",
            new { i = new { vacancyId = "V-" + id, to = "UWV" } },
            "handOverVacancy");
        Assert.Equal("UWV", handover.GetProperty("vacancy").GetProperty("owner").GetString());
        Assert.Equal("H11", handover.GetProperty("vacancy").GetProperty("handovers")[0].GetProperty("rule").GetString());
    }

    [Fact]
    public async Task H8_registering_an_employer_only_to_book_a_placement_is_refused_with_the_rule_id()
    {
        var answer = await gateway.PostAsync(
            "mutation($i: RegisterEmployerInput!) { registerEmployer(input: $i) { employer { id } } }",
            new { i = new { name = "Alleen Boeken BV", kind = "MARKET", postcode = "2611 AB", municipality = "GM0503", reason = "PLACEMENT_BOOKING_ONLY" } },
            s_delft);

        Assert.Equal(["H8"], answer.ErrorCodes);
        Assert.Equal(200, answer.Status);
        Assert.DoesNotContain("   at ", answer.Body.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task H8_a_known_name_answers_the_possible_duplicates_instead_of_registering_twice()
    {
        var id = Unique();
        await gateway.SeedAccountAsync("EA-" + id, PartnerGateway.Delft, name: "Bakkerij Korenbloem " + id);

        var payload = await RunAsync(
            "mutation($i: RegisterEmployerInput!) { registerEmployer(input: $i) { employer { id } possibleDuplicates { id } } }",
            new { i = new { name = "Bakkerij  Korenbloem " + id, kind = "MARKET", postcode = "2612 AB", municipality = "GM0503", reason = "VISITED" } },
            "registerEmployer");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("employer").ValueKind);
        Assert.Equal("EA-" + id, payload.GetProperty("possibleDuplicates")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task H9_a_visit_without_agreements_is_refused_with_the_rule_id()
    {
        var id = Unique();
        await gateway.SeedAccountAsync("EA-" + id, PartnerGateway.Delft);

        var answer = await gateway.PostAsync(
            "mutation($i: RecordVisitInput!) { recordVisit(input: $i) { visit { id } } }",
            new { i = new { employerId = "EA-" + id, date = "2026-03-02", reason = "Kennismaking", companyActivities = "Bakkerij", agreements = " " } },
            s_delft);

        Assert.Equal(["H9"], answer.ErrorCodes);
    }

    [Fact]
    public async Task H13_ten_positions_without_a_co_production_id_is_refused_with_the_rule_id()
    {
        var id = Unique();
        await gateway.SeedAccountAsync("EA-" + id, PartnerGateway.Delft);

        var answer = await gateway.PostAsync(
            "mutation($i: RegisterVacancyInput!) { registerVacancy(input: $i) { vacancy { id } } }",
            new { i = new { employerId = "EA-" + id, title = "Schoonmaker", sectorCode = "CARE_WELFARE_CLEANING", receivedAt = "2026-01-05T08:00:00Z", expiresOn = "2030-01-01", publishedOpen = true, publicationText = "werk@example.nl", positions = 10 } },
            s_delft);

        Assert.Equal(["H13"], answer.ErrorCodes);
    }

    [Fact]
    public async Task H16_booking_a_candidate_who_was_never_referred_is_refused_with_the_rule_id()
    {
        var id = Unique();
        var account = await gateway.SeedAccountAsync("EA-" + id, PartnerGateway.Delft);
        await gateway.SeedVacancyAsync("V-" + id, account, PartnerGateway.Delft);

        var answer = await gateway.PostAsync(
            "mutation($i: BookPlacementInput!) { bookPlacement(input: $i) { vacancy { id } } }",
            new { i = new { vacancyId = "V-" + id, candidate = "stranger", start = "2026-06-15", hoursPerWeek = 20 } },
            s_delft);

        Assert.Equal(["H16"], answer.ErrorCodes);
    }

    [Fact]
    public async Task H7_taking_over_an_account_with_recent_contact_is_refused_with_the_rule_id_and_allowed_after_twelve_months()
    {
        var id = Unique();
        await gateway.SeedAccountAsync("EA-recent-" + id, BookingPartner.Uwv);
        await gateway.SeedAccountAsync("EA-old-" + id, BookingPartner.Uwv, registeredAt: gateway.Clock.GetCurrentInstant() - Duration.FromDays(400));
        const string Mutation = "mutation($i: TakeOverAccountInput!) { takeOverAccount(input: $i) { employer { owner } } }";

        var recent = await gateway.PostAsync(Mutation, new { i = new { employerId = "EA-recent-" + id } }, s_delft);
        var old = await RunAsync(Mutation, new { i = new { employerId = "EA-old-" + id } }, "takeOverAccount");

        Assert.Equal(["H7"], recent.ErrorCodes);
        Assert.Equal("GM0503", old.GetProperty("employer").GetProperty("owner").GetString());
    }

    [Fact]
    public async Task An_unknown_vacancy_is_NOT_FOUND()
    {
        var answer = await gateway.PostAsync(
            "mutation($i: ReferCandidateInput!) { referCandidate(input: $i) { vacancy { id } } }",
            new { i = new { vacancyId = "V-none", candidate = "c1", targetGroups = new[] { "WW" }, meetsRequirements = true } },
            PartnerIdentity.Uwv);

        Assert.Equal(["NOT_FOUND"], answer.ErrorCodes);
    }

    [Fact]
    public async Task A_second_account_with_the_same_id_is_a_CONFLICT()
    {
        var id = Unique();
        await gateway.SeedAccountAsync("EA-" + id, PartnerGateway.Delft);

        var answer = await gateway.PostAsync(
            "mutation($i: RegisterEmployerInput!) { registerEmployer(input: $i) { employer { id } } }",
            new { i = new { id = "EA-" + id, name = "Iets Anders " + id, kind = "GOVERNMENT", postcode = "2628 ZZ", municipality = "GM0503", reason = "VISITED" } },
            s_delft);

        Assert.Equal(["CONFLICT"], answer.ErrorCodes);
    }

    [Theory]
    [InlineData("postcode", "12345", "postcode")]
    [InlineData("municipality", "GM9999", "municipality")]
    [InlineData("kvk", "12", "kvk")]
    public async Task Bad_input_is_BAD_USER_INPUT_naming_the_field(string field, string value, string named)
    {
        var input = new Dictionary<string, object?> { ["name"] = "Veld " + Unique(), ["kind"] = "MARKET", ["postcode"] = "2611 AB", ["municipality"] = "GM0503", ["reason"] = "VISITED", [field] = value };

        var answer = await gateway.PostAsync("mutation($i: RegisterEmployerInput!) { registerEmployer(input: $i) { employer { id } } }", new { i = input }, s_delft);

        Assert.Equal(["BAD_USER_INPUT"], answer.ErrorCodes);
        Assert.Contains(named, answer.Body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_BSN_as_candidate_reference_is_BAD_USER_INPUT()
    {
        var id = Unique();
        var account = await gateway.SeedAccountAsync("EA-" + id, PartnerGateway.Delft);
        await gateway.SeedVacancyAsync("V-" + id, account, PartnerGateway.Delft);

        var answer = await gateway.PostAsync(
            "mutation($i: ReferCandidateInput!) { referCandidate(input: $i) { vacancy { id } } }",
            new { i = new { vacancyId = "V-" + id, candidate = "111222333", targetGroups = new[] { "PARTICIPATIEWET" }, meetsRequirements = true } },
            s_delft);

        Assert.Equal(["BAD_USER_INPUT"], answer.ErrorCodes);
        Assert.DoesNotContain("111222333", answer.Body.ToString(), StringComparison.Ordinal);
    }

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    private async Task<JsonElement> RunAsync(string mutation, object variables, string field)
    {
        var answer = await gateway.PostAsync(mutation, variables, s_delft);
        Assert.True(answer.Status == 200 && answer.ErrorCodes.Count == 0, answer.ToString());
        return answer.Data.GetProperty(field);
    }
}

/// <summary>Rule H15's reactivation by the owner (the path for 2–9 positions is walked in <see cref="VacancyWorkflowMutationTests"/>).</summary>
public sealed class ChainPartnerMutationTests(PartnerGateway gateway) : IClassFixture<PartnerGateway>
{
    [Fact]
    public async Task H15_reactivating_needs_a_date_today_or_later()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var account = await gateway.SeedAccountAsync("EA-" + id, PartnerGateway.Delft);
        await gateway.SeedVacancyAsync("V-" + id, account, PartnerGateway.Delft);
        const string Mutation = "mutation($i: VacancyStepInput!) { reactivateVacancy(input: $i) { vacancy { expiresOn status } } }";

        var owner = PartnerGateway.Partner("municipality A");
        var past = await gateway.PostAsync(Mutation, new { i = new { vacancyId = "V-" + id, expiresOn = "2001-01-01" } }, owner);
        var future = await gateway.PostAsync(Mutation, new { i = new { vacancyId = "V-" + id, expiresOn = "2031-01-01" } }, owner);

        Assert.Equal(["BAD_USER_INPUT"], past.ErrorCodes);
        Assert.Equal("2031-01-01", future.Data.GetProperty("reactivateVacancy").GetProperty("vacancy").GetProperty("expiresOn").GetString());
    }
}

/// <summary>Rule H8 looks across regions, but a municipality never sees another region's employer through it.</summary>
public sealed class DuplicateCheckSecurityTests(PartnerGateway gateway) : IClassFixture<PartnerGateway>
{
    [Fact]
    public async Task Security_H8_duplicates_in_another_region_are_counted_not_shown()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        await gateway.SeedAccountAsync("EA-ams-" + id, PartnerGateway.Amsterdam, municipality: "GM0363", postcode: "1011 AB", name: "Grachtenbakkers " + id);

        var answer = await gateway.PostAsync(
            "mutation($i: RegisterEmployerInput!) { registerEmployer(input: $i) { employer { id } possibleDuplicates { id name } duplicatesElsewhere } }",
            new { i = new { name = "Grachtenbakkers " + id, kind = "MARKET", postcode = "2627 AB", municipality = "GM0503", reason = "VISITED" } },
            PartnerGateway.Partner("municipality A"));

        var payload = answer.Data.GetProperty("registerEmployer");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, payload.GetProperty("employer").ValueKind);
        Assert.Equal(0, payload.GetProperty("possibleDuplicates").GetArrayLength());
        Assert.Equal(1, payload.GetProperty("duplicatesElsewhere").GetInt32());
    }
}
