using NodaTime;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.RegionalProjects;
using Wsp.Sdk.Sectors;
using Wsp.Sdk.Vacancies;
using Wsp.Sdk.Visits;

namespace Wsp.Sdk.Storage.Contract;

/// <summary>
/// Writes a partner can retry, through <see cref="WspClient"/> on the store: a write is cancelled only before its commit
/// point (after it, the outcome is the result or named as unknown, never a cancellation that hides a stored write), and
/// every creating step retried with the same id and input answers as the first time and writes nothing twice.
/// </summary>
public abstract class RetryContract : StoreContract
{
    private static readonly PartnerIdentity s_delft = PartnerIdentity.ForMunicipality(Gazetteer.Default.FindMunicipality("GM0503")!);

    protected override async Task SeedAsync(IWspStore store)
    {
        var account = World.Account();
        await store.Accounts.InsertAsync(account);
        await store.Vacancies.InsertAsync(World.Refer(World.Vacancy(account: account), 1));
    }

    [Fact]
    public async Task A_booking_cancelled_before_its_commit_point_writes_nothing_and_says_it_was_cancelled()
    {
        var before = (await Store.Vacancies.FindAsync("V-1"))!;
        var gated = new GatedStore(Store);
        using var cancel = new CancellationTokenSource();
        gated.AfterRead = cancel.Cancel;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client(gated).BookPlacementAsync(Booking(), cancel.Token));

        var after = (await Store.Vacancies.FindAsync("V-1"))!;
        Assert.Equal(before.ETag, after.ETag);
        Assert.Empty(after.Value.Placements);
        Assert.Empty(gated.WriteTokensCancellable);
    }

    [Fact]
    public async Task A_booking_cancelled_while_its_write_is_in_flight_is_an_unknown_outcome_naming_the_vacancy_and_placement_and_lands_whole()
    {
        var gated = new GatedStore(Store);
        var committed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        gated.HoldCommittedWrites(committed, release.Task);
        using var cancel = new CancellationTokenSource();

        var booking = Client(gated).BookPlacementAsync(Booking(), cancel.Token);
        await committed.Task;
        cancel.Cancel();
        var unknown = await Assert.ThrowsAsync<WriteOutcomeUnknownException>(() => booking);
        release.SetResult();

        Assert.Equal([new RecordReference(RecordKind.Vacancy, "V-1"), new RecordReference(RecordKind.Placement, "P-1")], unknown.Records);
        Assert.Equal([false], gated.WriteTokensCancellable);
        var stored = (await Store.Vacancies.FindAsync("V-1"))!;
        Assert.Equal(["P-1"], stored.Value.Placements.Select(p => p.Id));

        // Retried as the exception says: the booking made is the answer, and nothing is written twice.
        var retried = await Client().BookPlacementAsync(Booking());
        Assert.Equal(["P-1"], retried.Placements.Select(p => p.Id));
        Assert.Equal(stored.ETag, (await Store.Vacancies.FindAsync("V-1"))!.ETag);
    }

    [Fact]
    public async Task H13_a_retried_booking_answers_the_vacancy_with_its_placement_and_raises_no_workplace_twice()
    {
        var first = await Client().BookPlacementAsync(Booking());
        var written = (await Store.Vacancies.FindAsync("V-1"))!;

        var retried = await Client().BookPlacementAsync(Booking());

        Assert.Equal(World.Describe(first), World.Describe(retried));
        Assert.Equal((1, 1), (retried.Workplaces, retried.Placements.Count));
        Assert.Equal(written.ETag, (await Store.Vacancies.FindAsync("V-1"))!.ETag);
    }

    [Fact]
    public async Task A_placement_id_booked_with_other_input_is_AlreadyExists_and_nothing_is_written()
    {
        await Client().BookPlacementAsync(Booking());
        var written = (await Store.Vacancies.FindAsync("V-1"))!;

        var error = await Assert.ThrowsAsync<StoreException>(() => Client().BookPlacementAsync(Booking() with { HoursPerWeek = 32m }));

        Assert.Equal(StoreErrorCode.AlreadyExists, error.Code);
        Assert.Equal(written.ETag, (await Store.Vacancies.FindAsync("V-1"))!.ETag);
    }

    [Fact]
    public async Task H10_a_retried_registration_answers_the_vacancy_registered_first_and_another_with_the_id_is_AlreadyExists()
    {
        var request = new RegisterVacancyRequest("V-2", "EA-1", "Baker", "RETAIL", World.Clock.GetCurrentInstant() - Duration.FromHours(1), new LocalDate(2026, 6, 30), Publication.Open("jobs@korenbloem.example"));
        var first = await Client().RegisterVacancyAsync(request);
        var written = (await Store.Vacancies.FindAsync("V-2"))!;
        World.Clock.Advance(Duration.FromMinutes(5));

        var retried = await Client().RegisterVacancyAsync(request);
        var other = await Assert.ThrowsAsync<StoreException>(() => Client().RegisterVacancyAsync(request with { Title = "Confectioner" }));

        Assert.Equal(World.Describe(first), World.Describe(retried));
        Assert.Equal(StoreErrorCode.AlreadyExists, other.Code);
        Assert.Equal(written.ETag, (await Store.Vacancies.FindAsync("V-2"))!.ETag);
    }

    [Fact]
    public async Task H8_a_retried_registration_answers_the_account_registered_first_not_it_as_its_own_duplicate()
    {
        var request = new RegisterEmployerRequest("EA-2", "Drukkerij Van Gent", World.EstablishmentIn("GM0503", "2612 CD"), EmployerKind.Market, RegistrationReason.Visited);
        var first = await Client().RegisterEmployerAsync(request);

        var retried = await Client().RegisterEmployerAsync(request);
        var other = await Client().RegisterEmployerAsync(request with { Kind = EmployerKind.Government });

        Assert.Equal(World.Describe(first.Account!), World.Describe(retried.Account!));
        Assert.Empty(retried.PossibleDuplicates);
        Assert.Null(other.Account);
        Assert.Equal(["EA-2"], other.PossibleDuplicates.Select(a => a.Id));
    }

    [Fact]
    public async Task H9_a_retried_visit_is_recorded_once_on_the_account_and_in_the_visits()
    {
        var report = new VisitReport("Introduction of the WSP", "Bakes bread", "Two trial places");
        await Client().RecordVisitAsync("VI-1", "EA-1", new LocalDate(2026, 3, 1), report);
        World.Clock.Advance(Duration.FromMinutes(5));

        var retried = await Client().RecordVisitAsync("VI-1", "EA-1", new LocalDate(2026, 3, 1), report);
        var other = await Assert.ThrowsAsync<StoreException>(() => Client().RecordVisitAsync("VI-1", "EA-1", new LocalDate(2026, 3, 2), report));

        Assert.Equal(StoreErrorCode.AlreadyExists, other.Code);
        Assert.Equal("VI-1", retried.Visit.Id);
        Assert.Single(retried.Employer.AuditTrail, e => e.Kind == ContactKind.Visit);
        Assert.Single(await Store.Visits.ListForAccountAsync("EA-1"));
    }

    [Fact]
    public async Task H15_a_retried_duplicate_answers_the_duplicate_made_first()
    {
        // V-5 asks for 5 positions; UWV's candidate 2 was hired there (referred, not placed) when it closed.
        var uwv = new WspClient(Store, PartnerIdentity.Uwv, new WspClientOptions { Clock = World.Clock });
        await Store.Vacancies.InsertAsync(World.Refer(World.ReferAndBook(World.Vacancy("V-5", positions: 5), 1), 2, World.Uwv));
        await Client().CloseVacancyAsync("V-5");
        var first = await uwv.DuplicateVacancyAsync("V-5", "V-5-UWV");

        var retried = await uwv.DuplicateVacancyAsync("V-5", "V-5-UWV");
        var other = await Assert.ThrowsAsync<StoreException>(() => uwv.DuplicateVacancyAsync("V-5", "V-1"));

        Assert.Equal(World.Describe(first), World.Describe(retried));
        Assert.Equal(StoreErrorCode.AlreadyExists, other.Code);
    }

    [Fact]
    public async Task L2_a_retried_draft_answers_the_arrangement_drafted_first_and_other_terms_are_AlreadyExists()
    {
        await Store.Desk.InsertAsync(DeskWorld.Desk());
        await Store.Accounts.InsertAsync(DeskWorld.NationalEmployer(World));
        var desk = new WspClient(Store, PartnerIdentity.NationalDesk, new WspClientOptions { Clock = World.Clock });
        var first = await desk.DraftArrangementAsync("ARR-1", "EA-N", ArrangementKind.Municipal, "ADV-1", "Forty jobs in stores", 120);
        World.Clock.Advance(Duration.FromMinutes(5));

        var retried = await desk.DraftArrangementAsync("ARR-1", "EA-N", ArrangementKind.Municipal, "ADV-1", "Forty jobs in stores", 120);
        var other = await Assert.ThrowsAsync<StoreException>(() => desk.DraftArrangementAsync("ARR-1", "EA-N", ArrangementKind.Municipal, "ADV-1", "Fifty jobs", 120));

        Assert.Equal((first.Arrangement.Id, first.Arrangement.Versions.Count, first.Arrangement.Current.At), (retried.Arrangement.Id, retried.Arrangement.Versions.Count, retried.Arrangement.Current.At));
        Assert.Equal(StoreErrorCode.AlreadyExists, other.Code);
    }

    [Fact]
    public async Task H5_H6_retried_input_data_is_recorded_once()
    {
        var region = RegionCode.Parse("AM21");
        var project = new RegionalProject("RP-1", "Bakers", region, new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)), [], ["V-1"]);
        var totals = new SectorEmployerTotals(region, new LocalDate(2026, 1, 1), "KvK", new Dictionary<string, int> { ["RETAIL"] = 10 });
        var first = await Client().RecordRegionalProjectAsync(project);
        await Client().RecordSectorEmployerTotalsAsync(totals);

        var retried = await Client().RecordRegionalProjectAsync(project);
        await Client().RecordSectorEmployerTotalsAsync(totals);
        var otherProject = await Assert.ThrowsAsync<StoreException>(() => Client().RecordRegionalProjectAsync(new RegionalProject("RP-1", "Butchers", region, project.Period, [], ["V-1"])));
        var otherTotals = await Assert.ThrowsAsync<StoreException>(() => Client().RecordSectorEmployerTotalsAsync(new SectorEmployerTotals(region, totals.Date, "KvK", new Dictionary<string, int> { ["RETAIL"] = 11 })));

        Assert.Equal(first.ETag, retried.ETag);
        Assert.Equal((StoreErrorCode.AlreadyExists, StoreErrorCode.AlreadyExists), (otherProject.Code, otherTotals.Code));
        Assert.Single(await Store.EmployerTotals.ListAsync(region));
    }

    [Fact]
    public async Task L1_a_retried_establishment_leaves_the_account_as_the_first_time_made_it()
    {
        var desk = new WspClient(Store, PartnerIdentity.NationalDesk, new WspClientOptions { Clock = World.Clock });
        await desk.AddEstablishmentAsync("EA-1", World.EstablishmentIn("GM0363", "1012 AB"));
        var written = (await Store.Accounts.FindAsync("EA-1"))!;

        var retried = await desk.AddEstablishmentAsync("EA-1", World.EstablishmentIn("GM0363", "1012 AB"));

        Assert.Equal(2, retried.Establishments.Count);
        Assert.Equal(written.ETag, (await Store.Accounts.FindAsync("EA-1"))!.ETag);
    }

    [Fact]
    public async Task An_idempotency_key_is_claimed_by_its_first_request_and_answers_a_retry_with_the_first_answer_for_24_hours()
    {
        var lease = Duration.FromMinutes(2);
        var answer = new IdempotentResponse(200, "application/json", """{"data":{}}""");
        var claimed = await Client().ClaimIdempotencyKeyAsync("key-1", "hash-a", lease);
        var whileProcessing = await Client().ClaimIdempotencyKeyAsync("key-1", "hash-a", lease);
        await Client().CompleteIdempotentRequestAsync(claimed, answer);

        World.Clock.Advance(Duration.FromHours(24) - Duration.FromSeconds(1));
        var retried = await Client().ClaimIdempotencyKeyAsync("key-1", "hash-a", lease);
        var otherRequest = await Client().ClaimIdempotencyKeyAsync("key-1", "hash-b", lease);
        var otherPartner = await new WspClient(Store, PartnerIdentity.Uwv, new WspClientOptions { Clock = World.Clock }).ClaimIdempotencyKeyAsync("key-1", "hash-b", lease);
        World.Clock.Advance(Duration.FromSeconds(1));
        var afterWindow = await Client().ClaimIdempotencyKeyAsync("key-1", "hash-b", lease);

        Assert.Equal(
            [IdempotencyClaimOutcome.Claimed, IdempotencyClaimOutcome.InProgress, IdempotencyClaimOutcome.Completed, IdempotencyClaimOutcome.OtherRequest, IdempotencyClaimOutcome.Claimed, IdempotencyClaimOutcome.Claimed],
            new[] { claimed, whileProcessing, retried, otherRequest, otherPartner, afterWindow }.Select(c => c.Outcome));
        Assert.Equal(answer, retried.Record.Response);
        Assert.Equal(("GM0503", "UWV"), (claimed.Record.Partner, otherPartner.Record.Partner));
    }

    [Fact]
    public async Task A_released_claim_and_one_whose_lease_ran_out_free_the_key_for_the_next_request()
    {
        var lease = Duration.FromMinutes(2);
        var first = await Client().ClaimIdempotencyKeyAsync("key-1", "hash-a", lease);
        await Client().ReleaseIdempotencyKeyAsync(first);
        var second = await Client().ClaimIdempotencyKeyAsync("key-1", "hash-a", lease);

        World.Clock.Advance(lease);
        var third = await Client().ClaimIdempotencyKeyAsync("key-1", "hash-a", lease);
        await Client().ReleaseIdempotencyKeyAsync(second);

        Assert.Equal((IdempotencyClaimOutcome.Claimed, IdempotencyClaimOutcome.Claimed), (second.Outcome, third.Outcome));
        Assert.Equal(IdempotencyClaimOutcome.InProgress, (await Client().ClaimIdempotencyKeyAsync("key-1", "hash-a", lease)).Outcome);
        await Assert.ThrowsAsync<ArgumentException>(() => new WspClient(Store, PartnerIdentity.Uwv, new WspClientOptions { Clock = World.Clock }).ReleaseIdempotencyKeyAsync(third));
    }

    private static BookPlacementRequest Booking() => new("V-1", "P-1", World.Candidate(1), new LocalDate(2026, 3, 16), 25.5m);

    private WspClient Client(IWspStore? store = null) => new(store ?? Store, s_delft, new WspClientOptions { Clock = World.Clock });
}
