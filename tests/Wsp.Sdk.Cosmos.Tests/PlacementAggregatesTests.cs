using Wsp.Sdk.Storage;
using Wsp.Sdk.Storage.Contract;
using Wsp.Testing.Cosmos;

namespace Wsp.Sdk.Cosmos.Tests;

/// <summary>
/// A stand-in of its own for the pre-aggregates contract. With this class on the shared stand-in, a later test of
/// another class (a partition-keyed visit query) failed with the SDK's "GetTargetPartitionKeyRanges … failed due to
/// stale cache" 404, in the full run only, never alone: an interaction of the shared client's caches with the
/// stand-in, not a store defect. A separate stand-in and client keep the two apart.
/// </summary>
[CollectionDefinition(Name)]
public sealed class CosmosAggregatesStandIn : ICollectionFixture<CosmosStandInFixture>
{
    public const string Name = "cosmos-aggregates";
}

// The pre-aggregates contract (job-agreement ledger, placement starts), run against the Cosmos DB stand-in.
[Collection(CosmosAggregatesStandIn.Name)]
public sealed class CosmosPlacementAggregatesContract : PlacementAggregatesContract
{
    private readonly StoreLifetime _lifetime;

    public CosmosPlacementAggregatesContract(CosmosStandInFixture fixture) => _lifetime = new StoreLifetime(fixture);

    protected override Task<IWspStore> CreateStoreAsync() => _lifetime.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => _lifetime.DisposeAsync();
}

// The ministry's attack suite (issue 16), run against the Cosmos DB stand-in (the aggregates' own: same reason as above).
[Collection(CosmosAggregatesStandIn.Name)]
public sealed class CosmosMinistryDisclosureContract : MinistryDisclosureContract
{
    private readonly StoreLifetime _lifetime;

    public CosmosMinistryDisclosureContract(CosmosStandInFixture fixture) => _lifetime = new StoreLifetime(fixture);

    protected override Task<IWspStore> CreateStoreAsync() => _lifetime.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => _lifetime.DisposeAsync();
}
