using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Sqlite.Tests;

/// <summary>A real SQLite file in a fresh temporary directory, removed after the test.</summary>
internal static class SqliteTestStore
{
    public static string NewDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "wsp-sqlite-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return directory;
    }

    public static async Task<IWspStore> CreateAsync()
    {
        var store = new SqliteWspStore(new SqliteStoreOptions { Path = Path.Combine(NewDirectory(), "wsp.db") });
        await store.InitializeAsync();
        return store;
    }

    public static Task DisposeAsync(IWspStore store)
    {
        var sqlite = (SqliteWspStore)store;
        sqlite.Dispose();
        Directory.Delete(Path.GetDirectoryName(sqlite.Options.Path)!, recursive: true);
        return Task.CompletedTask;
    }
}
