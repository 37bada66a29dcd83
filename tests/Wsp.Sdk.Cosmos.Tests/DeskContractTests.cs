using Wsp.Sdk.Storage;
using Wsp.Sdk.Storage.Contract;
using Wsp.Testing.Cosmos;

namespace Wsp.Sdk.Cosmos.Tests;

// The national desk's storage contract (rules L1–L6, H5), run against the Cosmos stand-in.

[Collection(CosmosStandInFixture.CollectionName)]
public sealed class CosmosArrangementStoreContract : ArrangementStoreContract
{
    private readonly StoreLifetime _lifetime;

    public CosmosArrangementStoreContract(CosmosStandInFixture fixture) => _lifetime = new StoreLifetime(fixture);

    protected override Task<IWspStore> CreateStoreAsync() => _lifetime.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => _lifetime.DisposeAsync();
}

[Collection(CosmosStandInFixture.CollectionName)]
public sealed class CosmosNationalDeskStoreContract : NationalDeskStoreContract
{
    private readonly StoreLifetime _lifetime;

    public CosmosNationalDeskStoreContract(CosmosStandInFixture fixture) => _lifetime = new StoreLifetime(fixture);

    protected override Task<IWspStore> CreateStoreAsync() => _lifetime.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => _lifetime.DisposeAsync();
}

[Collection(CosmosStandInFixture.CollectionName)]
public sealed class CosmosSectorEmployerTotalsStoreContract : SectorEmployerTotalsStoreContract
{
    private readonly StoreLifetime _lifetime;

    public CosmosSectorEmployerTotalsStoreContract(CosmosStandInFixture fixture) => _lifetime = new StoreLifetime(fixture);

    protected override Task<IWspStore> CreateStoreAsync() => _lifetime.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => _lifetime.DisposeAsync();
}

[Collection(CosmosStandInFixture.CollectionName)]
public sealed class CosmosRegionalProjectStoreContract : RegionalProjectStoreContract
{
    private readonly StoreLifetime _lifetime;

    public CosmosRegionalProjectStoreContract(CosmosStandInFixture fixture) => _lifetime = new StoreLifetime(fixture);

    protected override Task<IWspStore> CreateStoreAsync() => _lifetime.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => _lifetime.DisposeAsync();
}

[Collection(CosmosStandInFixture.CollectionName)]
public sealed class CosmosEmployerContactsContract : EmployerContactsContract
{
    private readonly StoreLifetime _lifetime;

    public CosmosEmployerContactsContract(CosmosStandInFixture fixture) => _lifetime = new StoreLifetime(fixture);

    protected override Task<IWspStore> CreateStoreAsync() => _lifetime.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => _lifetime.DisposeAsync();
}

[Collection(CosmosStandInFixture.CollectionName)]
public sealed class CosmosFigureInputStoreContract : FigureInputStoreContract
{
    private readonly StoreLifetime _lifetime;

    public CosmosFigureInputStoreContract(CosmosStandInFixture fixture) => _lifetime = new StoreLifetime(fixture);

    protected override Task<IWspStore> CreateStoreAsync() => _lifetime.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => _lifetime.DisposeAsync();
}
