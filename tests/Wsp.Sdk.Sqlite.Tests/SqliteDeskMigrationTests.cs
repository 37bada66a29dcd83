using Microsoft.Data.Sqlite;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Storage;
using Wsp.Sdk.Storage.Contract;

namespace Wsp.Sdk.Sqlite.Tests;

/// <summary>Migration 2 (the national desk's tables) on a file written by schema version 1: added, nothing lost.</summary>
public sealed class SqliteDeskMigrationTests : IDisposable
{
    private readonly string _directory = SqliteTestStore.NewDirectory();
    private readonly World _world = new();

    private string FilePath => Path.Combine(_directory, "wsp.db");

    public void Dispose()
    {
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task L4_a_version_1_file_gets_the_desks_tables_and_keeps_its_records()
    {
        using (var first = new SqliteWspStore(new SqliteStoreOptions { Path = FilePath }))
        {
            await first.InitializeAsync();
            await first.Vacancies.InsertAsync(_world.ReferAndBook(_world.Vacancy(), 1));
        }

        // Back to what version 1 wrote: its tables only.
        SqliteFile.Execute(
            FilePath,
            Downgrades.ToVersion5 +
            "DROP TABLE arrangements; DROP TABLE arrangement_regions; DROP TABLE desk; DROP TABLE desk_contacts; DROP TABLE sector_employer_totals; " +
            "DROP TABLE job_agreement_cells; DROP TABLE job_agreement_ledger; ALTER TABLE imports DROP COLUMN ledger; ALTER TABLE imports DROP COLUMN first_rowid; ALTER TABLE imports DROP COLUMN last_rowid; " +
            "DROP TABLE regional_projects; CREATE INDEX ix_placements_import ON placements (import_seq) WHERE import_seq IS NOT NULL; PRAGMA user_version = 1;");

        using var second = new SqliteWspStore(new SqliteStoreOptions { Path = FilePath });
        await second.InitializeAsync();

        Assert.Equal(11, SqliteWspStore.SchemaVersion);
        Assert.Equal(World.Describe(_world.ReferAndBook(_world.Vacancy(), 1)), World.Describe((await second.Vacancies.FindAsync("V-1"))!.Value));
        await second.Desk.InsertAsync(DeskWorld.Desk());
        await second.Arrangements.InsertAsync(DeskWorld.Final(_world).Join(DeskWorld.Haaglanden, _world));
        Assert.Equal("ARR-1", Assert.Single(await second.Arrangements.ListAsync(ArrangementFilter.ForRegion(DeskWorld.Haaglanden, RegionParticipation.Joined))).Id);
    }

    [Fact]
    public async Task L4_the_file_itself_keeps_one_contact_per_region()
    {
        using (var store = new SqliteWspStore(new SqliteStoreOptions { Path = FilePath }))
        {
            await store.InitializeAsync();
            await store.Desk.InsertAsync(DeskWorld.Desk());
        }

        var error = Assert.Throws<SqliteException>(() => SqliteFile.Execute(FilePath, "INSERT INTO desk_contacts (region_code, person) VALUES ('AM21', 'a-second-contact');"));
        Assert.Equal(SQLitePCL.raw.SQLITE_CONSTRAINT, error.SqliteErrorCode);
    }
}
