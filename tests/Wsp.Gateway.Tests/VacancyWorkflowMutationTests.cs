using System.Text.Json;
using Wsp.Gateway.Schema;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;

namespace Wsp.Gateway.Tests;

/// <summary>
/// The vacancy workflow of the seed's annex (DESIGN.md "How the rules read in detail") walked through GraphQL by each
/// partner with its own token: rule H15 for a vacancy asking for 5 positions and for one asking for 1, the hand-over
/// within the region (H11), selection only on target-group vacancies (H12), plausible start dates (H16), sector codes and
/// BSNs in any spelling. A refusal is an error whose <c>extensions.code</c> is the rule id (or <c>FORBIDDEN</c> with
/// <c>extensions.rule</c> when the rule reserves the step to the owner), and writes nothing.
/// </summary>
public sealed class VacancyWorkflowMutationTests(PartnerGateway gateway) : IClassFixture<PartnerGateway>
{
    private const string Register = "mutation($i: RegisterVacancyInput!) { registerVacancy(input: $i) { vacancy { id positions selection } } }";
    private const string Refer = "mutation($i: ReferCandidateInput!) { referCandidate(input: $i) { vacancy { referralCount } } }";
    private const string Book = "mutation($i: BookPlacementInput!) { bookPlacement(input: $i) { vacancy { owner workplaces placementCount handovers { from to rule } } placement { bookingPartner } } }";
    private const string Step = "mutation($i: VacancyStepInput!) { closeVacancy(input: $i) { vacancy { status } } }";
    private const string Duplicate = "mutation($i: VacancyStepInput!) { duplicateVacancy(input: $i) { vacancy { id owner duplicatedFrom positions receivedAt registeredLate workplaces } } }";

    private static readonly PartnerIdentity s_delft = PartnerGateway.Partner("municipality A")!;
    private static readonly PartnerIdentity s_denHaag = PartnerIdentity.ForMunicipality(Gazetteer.Default.FindMunicipality("GM0518")!);

    [Fact]
    public async Task H15_on_a_vacancy_asking_for_5_positions_UWVs_hire_is_booked_on_UWVs_duplicate_after_the_owner_booked_its_own_and_closed()
    {
        var id = await RegisterAsync(positions: 5);
        await OkAsync(Refer, ReferInput(id, "gm1"), s_delft);
        await OkAsync(Refer, ReferInput(id, "gm2"), s_delft);
        await OkAsync(Refer, ReferInput(id, "uwv3", "WW"), PartnerIdentity.Uwv);

        var takeover = await gateway.PostAsync(Book, BookInput(id, "uwv3"), PartnerIdentity.Uwv);
        await OkAsync(Book, BookInput(id, "gm1"), s_delft);
        await OkAsync(Book, BookInput(id, "gm2"), s_delft);
        var ownerBooksUwvs = await gateway.PostAsync(Book, BookInput(id, "uwv3"), s_delft);
        var beforeClose = await gateway.PostAsync(Duplicate, new { i = new { vacancyId = id, newId = id + "-UWV" } }, PartnerIdentity.Uwv);
        await OkAsync(Step, new { i = new { vacancyId = id } }, s_delft);
        var noHire = await gateway.PostAsync(Duplicate, new { i = new { vacancyId = id, newId = id + "-GM0518" } }, s_denHaag);
        var duplicate = (await OkAsync(Duplicate, new { i = new { vacancyId = id, newId = id + "-UWV" } }, PartnerIdentity.Uwv)).GetProperty("duplicateVacancy").GetProperty("vacancy");
        await OkAsync(Refer, ReferInput(id + "-UWV", "uwv3", "WW"), PartnerIdentity.Uwv);
        var booked = (await OkAsync(Book, BookInput(id + "-UWV", "uwv3"), PartnerIdentity.Uwv)).GetProperty("bookPlacement");

        Assert.Equal(["H15", "H15", "H15", "H15"], takeover.ErrorCodes.Concat(ownerBooksUwvs.ErrorCodes).Concat(beforeClose.ErrorCodes).Concat(noHire.ErrorCodes));
        Assert.Equal(("UWV", id, 5, false, 1), (duplicate.GetProperty("owner").GetString(), duplicate.GetProperty("duplicatedFrom").GetString(), duplicate.GetProperty("positions").GetInt32(), duplicate.GetProperty("registeredLate").GetBoolean(), duplicate.GetProperty("workplaces").GetInt32()));
        Assert.Equal("UWV", booked.GetProperty("placement").GetProperty("bookingPartner").GetString());
        var original = (await OkAsync("query($id: ID!) { vacancy(id: $id) { owner status workplaces receivedAt handovers { rule } placements { bookingPartner } } }", new { id }, s_delft)).GetProperty("vacancy");
        Assert.Equal(("GM0503", "CLOSED", 2, 0), (original.GetProperty("owner").GetString(), original.GetProperty("status").GetString(), original.GetProperty("workplaces").GetInt32(), original.GetProperty("handovers").GetArrayLength()));
        Assert.All(original.GetProperty("placements").EnumerateArray(), p => Assert.Equal("GM0503", p.GetProperty("bookingPartner").GetString()));
        Assert.Equal(original.GetProperty("receivedAt").GetString(), duplicate.GetProperty("receivedAt").GetString());
    }

    [Fact]
    public async Task H15_on_a_vacancy_asking_for_1_position_UWVs_hire_takes_it_over_and_the_former_owner_may_no_longer_close_it()
    {
        var id = await RegisterAsync(positions: 1);
        await OkAsync(Refer, ReferInput(id, "uwv1", "WW"), PartnerIdentity.Uwv);

        var booked = (await OkAsync(Book, BookInput(id, "uwv1"), PartnerIdentity.Uwv)).GetProperty("bookPlacement");
        var close = await gateway.PostAsync(Step, new { i = new { vacancyId = id } }, s_delft);
        var duplicate = await gateway.PostAsync(Duplicate, new { i = new { vacancyId = id, newId = id + "-copy" } }, PartnerIdentity.Uwv);

        var vacancy = booked.GetProperty("vacancy");
        Assert.Equal("UWV", vacancy.GetProperty("owner").GetString());
        var handover = Assert.Single(vacancy.GetProperty("handovers").EnumerateArray().ToList());
        Assert.Equal(("GM0503", "UWV", "H15"), (handover.GetProperty("from").GetString(), handover.GetProperty("to").GetString(), handover.GetProperty("rule").GetString()));
        Assert.Equal("UWV", booked.GetProperty("placement").GetProperty("bookingPartner").GetString());
        Assert.Equal(["FORBIDDEN"], close.ErrorCodes);
        Assert.Equal("H15", close.Body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("rule").GetString());
        Assert.Equal(["H15"], duplicate.ErrorCodes);
    }

    [Fact]
    public async Task H11_a_hand_over_to_a_municipality_of_another_region_is_refused_with_the_rule_id_and_changes_nothing()
    {
        var id = await RegisterAsync();
        const string HandOver = "mutation($i: HandOverVacancyInput!) { handOverVacancy(input: $i) { vacancy { owner } } }";

        var amsterdam = await gateway.PostAsync(HandOver, new { i = new { vacancyId = id, to = "GM0363" } }, s_delft);
        var denHaag = await OkAsync(HandOver, new { i = new { vacancyId = id, to = "GM0518" } }, s_delft);

        Assert.Equal(["H11"], amsterdam.ErrorCodes);
        Assert.Equal("GM0518", denHaag.GetProperty("handOverVacancy").GetProperty("vacancy").GetProperty("owner").GetString());
        Assert.Single((await gateway.Store.Vacancies.FindAsync(id))!.Value.Handovers);
    }

    [Fact]
    public async Task H12_selection_on_sex_is_refused_on_a_vacancy_flagged_only_REGULAR_and_selection_on_age_is_kept_on_a_youth_vacancy()
    {
        var regular = await gateway.PostAsync(Register, new { i = VacancyInput(Unique(), "EA-" + await AccountAsync(), 1, targetGroups: ["REGULAR"], selection: ["SEX"]) }, s_delft);
        var youth = await OkAsync(Register, new { i = VacancyInput("V-" + Unique(), "EA-" + await AccountAsync(), 1, targetGroups: ["YOUTH"], selection: ["AGE"]) }, s_delft);

        Assert.Equal(["H12"], regular.ErrorCodes);
        Assert.Equal(["AGE"], youth.GetProperty("registerVacancy").GetProperty("vacancy").GetProperty("selection").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task H16_register_a_vacancy_refer_and_book_a_placement_that_started_last_year_is_refused_with_the_rule_id_and_books_nothing()
    {
        var id = await RegisterAsync();
        await OkAsync(Refer, ReferInput(id, "late1"), s_delft);

        var answer = await gateway.PostAsync(Book, new { i = new { vacancyId = id, candidate = Candidate(id, "late1"), start = Iso.Date(gateway.Today.PlusYears(-1)), hoursPerWeek = 20 } }, s_delft);

        Assert.Equal(["H16"], answer.ErrorCodes);
        Assert.Empty((await gateway.Store.Vacancies.FindAsync(id))!.Value.Placements);
    }

    [Fact]
    public async Task A_sector_code_outside_the_classification_is_BAD_USER_INPUT_naming_the_field_and_registers_nothing()
    {
        var id = "V-" + Unique();

        var answer = await gateway.PostAsync(Register, new { i = VacancyInput(id, "EA-" + await AccountAsync(), 1, sectorCode: "BAKERY") }, s_delft);

        Assert.Equal(["BAD_USER_INPUT"], answer.ErrorCodes);
        Assert.Contains("sectorCode", answer.Body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Null(await gateway.Store.Vacancies.FindAsync(id));
    }

    [Theory]
    [InlineData("123 456 782")]
    [InlineData("123.456.782")]
    [InlineData("123-456-782")]
    [InlineData("12345672")]
    public async Task A_BSN_in_any_spelling_as_candidate_reference_is_BAD_USER_INPUT_and_never_echoed(string bsn)
    {
        var id = await RegisterAsync();

        var answer = await gateway.PostAsync(Refer, new { i = new { vacancyId = id, candidate = bsn, targetGroups = new[] { "PARTICIPATIEWET" }, meetsRequirements = true } }, s_delft);

        Assert.Equal(["BAD_USER_INPUT"], answer.ErrorCodes);
        Assert.DoesNotContain(bsn, answer.Body.ToString(), StringComparison.Ordinal);
        Assert.Empty((await gateway.Store.Vacancies.FindAsync(id))!.Value.Referrals);
    }

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    /// <summary>The candidate's pseudonym, the same on a vacancy and on its duplicate ("V-{unique}-UWV").</summary>
    private static string Candidate(string vacancyId, string name) => name + "-" + vacancyId.Split('-')[1];

    private static object ReferInput(string vacancyId, string candidate, string group = "PARTICIPATIEWET") =>
        new { i = new { vacancyId, candidate = Candidate(vacancyId, candidate), targetGroups = new[] { group }, meetsRequirements = true } };

    /// <summary>A booking of the candidate starting today, the day of the referral (rule H16).</summary>
    private object BookInput(string vacancyId, string candidate) =>
        new { i = new { vacancyId, candidate = Candidate(vacancyId, candidate), start = Iso.Date(gateway.Today), hoursPerWeek = 25.5 } };

    /// <summary>A vacancy received two hours ago (rule H10), open until the end of September.</summary>
    private object VacancyInput(string id, string employerId, int positions, string sectorCode = "RETAIL", string[]? targetGroups = null, string[]? selection = null) => new
    {
        id,
        employerId,
        title = "Verkoper",
        sectorCode,
        receivedAt = Iso.Instant(gateway.Clock.GetCurrentInstant() - NodaTime.Duration.FromHours(2)),
        expiresOn = Iso.Date(gateway.Today.PlusMonths(3)),
        publishedOpen = true,
        publicationText = "werk@example.nl",
        positions,
        targetGroups,
        selection,
    };

    private async Task<string> AccountAsync()
    {
        var id = Unique();
        await gateway.SeedAccountAsync("EA-" + id, PartnerGateway.Delft);
        return id;
    }

    /// <summary>Delft registers a vacancy "V-{unique}" for a new account of its own.</summary>
    private async Task<string> RegisterAsync(int positions = 1)
    {
        var unique = await AccountAsync();
        await OkAsync(Register, new { i = VacancyInput("V-" + unique, "EA-" + unique, positions) }, s_delft);
        return "V-" + unique;
    }

    private async Task<JsonElement> OkAsync(string document, object variables, PartnerIdentity partner)
    {
        var answer = await gateway.PostAsync(document, variables, partner);
        Assert.True(answer.Status == 200 && answer.ErrorCodes.Count == 0, answer.ToString());
        return answer.Data;
    }
}
