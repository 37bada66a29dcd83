using Wsp.Sdk.Storage;
using Wsp.Sdk.Storage.Contract;

namespace Wsp.Sdk.Sqlite.Tests;

// The national desk's storage contract (rules L1–L6, H5), run against a real SQLite file per test.

public sealed class SqliteArrangementStoreTests : ArrangementStoreContract
{
    protected override Task<IWspStore> CreateStoreAsync() => SqliteTestStore.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => SqliteTestStore.DisposeAsync(store);
}

public sealed class SqliteNationalDeskStoreTests : NationalDeskStoreContract
{
    protected override Task<IWspStore> CreateStoreAsync() => SqliteTestStore.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => SqliteTestStore.DisposeAsync(store);
}

public sealed class SqliteSectorEmployerTotalsStoreTests : SectorEmployerTotalsStoreContract
{
    protected override Task<IWspStore> CreateStoreAsync() => SqliteTestStore.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => SqliteTestStore.DisposeAsync(store);
}

public sealed class SqliteRegionalProjectStoreTests : RegionalProjectStoreContract
{
    protected override Task<IWspStore> CreateStoreAsync() => SqliteTestStore.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => SqliteTestStore.DisposeAsync(store);
}

public sealed class SqliteEmployerContactsTests : EmployerContactsContract
{
    protected override Task<IWspStore> CreateStoreAsync() => SqliteTestStore.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => SqliteTestStore.DisposeAsync(store);
}

public sealed class SqliteFigureInputStoreTests : FigureInputStoreContract
{
    protected override Task<IWspStore> CreateStoreAsync() => SqliteTestStore.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => SqliteTestStore.DisposeAsync(store);
}
