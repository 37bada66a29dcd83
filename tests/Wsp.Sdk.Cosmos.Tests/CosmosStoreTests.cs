using System.Net;
using Ardalis.Specification;
using Microsoft.Azure.Cosmos;
using Newtonsoft.Json.Linq;
using NodaTime;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Storage;
using Wsp.Sdk.Storage.Contract;
using Wsp.Sdk.Vacancies;
using Wsp.Testing.Cosmos;

namespace Wsp.Sdk.Cosmos.Tests;

/// <summary>What the Cosmos DB store does beyond the contract: partition keys, point reads, documents, keys, failures.</summary>
[Collection(CosmosStandInFixture.CollectionName)]
public sealed class CosmosStoreTests : IAsyncLifetime
{
    private readonly CosmosStandInFixture _fixture;
    private readonly RecordingHandler _handler = new();
    private readonly World _world = new();
    private readonly CosmosStoreOptions _options;
    private CosmosClient? _client;
    private CosmosWspStore? _store;

    public CosmosStoreTests(CosmosStandInFixture fixture)
    {
        _fixture = fixture;

        // The store dates its reservations by the test's clock, so their lease is driven explicitly.
        _options = CosmosStores.Options() with { Clock = _world.Clock };
    }

    private CosmosClient Client => _client!;

    private CosmosWspStore Store => _store!;

    public async Task InitializeAsync()
    {
        var options = new CosmosClientOptions();
        options.CustomHandlers.Add(_handler);
        _client = _fixture.StandIn.CreateClient(options);
        _store = await CosmosStores.CreateAsync(_client, _options);
        _handler.Clear();
    }

    public async Task DisposeAsync()
    {
        await CosmosStores.DeleteAsync(_fixture.Client, _options.DatabaseId);
        _client?.Dispose();
    }

    [Fact]
    public async Task A_vacancy_query_with_a_region_carries_the_partition_key_in_the_text_and_on_the_request()
    {
        await Store.Vacancies.InsertAsync(_world.Vacancy());
        _handler.Clear();

        var page = await Store.Vacancies.QueryAsync(new VacanciesInRegion("AM21", pageSize: 10));

        Assert.Single(page.Items);
        var query = Assert.Single(_handler.Sent, r => r.QueryText is not null);
        Assert.Contains("root[\"regionCode\"] = \"AM21\"", query.QueryText, StringComparison.Ordinal);
        Assert.Equal("[\"AM21\"]", query.PartitionKey);

        // The SDK asks for a query plan before an ORDER BY query; with the partition key it, too, is for that partition.
        Assert.All(_handler.Sent, r => Assert.Equal("[\"AM21\"]", r.PartitionKey));
    }

    [Fact]
    public async Task A_placement_stream_for_a_region_carries_the_partition_key_in_both_queries()
    {
        var region = Gazetteer.Default.FindMunicipality("GM0518")!.Region!.Code;
        await Store.Placements.ImportAsync("import-1", World.Async(World.Placements(40)));
        await Store.Vacancies.InsertAsync(_world.ReferAndBook(_world.Vacancy(), 1));
        _handler.Clear();

        var streamed = await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.ActiveOn(new LocalDate(2026, 3, 31), region)));

        Assert.NotEmpty(streamed);
        Assert.All(streamed, p => Assert.Equal(region, p.Region.Code));
        var queries = _handler.Sent.Where(r => r.QueryText is not null).ToArray();
        Assert.Equal(2, queries.Length);
        Assert.All(queries, q =>
        {
            Assert.Contains("c.regionCode = @region", q.QueryText, StringComparison.Ordinal);
            Assert.Equal($"[\"{region}\"]", q.PartitionKey);
        });
        Assert.Contains(queries, q => q.QueryText!.Contains("JOIN p IN c.state.placements", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_read_by_id_is_one_point_read_once_the_id_s_partition_is_known()
    {
        await Store.Vacancies.InsertAsync(_world.Vacancy());
        _handler.Clear();

        var read = await Store.Vacancies.FindAsync("V-1");

        Assert.NotNull(read);
        var request = Assert.Single(_handler.Sent);
        Assert.Equal("GET", request.Method);
        Assert.Contains($"/colls/{_options.VacanciesContainerId}/docs/V-1", request.Uri, StringComparison.Ordinal);
        Assert.Equal("[\"AM21\"]", request.PartitionKey);
    }

    [Fact]
    public async Task A_new_store_finds_the_partition_of_an_id_with_one_point_read_of_its_key()
    {
        await Store.Vacancies.InsertAsync(_world.Vacancy());
        var other = new CosmosWspStore(Client, _options);
        _handler.Clear();

        Assert.NotNull(await other.Vacancies.FindAsync("V-1"));

        Assert.Equal(2, _handler.Sent.Count);
        Assert.Contains($"/colls/{_options.KeysContainerId}/docs/vacancy:V-1", _handler.Sent[0].Uri, StringComparison.Ordinal);
        Assert.DoesNotContain(_handler.Sent, r => r.QueryText is not null);
    }

    [Fact]
    public async Task An_id_is_unique_across_regions()
    {
        await Store.Vacancies.InsertAsync(_world.Vacancy("V-1"));
        var groningen = EmployerAccount.Register(World.AccountRegistration("EA-3", "Zuivel Noord", municipality: "GM0014"), [], _world.Clock).Account!;
        var inAnotherRegion = Vacancy.Register(_world.Registration(groningen, "V-1"), _world.Clock);

        Assert.NotEqual("AM21", inAnotherRegion.Region.Code.ToString());
        var error = await Assert.ThrowsAsync<StoreException>(() => Store.Vacancies.InsertAsync(inAnotherRegion));

        Assert.Equal(StoreErrorCode.AlreadyExists, error.Code);
        Assert.Equal("AM21", (await Store.Vacancies.FindAsync("V-1"))!.Value.Region.Code.ToString());
    }

    [Fact]
    public async Task A_key_left_by_a_write_that_failed_half_way_is_taken_over_by_the_next_insert()
    {
        // As if an insert of V-1 in another region reserved the id and then failed before writing the vacancy.
        var keys = Client.GetDatabase(_options.DatabaseId).GetContainer(_options.KeysContainerId);
        await keys.CreateItemAsync(JObject.FromObject(new { id = "vacancy:V-1", partitionKey = "AM05" }), new PartitionKey("vacancy:V-1"));
        Assert.Null(await Store.Vacancies.FindAsync("V-1"));

        await Store.Vacancies.InsertAsync(_world.Vacancy("V-1"));

        Assert.NotNull(await Store.Vacancies.FindAsync("V-1"));
        Assert.NotNull(await new CosmosWspStore(Client, _options).Vacancies.FindAsync("V-1"));
    }

    [Fact]
    public async Task A_fresh_reservation_whose_write_has_not_landed_is_never_overtaken_until_its_lease_has_passed()
    {
        // As if an insert of V-1 in another region reserved the id a moment ago and its write is still on its way.
        await Keys.CreateItemAsync(JObject.FromObject(new { id = "vacancy:V-1", partitionKey = "AM05", reservedAt = Mapping.Format(_world.Clock.GetCurrentInstant()) }), new PartitionKey("vacancy:V-1"));

        var error = await Assert.ThrowsAsync<StoreException>(() => Store.Vacancies.InsertAsync(_world.Vacancy("V-1")));

        Assert.Equal(StoreErrorCode.AlreadyExists, error.Code);
        Assert.Contains("being written by someone else", error.Message, StringComparison.Ordinal);
        _world.Clock.Advance(_options.ReservationLease);
        await Store.Vacancies.InsertAsync(_world.Vacancy("V-1"));
        Assert.Equal("AM21", (await Store.Vacancies.FindAsync("V-1"))!.Value.Region.Code.ToString());
    }

    [Fact]
    public async Task A_placement_id_reserved_by_a_vacancy_whose_write_failed_is_free_for_another_once_the_lease_has_passed()
    {
        await Store.Vacancies.InsertAsync(_world.Refer(_world.Vacancy("V-1"), 1));

        // As if a booking of P-1 on V-9 (Amsterdam) reserved the id and its process died before the vacancy was written.
        await Keys.CreateItemAsync(JObject.FromObject(new { id = "placement:P-1", partitionKey = "AM18", holder = "vacancy:V-9", reservedAt = Mapping.Format(_world.Clock.GetCurrentInstant()) }), new PartitionKey("placement:P-1"));
        var error = await Assert.ThrowsAsync<StoreException>(() => Book("V-1", 1, "P-1"));

        Assert.Equal(StoreErrorCode.AlreadyExists, error.Code);
        _world.Clock.Advance(_options.ReservationLease);
        await Book("V-1", 1, "P-1");
        var key = await Keys.ReadItemAsync<JObject>("placement:P-1", new PartitionKey("placement:P-1"));
        Assert.Equal("vacancy:V-1", (string?)key.Resource["holder"]);
        Assert.Equal("AM21", (string?)key.Resource["partitionKey"]);
    }

    [Fact]
    public async Task A_reservation_left_by_the_same_vacancy_s_failed_write_does_not_hold_up_its_retry()
    {
        await Store.Vacancies.InsertAsync(_world.Refer(_world.Vacancy("V-1"), 1));
        await Keys.CreateItemAsync(JObject.FromObject(new { id = "placement:P-1", partitionKey = "AM21", holder = "vacancy:V-1", reservedAt = Mapping.Format(_world.Clock.GetCurrentInstant()) }), new PartitionKey("placement:P-1"));

        await Book("V-1", 1, "P-1");

        Assert.Equal("P-1", Assert.Single((await Store.Vacancies.FindAsync("V-1"))!.Value.Placements).Id);
    }

    [Fact]
    public async Task An_import_reserves_each_placement_id_and_its_rollback_takes_every_reservation_back()
    {
        var placements = World.Placements(40);
        await Store.Placements.ImportAsync("import-1", World.Async(placements));
        var held = new QueryDefinition("SELECT VALUE c.id FROM c WHERE c.holder = 'import:import-1'");

        Assert.Equal(placements.Select(p => $"placement:{p.Id}").Order(StringComparer.Ordinal), (await Held(held)).Order(StringComparer.Ordinal));
        await Store.Placements.RollbackImportAsync("import-1");
        Assert.Empty(await Held(held));

        async Task<List<string>> Held(QueryDefinition query)
        {
            var ids = new List<string>();
            using var iterator = Keys.GetItemQueryIterator<string>(query);
            while (iterator.HasMoreResults)
            {
                ids.AddRange(await iterator.ReadNextAsync());
            }

            return ids;
        }
    }

    [Fact]
    public async Task A_booking_reads_the_vacancy_once_and_reserves_only_the_placement_it_adds()
    {
        var vacancy = _world.Refer(_world.Refer(_world.Vacancy("V-1", positions: 2), 1), 2);
        await Store.Vacancies.InsertAsync(vacancy);
        await Book("V-1", 1, "P-1");
        _handler.Clear();

        await Book("V-1", 2, "P-2");

        // A point read (the read of the read–change–write), the reservation of P-2 alone, the replace: the version read
        // says which placements are new, so the document is not read twice.
        Assert.Equal(
            [$"GET /colls/{_options.VacanciesContainerId}/docs/V-1 [\"AM21\"]", $"POST /colls/{_options.KeysContainerId} [\"placement:P-2\"]", $"PUT /colls/{_options.VacanciesContainerId}/docs/V-1 [\"AM21\"]"],
            _handler.Sent.Select(r => $"{r.Method} {r.Uri[r.Uri.IndexOf("/colls/", StringComparison.Ordinal)..]} {r.PartitionKey}"));
    }

    [Fact]
    public async Task The_document_has_the_summary_at_top_level_the_state_nested_and_fixed_width_ISO_instants()
    {
        var vacancy = _world.ReferAndBook(_world.Vacancy(), 1);
        await Store.Vacancies.InsertAsync(vacancy);

        var container = Client.GetDatabase(_options.DatabaseId).GetContainer(_options.VacanciesContainerId);
        var document = (await container.ReadItemAsync<JObject>("V-1", new PartitionKey("AM21"))).Resource;

        Assert.Equal("AM21", (string?)document["regionCode"]);
        Assert.Equal("GM0503", (string?)document["owner"]);
        Assert.Equal(1, (int?)document["placements"]);
        Assert.Equal("2026-03-02T09:00:00.000000000Z", (string?)document["registeredAt"]);
        Assert.Equal("2026-06-30", (string?)document["expiresOn"]);
        var placement = (JObject)document["state"]!["placements"]![0]!;
        Assert.Equal("P-1", (string?)placement["id"]);
        Assert.Equal("2026-03-16", (string?)placement["start"]);
        Assert.Equal(JTokenType.Null, placement["end"]!.Type);
        Assert.Equal("25.5", (string?)placement["hoursPerWeek"]);
    }

    [Fact]
    public async Task Instants_compare_and_order_exactly_below_the_second()
    {
        var account = _world.Account();
        var start = _world.Clock.GetCurrentInstant();
        foreach (var (id, offset) in new[] { ("V-a", 900), ("V-b", 100), ("V-c", 500), ("V-d", 1000) })
        {
            _world.Clock.Reset(start + Duration.FromMilliseconds(offset));
            await Store.Vacancies.InsertAsync(Vacancy.Register(_world.Registration(account, id), _world.Clock));
        }

        var page = await Store.Vacancies.QueryAsync(new RegisteredAfter(start + Duration.FromMilliseconds(300)));

        Assert.Equal(["V-c", "V-a", "V-d"], page.Items.Select(v => v.Id));
    }

    [Fact]
    public async Task Captured_lists_prefixes_and_skip_translate_to_Cosmos_SQL()
    {
        var account = _world.Account();
        foreach (var id in new[] { "V-01", "V-02", "V-03", "V-04", "X-05" })
        {
            await Store.Vacancies.InsertAsync(Vacancy.Register(_world.Registration(account, id), _world.Clock));
        }

        string[] wanted = ["V-02", "V-03", "V-04", "X-05"];
        var seen = new List<string>();
        string? token = null;
        do
        {
            var page = await Store.Vacancies.QueryAsync(new IdsStartingWith(wanted, "V-", skip: 1, take: 1), token);
            seen.AddRange(page.Items.Select(v => v.Id));
            token = page.ContinuationToken;
        }
        while (token is not null);

        Assert.Equal(["V-03", "V-04"], seen);
        var query = _handler.Sent.First(r => r.QueryText is not null).QueryText!;
        Assert.Contains("IN (\"V-02\", \"V-03\", \"V-04\", \"X-05\")", query, StringComparison.Ordinal);
        Assert.Contains("STARTSWITH", query, StringComparison.Ordinal);
        Assert.Contains("OFFSET 1", query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_whose_containers_were_never_created_fails_rather_than_reading_as_empty()
    {
        var uninitialized = new CosmosWspStore(Client, CosmosStores.Options());

        await Assert.ThrowsAnyAsync<Exception>(() => uninitialized.Vacancies.QueryAsync(new VacanciesInRegion("AM21", 10)));
    }

    [Fact]
    public async Task A_retried_import_whose_marker_was_never_written_removes_the_leftovers_first()
    {
        await Store.Placements.ImportAsync("import-1", World.Async(World.Placements(30)));

        // As if the process died after the placements and before the marker.
        var keys = Client.GetDatabase(_options.DatabaseId).GetContainer(_options.KeysContainerId);
        await keys.DeleteItemAsync<JObject>("import:import-1", new PartitionKey("import:import-1"));

        var retried = await Store.Placements.ImportAsync("import-1", World.Async(World.Placements(30)));

        Assert.False(retried.AlreadyImported);
        Assert.Equal(30, retried.Placements);
        Assert.Equal(30, (await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All))).Count);
        Assert.True((await Store.Placements.ImportAsync("import-1", World.Async(World.Placements(30)))).AlreadyImported);
    }

    [Fact]
    public async Task Throttling_left_after_the_client_s_retries_is_Unavailable()
    {
        await Store.Vacancies.InsertAsync(_world.Vacancy());
        _handler.Answer = r => r.Method == HttpMethod.Get ? HttpStatusCode.TooManyRequests : null;

        var error = await Assert.ThrowsAsync<StoreException>(() => Store.Vacancies.FindAsync("V-1"));

        Assert.Equal(StoreErrorCode.Unavailable, error.Code);
    }

    [Fact]
    public void Bulk_imports_need_a_client_with_bulk_execution()
    {
        var error = Assert.Throws<ArgumentException>(() => new CosmosWspStore(Client, new CosmosStoreOptions()));

        Assert.Contains("AllowBulkExecution", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InitializeAsync_creates_every_container_with_its_partition_key()
    {
        var containers = CosmosWspStore.Containers(new CosmosStoreOptions());

        Assert.Equal(
            ["accounts /regionCode", "vacancies /regionCode", "visits /accountId", "placements /regionCode", "keys /id", "arrangements /accountId", "desk /id", "employerTotals /regionCode", "projects /regionCode", "figureInputs /kind", "idempotency /partner"],
            containers.Select(c => $"{c.Id} {c.PartitionKeyPath}"));
    }

    private Container Keys => Client.GetDatabase(_options.DatabaseId).GetContainer(_options.KeysContainerId);

    private Task<Versioned<Vacancy>> Book(string vacancyId, int candidate, string placementId) =>
        Store.Vacancies.UpdateAsync(vacancyId, v => v.BookPlacement(World.Booking(candidate, v.Owner, placementId), _world.Clock));

    private sealed class IdsStartingWith : Specification<VacancySummary>
    {
        public IdsStartingWith(string[] ids, string prefix, int skip, int take) =>
            Query.Where(v => ids.Contains(v.Id) && v.Id.StartsWith(prefix)).OrderBy(v => v.Id).Skip(skip).Take(take);
    }

    private sealed class RegisteredAfter : Specification<VacancySummary>
    {
        public RegisteredAfter(Instant after) => Query.Where(v => v.RegisteredAt > after).OrderBy(v => v.RegisteredAt).Take(10);
    }
}
