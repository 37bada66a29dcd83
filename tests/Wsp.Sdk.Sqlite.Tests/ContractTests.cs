using Wsp.Sdk.Storage;
using Wsp.Sdk.Storage.Contract;

namespace Wsp.Sdk.Sqlite.Tests;

// The storage contract, run against a real SQLite file per test.

public sealed class SqliteAccountStoreTests : AccountStoreContract
{
    protected override Task<IWspStore> CreateStoreAsync() => SqliteTestStore.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => SqliteTestStore.DisposeAsync(store);
}

public sealed class SqliteVacancyStoreTests : VacancyStoreContract
{
    protected override Task<IWspStore> CreateStoreAsync() => SqliteTestStore.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => SqliteTestStore.DisposeAsync(store);
}

public sealed class SqliteVisitStoreTests : VisitStoreContract
{
    protected override Task<IWspStore> CreateStoreAsync() => SqliteTestStore.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => SqliteTestStore.DisposeAsync(store);
}

public sealed class SqlitePlacementStoreTests : PlacementStoreContract
{
    protected override Task<IWspStore> CreateStoreAsync() => SqliteTestStore.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => SqliteTestStore.DisposeAsync(store);
}

public sealed class SqliteConcurrencyTests : ConcurrencyContract
{
    protected override Task<IWspStore> CreateStoreAsync() => SqliteTestStore.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => SqliteTestStore.DisposeAsync(store);
}

public sealed class SqliteWorkflowTests : WorkflowContract
{
    protected override Task<IWspStore> CreateStoreAsync() => SqliteTestStore.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => SqliteTestStore.DisposeAsync(store);
}

public sealed class SqliteBatchReadTests : BatchReadContract
{
    protected override Task<IWspStore> CreateStoreAsync() => SqliteTestStore.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => SqliteTestStore.DisposeAsync(store);
}

public sealed class SqliteNamedSpecificationTests : NamedSpecificationContract
{
    protected override Task<IWspStore> CreateStoreAsync() => SqliteTestStore.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => SqliteTestStore.DisposeAsync(store);
}

public sealed class SqliteClientAccessTests : ClientAccessContract
{
    protected override Task<IWspStore> CreateStoreAsync() => SqliteTestStore.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => SqliteTestStore.DisposeAsync(store);
}

public sealed class SqlitePlacementIdTests : PlacementIdContract
{
    protected override Task<IWspStore> CreateStoreAsync() => SqliteTestStore.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => SqliteTestStore.DisposeAsync(store);
}

public sealed class SqliteVersionTests : VersionContract
{
    protected override Task<IWspStore> CreateStoreAsync() => SqliteTestStore.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => SqliteTestStore.DisposeAsync(store);
}

public sealed class SqliteOrderingTests : OrderingContract
{
    protected override Task<IWspStore> CreateStoreAsync() => SqliteTestStore.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => SqliteTestStore.DisposeAsync(store);
}

public sealed class SqliteIdempotencyStoreTests : IdempotencyStoreContract
{
    protected override Task<IWspStore> CreateStoreAsync() => SqliteTestStore.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => SqliteTestStore.DisposeAsync(store);
}

public sealed class SqlitePlacementImportTests : PlacementImportContract
{
    protected override Task<IWspStore> CreateStoreAsync() => SqliteTestStore.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => SqliteTestStore.DisposeAsync(store);
}
