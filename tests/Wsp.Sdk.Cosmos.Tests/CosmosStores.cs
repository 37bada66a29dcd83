using Microsoft.Azure.Cosmos;
using NodaTime;
using NodaTime.Testing;
using Wsp.Sdk.Storage;
using Wsp.Testing.Cosmos;

namespace Wsp.Sdk.Cosmos.Tests;

/// <summary>A fresh store per test: its own database on the shared stand-in, deleted after the test.</summary>
internal static class CosmosStores
{
    public static CosmosStoreOptions Options() => new()
    {
        DatabaseId = $"wsp-{Guid.NewGuid():N}",

        // The stand-in refuses the batches bulk mode sends: point writes with bounded parallelism.
        UseBulkImport = false,

        // Reservations are dated by a fake clock, never the wall clock; a test that drives their lease brings its own.
        Clock = new FakeClock(Instant.FromUtc(2026, 3, 2, 9, 0)),
    };

    public static async Task<CosmosWspStore> CreateAsync(CosmosClient client, CosmosStoreOptions? options = null)
    {
        var store = new CosmosWspStore(client, options ?? Options());
        await store.InitializeAsync();
        return store;
    }

    public static async Task DeleteAsync(CosmosClient client, string databaseId)
    {
        using var response = await client.GetDatabase(databaseId).DeleteStreamAsync();
        Assert.True(response.IsSuccessStatusCode || response.StatusCode == System.Net.HttpStatusCode.NotFound, $"deleting {databaseId}: {response.StatusCode}");
    }
}

/// <summary>Derives a contract class once per store: a fresh database per test, deleted afterwards.</summary>
internal sealed class StoreLifetime
{
    private readonly CosmosStandInFixture _fixture;
    private string? _databaseId;

    public StoreLifetime(CosmosStandInFixture fixture) => _fixture = fixture;

    public async Task<IWspStore> CreateAsync()
    {
        var options = CosmosStores.Options();
        _databaseId = options.DatabaseId;
        return await CosmosStores.CreateAsync(_fixture.Client, options);
    }

    public Task DisposeAsync() => _databaseId is null ? Task.CompletedTask : CosmosStores.DeleteAsync(_fixture.Client, _databaseId);
}
