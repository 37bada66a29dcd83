using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Wsp.Sdk.Storage;
using Wsp.Sdk.Storage.Contract;

namespace Wsp.Sdk.Sqlite.Tests;

/// <summary>What the embedded store promises beyond the contract: one file, safe across restarts, processes and crashes.</summary>
public sealed class SqliteFileTests : IDisposable
{
    private readonly string _directory = SqliteTestStore.NewDirectory();
    private readonly World _world = new();

    private string FilePath => Path.Combine(_directory, "wsp.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task The_file_is_created_on_first_use_in_WAL_mode_at_the_current_schema_version()
    {
        using var store = new SqliteWspStore(new SqliteStoreOptions { Path = Path.Combine(_directory, "nested", "wsp.db") });

        await store.InitializeAsync();

        Assert.True(File.Exists(store.Options.Path));
        Assert.Equal("wal", SqliteFile.Scalar(store.Options.Path, "PRAGMA journal_mode;"));
        Assert.Equal((long)SqliteWspStore.SchemaVersion, SqliteFile.Scalar(store.Options.Path, "PRAGMA user_version;"));
    }

    [Fact]
    public async Task Reads_go_through_a_memory_mapping_of_the_file_by_default_and_0_turns_it_off()
    {
        using var mapped = new SqliteWspStore(new SqliteStoreOptions { Path = FilePath });
        using var unmapped = new SqliteWspStore(new SqliteStoreOptions { Path = FilePath, MemoryMapSize = 0 });
        await mapped.InitializeAsync();

        Assert.Equal(SqliteStoreOptions.MaximumMemoryMapSize, await MemoryMapSizeAsync(mapped));
        Assert.Equal(0L, await MemoryMapSizeAsync(unmapped));
        Assert.Throws<ArgumentException>(() => new SqliteWspStore(new SqliteStoreOptions { Path = FilePath, MemoryMapSize = -1 }));
    }

    [Fact]
    public async Task An_import_reads_without_the_memory_mapping_and_the_pooled_connection_maps_again_when_opened_next()
    {
        using var store = new SqliteWspStore(new SqliteStoreOptions { Path = FilePath });
        await store.InitializeAsync();

        var connection = await store.OpenAsync(CancellationToken.None);
        await using (var import = SqlitePlacementImport.Begin(connection, "import-1"))
        {
            Assert.NotNull(import);
            Assert.Equal(0L, Scalar(connection, "PRAGMA mmap_size;"));
        }

        Assert.Equal(SqliteStoreOptions.MaximumMemoryMapSize, await MemoryMapSizeAsync(store));
    }

    private static async Task<long> MemoryMapSizeAsync(SqliteWspStore store)
    {
        await using var connection = await store.OpenAsync(CancellationToken.None);
        return (long)Scalar(connection, "PRAGMA mmap_size;")!;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    [Fact]
    public void The_default_path_is_wsp_db_in_the_working_directory()
    {
        Assert.Equal("wsp.db", new SqliteStoreOptions().Path);
    }

    [Fact]
    public async Task The_file_survives_a_reopen_and_initializing_again_changes_nothing()
    {
        using (var first = new SqliteWspStore(new SqliteStoreOptions { Path = FilePath }))
        {
            await first.InitializeAsync();
            await first.Accounts.InsertAsync(_world.Account());
            await first.Vacancies.InsertAsync(_world.ReferAndBook(_world.Vacancy(), 1));
            await first.Placements.ImportAsync("import-1", World.Async(World.Placements(100)));
        }

        SqliteConnection.ClearAllPools();
        using var second = new SqliteWspStore(new SqliteStoreOptions { Path = FilePath });
        await second.InitializeAsync();
        await second.InitializeAsync();

        Assert.Equal("EA-1", (await second.Accounts.FindAsync("EA-1"))!.Value.Id);
        Assert.Equal(World.Describe(_world.ReferAndBook(_world.Vacancy(), 1)), World.Describe((await second.Vacancies.FindAsync("V-1"))!.Value));
        Assert.Equal(101, (await World.ToListAsync(second.Placements.StreamAsync(PlacementFilter.All))).Count);
        Assert.True((await second.Placements.ImportAsync("import-1", World.Async(World.Placements(100)))).AlreadyImported);
    }

    [Fact]
    public async Task A_file_of_a_newer_schema_version_is_refused_not_guessed_at()
    {
        using (var store = new SqliteWspStore(new SqliteStoreOptions { Path = FilePath }))
        {
            await store.InitializeAsync();
        }

        SqliteFile.Scalar(FilePath, $"PRAGMA user_version = {SqliteWspStore.SchemaVersion + 1};");
        using var newer = new SqliteWspStore(new SqliteStoreOptions { Path = FilePath });

        var error = await Assert.ThrowsAsync<StoreException>(() => newer.InitializeAsync());

        Assert.Equal(StoreErrorCode.Unavailable, error.Code);
    }

    [Fact]
    public async Task H13_two_store_instances_on_one_file_lose_no_update()
    {
        using var a = new SqliteWspStore(new SqliteStoreOptions { Path = FilePath });
        using var b = new SqliteWspStore(new SqliteStoreOptions { Path = FilePath });
        await a.InitializeAsync();
        await b.InitializeAsync();
        var vacancy = _world.Vacancy(positions: 16, coProductionId: "CP-1");
        for (var i = 1; i <= 16; i++)
        {
            vacancy = _world.Refer(vacancy, i);
        }

        await a.Vacancies.InsertAsync(vacancy);

        async Task<bool> Book(IWspStore store, int candidate)
        {
            try
            {
                await store.Vacancies.UpdateAsync("V-1", v => v.BookPlacement(World.Booking(candidate), _world.Clock));
                return true;
            }
            catch (StoreException e) when (e.Code == StoreErrorCode.Conflict)
            {
                return false;
            }
        }

        var outcomes = await Task.WhenAll(Enumerable.Range(1, 16).Select(i => Task.Run(() => Book(i % 2 == 0 ? a : b, i))));

        var stored = (await b.Vacancies.FindAsync("V-1"))!.Value;
        Assert.Equal(outcomes.Count(o => o), stored.Placements.Count);
        Assert.Equal(16, stored.Placements.Count);
        Assert.Equal(16, stored.Workplaces);
    }

    [Fact]
    public async Task A_process_killed_mid_write_leaves_a_file_that_opens_cleanly_with_every_document_readable()
    {
        for (var run = 0; run < 3; run++)
        {
            await RunAndKillWriterAsync(TimeSpan.FromMilliseconds(150 + (run * 250)));
        }

        SqliteConnection.ClearAllPools();
        Assert.Equal("ok", SqliteFile.Scalar(FilePath, "PRAGMA integrity_check;"));
        using var store = new SqliteWspStore(new SqliteStoreOptions { Path = FilePath });
        await store.InitializeAsync();
        var ids = SqliteFile.Strings(FilePath, "SELECT id FROM vacancies;");
        Assert.NotEmpty(ids);
        foreach (var id in ids)
        {
            var vacancy = (await store.Vacancies.FindAsync(id))!.Value;
            Assert.Equal(Math.Max(1, vacancy.Placements.Count), vacancy.Workplaces);
        }

        // Every import is whole: the rows it wrote equal the count it recorded, or it is not there at all.
        Assert.Equal(0L, SqliteFile.Scalar(FilePath, "SELECT COUNT(*) FROM imports i WHERE i.placements <> (SELECT COUNT(*) FROM placements p WHERE p.import_seq = i.seq);"));
        Assert.Equal(0L, SqliteFile.Scalar(FilePath, "SELECT COUNT(*) FROM placements p WHERE p.import_seq IS NOT NULL AND NOT EXISTS (SELECT 1 FROM imports i WHERE i.seq = p.import_seq);"));
        var streamed = await World.ToListAsync(store.Placements.StreamAsync(PlacementFilter.All));
        Assert.Equal((long)streamed.Count, SqliteFile.Scalar(FilePath, "SELECT COUNT(*) FROM placements;"));
    }

    private async Task RunAndKillWriterAsync(TimeSpan after)
    {
        var writer = Path.Combine(AppContext.BaseDirectory, "Wsp.Sdk.Sqlite.CrashWriter.dll");
        Assert.True(File.Exists(writer), $"The crash writer is not built next to the tests: {writer}");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(writer);
        start.ArgumentList.Add(FilePath);
        start.ArgumentList.Add(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        string? line;
        bool exited;
        try
        {
            line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            await Task.Delay(after);
            exited = process.HasExited;
        }
        finally
        {
            // kill -9: SIGKILL to the child, wherever it is in its write.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        Assert.True(line == "writing", $"The crash writer did not start writing: '{line}' {await errors}");
        Assert.False(exited, $"The crash writer stopped on its own: {await errors}");
    }
}
