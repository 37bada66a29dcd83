using Wsp.Sdk.Storage;
using Wsp.Sdk.Storage.Contract;
using Wsp.Testing.Cosmos;

namespace Wsp.Sdk.Cosmos.Tests;

// The management-information reader's contract, run against the Cosmos DB stand-in (on the pre-aggregates' own
// stand-in: both read the aggregate documents, see CosmosAggregatesStandIn).
[Collection(CosmosAggregatesStandIn.Name)]
public sealed class CosmosManagementInformationReaderContract : ManagementInformationReaderContract
{
    private readonly StoreLifetime _lifetime;

    public CosmosManagementInformationReaderContract(CosmosStandInFixture fixture) => _lifetime = new StoreLifetime(fixture);

    protected override Task<IWspStore> CreateStoreAsync() => _lifetime.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => _lifetime.DisposeAsync();
}
