using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Ardalis.Specification;
using Microsoft.Extensions.DependencyInjection;
using Wsp.Sdk.Storage;
using Wsp.Sdk.Vacancies;

namespace Wsp.Gateway.Tests;

/// <summary>
/// A gateway over the real store behind <see cref="StalledStore"/>, whose vacancy reads or committed vacancy writes the
/// test can stall, then pass the deadline (<see cref="PartnerGateway.PassDeadline"/>) while a request is stalled: the
/// deadline comes before or during a booking's write, and never for any other request however slow the machine is.
/// </summary>
public class StalledGateway : PartnerGateway
{
    public StalledGateway()
        : this(GatewayStore.Sqlite())
    {
    }

    protected StalledGateway(GatewayStore store)
        : base(store, services: services =>
        {
            var real = services.Last(d => d.ServiceType == typeof(IWspStore));
            services.Remove(real);
            services.AddSingleton<IWspStore>(provider => new StalledStore((IWspStore)real.ImplementationFactory!(provider)));
        })
    {
    }

    public StalledStore Stalled => (StalledStore)Store;
}

/// <summary><see cref="StalledGateway"/> on the Cosmos DB stand-in.</summary>
public sealed class CosmosStalledGateway() : StalledGateway(GatewayStore.Cosmos());

/// <summary>
/// The real store, with vacancy reads that can be made to wait until their caller gives up, and vacancy writes that can be
/// held after the store committed them (an answer slow to come back). Every read and write is the real store's.
/// </summary>
public sealed class StalledStore(IWspStore inner) : IWspStore
{
    private readonly StalledVacancies _vacancies = new(inner.Vacancies);

    public IEmployerAccountStore Accounts => inner.Accounts;

    public IVacancyStore Vacancies => _vacancies;

    public IVisitStore Visits => inner.Visits;

    public IPlacementStore Placements => inner.Placements;

    public IArrangementStore Arrangements => inner.Arrangements;

    public INationalDeskStore Desk => inner.Desk;

    public ISectorEmployerTotalsStore EmployerTotals => inner.EmployerTotals;

    public IRegionalProjectStore Projects => inner.Projects;

    public IFigureInputStore FigureInputs => inner.FigureInputs;

    public IIdempotencyStore Idempotency => inner.Idempotency;

    /// <summary>
    /// Makes the vacancy reads wait until their caller cancels them, or (null) stops it; <paramref name="stalled"/>
    /// completes when the first read waits.
    /// </summary>
    public void StallReads(TaskCompletionSource? stalled) => _vacancies.Stalled = stalled;

    public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

    /// <summary>Holds the next vacancy writes after the store committed them until <paramref name="release"/> completes; <paramref name="committed"/> completes at the first. Null stops holding.</summary>
    public void HoldCommittedWrites(TaskCompletionSource? committed, Task? release) => _vacancies.Hold = committed is null ? null : (committed, release!);

    private sealed class StalledVacancies(IVacancyStore vacancies) : IVacancyStore
    {
        public TaskCompletionSource? Stalled { get; set; }

        public (TaskCompletionSource Committed, Task Release)? Hold { get; set; }

        public async Task<Versioned<Vacancy>?> FindAsync(string id, CancellationToken cancellationToken = default)
        {
            if (Stalled is { } stalled)
            {
                stalled.TrySetResult();
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            }

            return await vacancies.FindAsync(id, cancellationToken);
        }

        public async Task<Versioned<Vacancy>> InsertAsync(Vacancy vacancy, CancellationToken cancellationToken = default) =>
            await HeldAsync(await vacancies.InsertAsync(vacancy, cancellationToken));

        public async Task<Versioned<Vacancy>> ReplaceAsync(Vacancy vacancy, string etag, CancellationToken cancellationToken = default) =>
            await HeldAsync(await vacancies.ReplaceAsync(vacancy, etag, cancellationToken));

        public Task<Page<VacancySummary>> QueryAsync(ISpecification<VacancySummary> specification, string? continuationToken = null, CancellationToken cancellationToken = default) =>
            vacancies.QueryAsync(specification, continuationToken, cancellationToken);

        public Task<IReadOnlyList<Versioned<Vacancy>>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
            vacancies.FindManyAsync(ids, cancellationToken);

        private async Task<Versioned<Vacancy>> HeldAsync(Versioned<Vacancy> written)
        {
            if (Hold is var (committed, release))
            {
                committed.TrySetResult();
                await release;
            }

            return written;
        }
    }
}

/// <summary>A vacancy of Delft's with a referred candidate, under fresh ids (<c>V-id</c>, <c>cand-id</c>): ready to book.</summary>
internal static class BookableVacancy
{
    public static async Task<string> SeedAsync(PartnerGateway gateway)
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var account = await gateway.SeedAccountAsync("EA-" + id, PartnerGateway.Delft);
        await gateway.SeedVacancyAsync("V-" + id, account, PartnerGateway.Delft, referredCandidate: "cand-" + id);
        return id;
    }
}

public sealed class SqliteTimedOutWriteTests(StalledGateway gateway) : TimedOutWriteTests(gateway), IClassFixture<StalledGateway>;

public sealed class CosmosTimedOutWriteTests(CosmosStalledGateway gateway) : TimedOutWriteTests(gateway), IClassFixture<CosmosStalledGateway>;

/// <summary>
/// A write the execution timeout reaches is reported honestly (issue 22): stopped before its write, TIMEOUT and nothing
/// stored; stopped while its write is in flight, OUTCOME_UNKNOWN naming the records to read, never TIMEOUT with a stored write.
/// </summary>
public abstract class TimedOutWriteTests(StalledGateway gateway)
{
    private const string Book = "mutation($i: BookPlacementInput!) { bookPlacement(input: $i) { vacancy { id } placement { id } } }";

    [Fact]
    public async Task A_booking_the_timeout_stops_before_its_write_is_TIMEOUT_and_stores_nothing()
    {
        var id = await SeedAsync();
        var stalled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        gateway.Stalled.StallReads(stalled);
        try
        {
            // The booking waits in its read of the vacancy, before any write, until the deadline passes.
            var posted = gateway.PostAsync(Book, Booking(id), PartnerGateway.Partner("municipality A"));
            await stalled.Task;
            gateway.PassDeadline();
            var answer = await posted;

            Assert.Equal(200, answer.Status);
            Assert.Equal(["TIMEOUT"], answer.ErrorCodes);
        }
        finally
        {
            gateway.Stalled.StallReads(null);
        }

        Assert.Empty((await gateway.Store.Vacancies.FindAsync("V-" + id))!.Value.Placements);
    }

    [Fact]
    public async Task A_booking_whose_write_is_in_flight_at_the_timeout_is_OUTCOME_UNKNOWN_naming_vacancy_and_placement_and_lands_whole()
    {
        var id = await SeedAsync();
        var committed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        gateway.Stalled.HoldCommittedWrites(committed, release.Task);
        GraphQLAnswer answer;
        try
        {
            // The write is held after its commit until the answer is in: only the deadline can answer meanwhile.
            var posted = gateway.PostAsync(Book, Booking(id), PartnerGateway.Partner("municipality A"));
            await committed.Task;
            gateway.PassDeadline();
            answer = await posted;
        }
        finally
        {
            gateway.Stalled.HoldCommittedWrites(null, null);
            release.SetResult();
        }

        Assert.Equal(["OUTCOME_UNKNOWN"], answer.ErrorCodes);
        var records = answer.Body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("records");
        Assert.Equal(
            [("VACANCY", "V-" + id), ("PLACEMENT", "P-" + id)],
            records.EnumerateArray().Select(r => (r.GetProperty("kind").GetString(), r.GetProperty("id").GetString())));
        Assert.Equal(["P-" + id], (await gateway.Store.Vacancies.FindAsync("V-" + id))!.Value.Placements.Select(p => p.Id));

        // Sent again as the error says: the booking made is the answer, and nothing is booked twice.
        var retried = await gateway.PostAsync(Book, Booking(id), PartnerGateway.Partner("municipality A"));
        Assert.Empty(retried.ErrorCodes);
        Assert.Equal("P-" + id, retried.Data.GetProperty("bookPlacement").GetProperty("placement").GetProperty("id").GetString());
        Assert.Single((await gateway.Store.Vacancies.FindAsync("V-" + id))!.Value.Placements);
    }

    private static object Booking(string id) =>
        new { i = new { vacancyId = "V-" + id, placementId = "P-" + id, candidate = "cand-" + id, start = "2026-06-15", hoursPerWeek = 25.5 } };

    private Task<string> SeedAsync() => BookableVacancy.SeedAsync(gateway);
}

public sealed class SqliteRetriedMutationTests(PartnerGateway gateway) : RetriedMutationTests(gateway), IClassFixture<PartnerGateway>;

public sealed class CosmosRetriedMutationTests(CosmosPartnerGateway gateway) : RetriedMutationTests(gateway), IClassFixture<CosmosPartnerGateway>;

/// <summary>
/// A partner retries a mutation safely (issue 22): with the same ids it answers as the first time, with the same
/// <c>Idempotency-Key</c> and body it is the first answer again (also for a booking whose id the gateway generates), and a
/// key sent with another body is 422 problem+json. Over real HTTP, on both stores.
/// </summary>
public abstract class RetriedMutationTests(PartnerGateway gateway)
{
    private const string Book = "mutation($i: BookPlacementInput!) { bookPlacement(input: $i) { vacancy { id workplaces } placement { id candidate hoursPerWeek } } }";

    [Fact]
    public async Task H13_a_booking_sent_again_with_the_same_ids_answers_its_first_payload_not_CONFLICT_and_books_once()
    {
        var id = await SeedAsync();
        var booking = new { i = new { vacancyId = "V-" + id, placementId = "P-" + id, candidate = "cand-" + id, start = "2026-06-15", hoursPerWeek = 25.5 } };

        var first = await gateway.PostAsync(Book, booking, PartnerGateway.Partner("municipality A"));
        var again = await gateway.PostAsync(Book, booking, PartnerGateway.Partner("municipality A"));

        Assert.Empty(first.ErrorCodes);
        Assert.Equal(first.Data.GetRawText(), again.Data.GetRawText());
        Assert.Single((await gateway.Store.Vacancies.FindAsync("V-" + id))!.Value.Placements);
    }

    [Fact]
    public async Task A_booking_with_a_generated_id_sent_again_with_the_same_Idempotency_Key_is_the_first_answer_again_and_books_once()
    {
        var id = await SeedAsync();
        var body = Body(new { i = new { vacancyId = "V-" + id, candidate = "cand-" + id, start = "2026-06-15", hoursPerWeek = 25.5 } });

        using var first = await SendAsync(body, "\"key-" + id + "\"");
        using var again = await SendAsync(body, "\"key-" + id + "\"");

        Assert.Equal((200, 200), ((int)first.StatusCode, (int)again.StatusCode));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(["true"], again.Headers.GetValues("Idempotent-Replayed"));
        Assert.Single((await gateway.Store.Vacancies.FindAsync("V-" + id))!.Value.Placements);
    }

    [Fact]
    public async Task An_Idempotency_Key_sent_with_another_body_is_422_problem_json_and_writes_nothing()
    {
        var id = await SeedAsync();
        using var first = await SendAsync(Body(new { i = new { vacancyId = "V-" + id, candidate = "cand-" + id, start = "2026-06-15", hoursPerWeek = 25.5 } }), "key-" + id);

        using var other = await SendAsync(Body(new { i = new { vacancyId = "V-" + id, candidate = "cand-" + id, start = "2026-06-15", hoursPerWeek = 32 } }), "key-" + id);
        using var blank = await SendAsync(Body(new { i = new { vacancyId = "V-" + id, candidate = "cand-" + id, start = "2026-06-15", hoursPerWeek = 32 } }), "\"\"");

        Assert.Equal((422, "application/problem+json"), ((int)other.StatusCode, other.Content.Headers.ContentType!.MediaType));
        Assert.Contains("Idempotency-Key", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((400, "application/problem+json"), ((int)blank.StatusCode, blank.Content.Headers.ContentType!.MediaType));
        Assert.Single((await gateway.Store.Vacancies.FindAsync("V-" + id))!.Value.Placements);
    }

    [Fact]
    public async Task Another_partner_s_same_Idempotency_Key_is_its_own_key()
    {
        var id = await SeedAsync();
        var uwvAccount = await gateway.SeedAccountAsync("EA-U-" + id, Sdk.Partners.BookingPartner.Uwv);
        await gateway.SeedVacancyAsync("V-U-" + id, uwvAccount, Sdk.Partners.BookingPartner.Uwv, referredCandidate: "cand-" + id);
        using var delft = await SendAsync(Body(new { i = new { vacancyId = "V-" + id, candidate = "cand-" + id, start = "2026-06-15", hoursPerWeek = 25.5 } }), "key-" + id);

        using var uwv = await SendAsync(Body(new { i = new { vacancyId = "V-U-" + id, candidate = "cand-" + id, start = "2026-06-15", hoursPerWeek = 25.5 } }), "key-" + id, "UWV");

        Assert.Equal((200, 200), ((int)delft.StatusCode, (int)uwv.StatusCode));
        Assert.False(uwv.Headers.Contains("Idempotent-Replayed"));
        Assert.Single((await gateway.Store.Vacancies.FindAsync("V-U-" + id))!.Value.Placements);
    }

    private static string Body(object variables) => JsonSerializer.Serialize(new { query = Book, variables });

    private async Task<HttpResponseMessage> SendAsync(string body, string key, string partner = "municipality A")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", gateway.TokenFor(PartnerGateway.Partner(partner)!));
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return await gateway.Client.SendAsync(request);
    }

    private Task<string> SeedAsync() => BookableVacancy.SeedAsync(gateway);
}
