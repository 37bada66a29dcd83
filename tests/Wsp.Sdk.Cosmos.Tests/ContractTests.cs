using Wsp.Sdk.Storage;
using Wsp.Sdk.Storage.Contract;
using Wsp.Testing.Cosmos;

namespace Wsp.Sdk.Cosmos.Tests;

[Collection(CosmosStandInFixture.CollectionName)]
public sealed class CosmosVacancyStoreContract : VacancyStoreContract
{
    private readonly StoreLifetime _lifetime;

    public CosmosVacancyStoreContract(CosmosStandInFixture fixture) => _lifetime = new StoreLifetime(fixture);

    protected override Task<IWspStore> CreateStoreAsync() => _lifetime.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => _lifetime.DisposeAsync();
}

[Collection(CosmosStandInFixture.CollectionName)]
public sealed class CosmosAccountStoreContract : AccountStoreContract
{
    private readonly StoreLifetime _lifetime;

    public CosmosAccountStoreContract(CosmosStandInFixture fixture) => _lifetime = new StoreLifetime(fixture);

    protected override Task<IWspStore> CreateStoreAsync() => _lifetime.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => _lifetime.DisposeAsync();
}

[Collection(CosmosStandInFixture.CollectionName)]
public sealed class CosmosVisitStoreContract : VisitStoreContract
{
    private readonly StoreLifetime _lifetime;

    public CosmosVisitStoreContract(CosmosStandInFixture fixture) => _lifetime = new StoreLifetime(fixture);

    protected override Task<IWspStore> CreateStoreAsync() => _lifetime.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => _lifetime.DisposeAsync();
}

[Collection(CosmosStandInFixture.CollectionName)]
public sealed class CosmosPlacementStoreContract : PlacementStoreContract
{
    private readonly StoreLifetime _lifetime;

    public CosmosPlacementStoreContract(CosmosStandInFixture fixture) => _lifetime = new StoreLifetime(fixture);

    protected override Task<IWspStore> CreateStoreAsync() => _lifetime.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => _lifetime.DisposeAsync();
}

[Collection(CosmosStandInFixture.CollectionName)]
public sealed class CosmosConcurrencyContract : ConcurrencyContract
{
    private readonly StoreLifetime _lifetime;

    public CosmosConcurrencyContract(CosmosStandInFixture fixture) => _lifetime = new StoreLifetime(fixture);

    protected override Task<IWspStore> CreateStoreAsync() => _lifetime.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => _lifetime.DisposeAsync();
}

[Collection(CosmosStandInFixture.CollectionName)]
public sealed class CosmosWorkflowContract : WorkflowContract
{
    private readonly StoreLifetime _lifetime;

    public CosmosWorkflowContract(CosmosStandInFixture fixture) => _lifetime = new StoreLifetime(fixture);

    protected override Task<IWspStore> CreateStoreAsync() => _lifetime.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => _lifetime.DisposeAsync();
}

[Collection(CosmosStandInFixture.CollectionName)]
public sealed class CosmosBatchReadContract : BatchReadContract
{
    private readonly StoreLifetime _lifetime;

    public CosmosBatchReadContract(CosmosStandInFixture fixture) => _lifetime = new StoreLifetime(fixture);

    protected override Task<IWspStore> CreateStoreAsync() => _lifetime.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => _lifetime.DisposeAsync();
}

[Collection(CosmosStandInFixture.CollectionName)]
public sealed class CosmosNamedSpecificationContract : NamedSpecificationContract
{
    private readonly StoreLifetime _lifetime;

    public CosmosNamedSpecificationContract(CosmosStandInFixture fixture) => _lifetime = new StoreLifetime(fixture);

    protected override Task<IWspStore> CreateStoreAsync() => _lifetime.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => _lifetime.DisposeAsync();
}

[Collection(CosmosStandInFixture.CollectionName)]
public sealed class CosmosClientAccessContract : ClientAccessContract
{
    private readonly StoreLifetime _lifetime;

    public CosmosClientAccessContract(CosmosStandInFixture fixture) => _lifetime = new StoreLifetime(fixture);

    protected override Task<IWspStore> CreateStoreAsync() => _lifetime.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => _lifetime.DisposeAsync();
}

[Collection(CosmosStandInFixture.CollectionName)]
public sealed class CosmosPlacementIdContract : PlacementIdContract
{
    private readonly StoreLifetime _lifetime;

    public CosmosPlacementIdContract(CosmosStandInFixture fixture) => _lifetime = new StoreLifetime(fixture);

    protected override Task<IWspStore> CreateStoreAsync() => _lifetime.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => _lifetime.DisposeAsync();
}

[Collection(CosmosStandInFixture.CollectionName)]
public sealed class CosmosVersionContract : VersionContract
{
    private readonly StoreLifetime _lifetime;

    public CosmosVersionContract(CosmosStandInFixture fixture) => _lifetime = new StoreLifetime(fixture);

    protected override Task<IWspStore> CreateStoreAsync() => _lifetime.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => _lifetime.DisposeAsync();
}

[Collection(CosmosStandInFixture.CollectionName)]
public sealed class CosmosOrderingContract : OrderingContract
{
    private readonly StoreLifetime _lifetime;

    public CosmosOrderingContract(CosmosStandInFixture fixture) => _lifetime = new StoreLifetime(fixture);

    protected override Task<IWspStore> CreateStoreAsync() => _lifetime.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => _lifetime.DisposeAsync();
}

[Collection(CosmosStandInFixture.CollectionName)]
public sealed class CosmosIdempotencyStoreContract : IdempotencyStoreContract
{
    private readonly StoreLifetime _lifetime;

    public CosmosIdempotencyStoreContract(CosmosStandInFixture fixture) => _lifetime = new StoreLifetime(fixture);

    protected override Task<IWspStore> CreateStoreAsync() => _lifetime.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => _lifetime.DisposeAsync();
}

[Collection(CosmosStandInFixture.CollectionName)]
public sealed class CosmosPlacementImportContract : PlacementImportContract
{
    private readonly StoreLifetime _lifetime;

    public CosmosPlacementImportContract(CosmosStandInFixture fixture) => _lifetime = new StoreLifetime(fixture);

    protected override Task<IWspStore> CreateStoreAsync() => _lifetime.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => _lifetime.DisposeAsync();
}
