using Wsp.Sdk.Storage;
using Wsp.Sdk.Storage.Contract;

namespace Wsp.Sdk.Sqlite.Tests;

// The pre-aggregates contract (job-agreement ledger, placement starts), run against a real SQLite file per test.
public sealed class SqlitePlacementAggregatesTests : PlacementAggregatesContract
{
    protected override Task<IWspStore> CreateStoreAsync() => SqliteTestStore.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => SqliteTestStore.DisposeAsync(store);
}
