using Microsoft.Azure.Cosmos;
using NodaTime;
using Wsp.Sdk.Sectors;
using Wsp.Sdk.Storage;
using Wsp.Sdk.Storage.Contract;
using Wsp.Testing.Cosmos;

namespace Wsp.Sdk.Cosmos.Tests;

/// <summary>The national desk's documents on Cosmos DB beyond the contract: partition keys on the wire, point reads.</summary>
[Collection(CosmosStandInFixture.CollectionName)]
public sealed class CosmosDeskStoreTests : IAsyncLifetime
{
    private readonly CosmosStandInFixture _fixture;
    private readonly RecordingHandler _handler = new();
    private readonly CosmosStoreOptions _options = CosmosStores.Options();
    private readonly World _world = new();
    private CosmosClient? _client;
    private CosmosWspStore? _store;

    public CosmosDeskStoreTests(CosmosStandInFixture fixture) => _fixture = fixture;

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
    public async Task L1_the_arrangements_of_an_employer_are_one_partition_in_the_query_text_and_on_the_request()
    {
        await Store.Arrangements.InsertAsync(DeskWorld.Final(_world));
        _handler.Clear();

        var listed = await Store.Arrangements.ListAsync(new ArrangementFilter(AccountId: "EA-N"));

        Assert.Equal("ARR-1", Assert.Single(listed).Id);
        var query = Assert.Single(_handler.Sent, r => r.QueryText is not null);
        Assert.Contains("c.accountId = @account", query.QueryText, StringComparison.Ordinal);
        Assert.Equal("[\"EA-N\"]", query.PartitionKey);
    }

    [Fact]
    public async Task L4_the_desk_is_one_point_read_of_one_document()
    {
        await Store.Desk.InsertAsync(DeskWorld.Desk());
        _handler.Clear();

        var desk = await Store.Desk.FindAsync();

        Assert.Equal(DeskWorld.Regions.Length, desk!.Value.Contacts.Count);
        var read = Assert.Single(_handler.Sent);
        Assert.Equal("GET", read.Method);
        Assert.Contains($"/colls/{_options.DeskContainerId}/docs/national-desk", read.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task H5_the_totals_of_a_region_are_read_from_its_partition()
    {
        await Store.EmployerTotals.InsertAsync(new SectorEmployerTotals(DeskWorld.Haaglanden, new LocalDate(2015, 1, 1), "KvK", new Dictionary<string, int> { ["RETAIL"] = 40 }));
        _handler.Clear();

        Assert.Single(await Store.EmployerTotals.ListAsync(DeskWorld.Haaglanden));

        var query = Assert.Single(_handler.Sent, r => r.QueryText is not null);
        Assert.Contains("c.regionCode = @region", query.QueryText, StringComparison.Ordinal);
        Assert.Equal("[\"AM21\"]", query.PartitionKey);
    }
}
