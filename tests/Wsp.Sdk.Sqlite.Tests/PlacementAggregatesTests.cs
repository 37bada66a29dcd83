using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Storage;
using Wsp.Sdk.Storage.Contract;

namespace Wsp.Sdk.Sqlite.Tests;

// The pre-aggregates contract (job-agreement ledger, placement starts), run against a real SQLite file per test.
public sealed class SqlitePlacementAggregatesTests : PlacementAggregatesContract
{
    protected override Task<IWspStore> CreateStoreAsync() => SqliteTestStore.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => SqliteTestStore.DisposeAsync(store);
}

/// <summary>A file whose imports predate the ledger (schema version 1) gets their ledger on the first read, once.</summary>
public sealed class SqliteLedgerMigrationTests : IAsyncLifetime
{
    private SqliteWspStore _store = null!;

    public async Task InitializeAsync() => _store = (SqliteWspStore)await SqliteTestStore.CreateAsync();

    public Task DisposeAsync() => SqliteTestStore.DisposeAsync(_store);

    [Fact]
    public async Task Imports_from_before_the_ledger_are_counted_from_a_ledger_written_on_the_first_read()
    {
        await _store.Placements.ImportAsync("old", World.Async(World.Placements(300, "O", seed: 2)));
        var date = new LocalDate(2021, 6, 30);
        var expected = await JobAgreementJobs.CountAsync(_store.Placements.StreamAsync(PlacementFilter.All), date);

        // As a version-1 file left it: the import without its ledger.
        SqliteFile.Execute(_store.Options.Path, "DELETE FROM job_agreement_ledger; UPDATE imports SET ledger = 0;");

        var first = await JobAgreementJobsAsync(_store, date);
        var second = await JobAgreementJobsAsync(_store, date);

        Assert.Equal(expected.HoursPerWeek, first.HoursPerWeek);
        Assert.Equal(expected.WorkingPersons, first.WorkingPersons);
        Assert.Equal(expected.Groups.Count, first.Groups.Count);
        Assert.Equal(first.HoursPerWeek, second.HoursPerWeek);
    }

    [Fact]
    public async Task A_version_3_file_keeps_its_counts_and_can_still_roll_back_its_imports_after_the_upgrade()
    {
        await _store.Placements.ImportAsync("old", World.Async(World.Placements(300, "O", seed: 3)));
        await _store.Placements.ImportAsync("kept", World.Async(World.Placements(200, "K", seed: 4)));
        var date = new LocalDate(2021, 6, 30);
        var expected = await JobAgreementJobs.CountAsync(_store.Placements.StreamAsync(PlacementFilter.All), date);

        // As version 3 left the file: a ledger row per delta, no rowid ranges, an index on import_seq.
        SqliteFile.Execute(_store.Options.Path, Downgrades.ToVersion5 + """
                DROP TABLE job_agreement_ledger;
                CREATE TABLE job_agreement_ledger (import_seq INTEGER NOT NULL, day INTEGER NOT NULL, cell INTEGER NOT NULL, hours_e4 INTEGER NULL, hours_text TEXT NULL, persons_delta INTEGER NOT NULL);
                CREATE INDEX ix_job_agreement_ledger_import ON job_agreement_ledger (import_seq);
                ALTER TABLE imports DROP COLUMN first_rowid;
                ALTER TABLE imports DROP COLUMN last_rowid;
                CREATE INDEX ix_placements_import ON placements (import_seq) WHERE import_seq IS NOT NULL;
                UPDATE imports SET ledger = 1;
                DROP TABLE regional_projects;
                PRAGMA user_version = 3;
                """);

        using var upgraded = new SqliteWspStore(_store.Options);
        await upgraded.InitializeAsync();
        var counted = await JobAgreementJobsAsync(upgraded, date);
        Assert.Equal(expected.HoursPerWeek, counted.HoursPerWeek);
        Assert.Equal(expected.WorkingPersons, counted.WorkingPersons);

        Assert.Equal(300, await upgraded.Placements.RollbackImportAsync("old"));
        var left = await JobAgreementJobs.CountAsync(upgraded.Placements.StreamAsync(PlacementFilter.All), date);
        var fromLedger = await JobAgreementJobsAsync(upgraded, date);
        Assert.Equal(left.HoursPerWeek, fromLedger.HoursPerWeek);
        Assert.Equal(200, await upgraded.Placements.StreamAsync(PlacementFilter.All).CountAsync());
    }

    // The figure as the product reads it: through the management-information reader, which sums the store's ledger.
    private static Task<JobAgreementStockResult> JobAgreementJobsAsync(IWspStore store, LocalDate date) =>
        new ManagementInformation.ManagementInformationReader(store).JobAgreementJobsAsync(date);
}

// The ministry's attack suite (issue 16), run against a real SQLite file per test.
public sealed class SqliteMinistryDisclosureTests : MinistryDisclosureContract
{
    protected override Task<IWspStore> CreateStoreAsync() => SqliteTestStore.CreateAsync();

    protected override Task DisposeStoreAsync(IWspStore store) => SqliteTestStore.DisposeAsync(store);
}
