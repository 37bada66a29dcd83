using Wsp.Sdk.Storage;
using Wsp.Sdk.Storage.Contract;
using Wsp.Testing.Cosmos;

namespace Wsp.Sdk.Cosmos.Tests;

// The WspClient's contracts, run against the Cosmos DB stand-in.

[Collection(CosmosStandInFixture.CollectionName)]
public sealed class CosmosEstablishmentClientContract : EstablishmentClientContract
{
    private readonly StoreLifetime _lifetime;

    public CosmosEstablishmentClientContract(CosmosStandInFixture fixture) => _lifetime = new StoreLifetime(fixture);

    protected override Task<IWspStore> CreateStoreAsync() => _lifetime.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => _lifetime.DisposeAsync();
}

[Collection(CosmosStandInFixture.CollectionName)]
public sealed class CosmosVacancyWorkflowClientContract : VacancyWorkflowClientContract
{
    private readonly StoreLifetime _lifetime;

    public CosmosVacancyWorkflowClientContract(CosmosStandInFixture fixture) => _lifetime = new StoreLifetime(fixture);

    protected override Task<IWspStore> CreateStoreAsync() => _lifetime.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => _lifetime.DisposeAsync();
}

[Collection(CosmosStandInFixture.CollectionName)]
public sealed class CosmosRetryContract : RetryContract
{
    private readonly StoreLifetime _lifetime;

    public CosmosRetryContract(CosmosStandInFixture fixture) => _lifetime = new StoreLifetime(fixture);

    protected override Task<IWspStore> CreateStoreAsync() => _lifetime.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => _lifetime.DisposeAsync();
}
