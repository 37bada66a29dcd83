using Wsp.Sdk.Storage;
using Wsp.Sdk.Storage.Contract;

namespace Wsp.Sdk.Sqlite.Tests;

// The WspClient's contracts, run against a real SQLite file per test.

public sealed class SqliteEstablishmentClientTests : EstablishmentClientContract
{
    protected override Task<IWspStore> CreateStoreAsync() => SqliteTestStore.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => SqliteTestStore.DisposeAsync(store);
}

public sealed class SqliteVacancyWorkflowClientTests : VacancyWorkflowClientContract
{
    protected override Task<IWspStore> CreateStoreAsync() => SqliteTestStore.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => SqliteTestStore.DisposeAsync(store);
}

public sealed class SqliteRetryTests : RetryContract
{
    protected override Task<IWspStore> CreateStoreAsync() => SqliteTestStore.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => SqliteTestStore.DisposeAsync(store);
}
