using Microsoft.Data.Sqlite;
using NodaTime;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Storage.Contract;

namespace Wsp.Sdk.Sqlite.Tests;

/// <summary>Migration 5 (regional projects, H6; staff counts in the account documents, H5) on a file written by schema version 4: added, nothing lost.</summary>
public sealed class SqliteRecordsMigrationTests : IDisposable
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
    public async Task H5_H6_a_version_4_file_gets_the_projects_and_figure_inputs_tables_and_its_accounts_read_without_staff_counts()
    {
        using (var first = new SqliteWspStore(new SqliteStoreOptions { Path = FilePath }))
        {
            await first.InitializeAsync();
            await first.Accounts.InsertAsync(_world.Account());
        }

        // Back to what version 4 wrote: no projects table, account documents without the staffCounts member.
        SqliteFile.Execute(FilePath, Downgrades.ToVersion5 + "DROP TABLE regional_projects; UPDATE accounts SET document = json_remove(document, '$.StaffCounts', '$.staffCounts'); PRAGMA user_version = 4;");

        using var second = new SqliteWspStore(new SqliteStoreOptions { Path = FilePath });
        await second.InitializeAsync();

        var account = (await second.Accounts.FindAsync("EA-1"))!;
        Assert.Empty(account.Value.StaffCounts);
        await second.Accounts.ReplaceAsync(account.Value.RecordStaff(new EmployerStaffCount(new LocalDate(2026, 1, 1), 12, "RETAIL", "KvK")), account.ETag);
        Assert.Equal(12, (await second.Accounts.FindAsync("EA-1"))!.Value.StaffAt(new LocalDate(2026, 2, 1))!.Employees);
        await second.Projects.InsertAsync(RegionalProjectStoreContract.Project());
        Assert.Single(await second.Projects.ListAsync(DeskWorld.Haaglanden));

        // Version 6: the figure inputs table, empty, its first import version 1.
        Assert.Empty(await second.FigureInputs.ListBaselineImportsAsync());
        var baseline = new Counting.JobAgreementBaselineTable("baseline.csv", [new(DeskWorld.Haaglanden, Employers.EmployerKind.Market, 10m)]);
        Assert.Equal(1, (await second.FigureInputs.ImportBaselineAsync(baseline, NodaTime.Instant.FromUtc(2026, 3, 2, 9, 0))).Version);
    }
}
