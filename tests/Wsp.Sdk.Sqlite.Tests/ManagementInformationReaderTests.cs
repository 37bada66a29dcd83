using Wsp.Sdk.Storage;
using Wsp.Sdk.Storage.Contract;

namespace Wsp.Sdk.Sqlite.Tests;

// The management-information reader's contract, run against a real SQLite file per test.
public sealed class SqliteManagementInformationReaderTests : ManagementInformationReaderContract
{
    protected override Task<IWspStore> CreateStoreAsync() => SqliteTestStore.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => SqliteTestStore.DisposeAsync(store);
}
