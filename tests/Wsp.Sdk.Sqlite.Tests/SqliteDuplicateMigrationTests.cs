using Microsoft.Data.Sqlite;
using NodaTime;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.Specifications;
using Wsp.Sdk.Storage.Contract;

namespace Wsp.Sdk.Sqlite.Tests;

/// <summary>
/// Migration 7 (rules H10, H15) on a file written by schema version 6: a chain partner's duplicate of a vacancy, which
/// version 6 stored as a new, late registration, is no new vacancy and not late after the upgrade; nothing is lost.
/// </summary>
public sealed class SqliteDuplicateMigrationTests : IDisposable
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
    public async Task H10_H15_a_version_6_file_keeps_its_duplicates_and_counts_them_neither_late_nor_as_new_vacancies()
    {
        using (var first = new SqliteWspStore(new SqliteStoreOptions { Path = FilePath }))
        {
            await first.InitializeAsync();
            var closed = _world.Refer(_world.ReferAndBook(_world.Vacancy(positions: 5), 1), 2, World.Uwv).Close();
            await first.Vacancies.InsertAsync(closed);
            _world.Clock.Advance(Duration.FromDays(3));
            await first.Vacancies.InsertAsync(closed.DuplicateFor("V-1-UWV", World.Uwv, _world.Clock));
        }

        // Back to what version 6 wrote: no duplicated_from column, and the duplicate, made three days after the
        // receipt, marked late.
        SqliteFile.Execute(FilePath, Downgrades.ToVersion6 + "UPDATE vacancies SET is_registered_late = 1 WHERE id = 'V-1-UWV'; PRAGMA user_version = 6;");

        using var second = new SqliteWspStore(new SqliteStoreOptions { Path = FilePath });
        await second.InitializeAsync();

        var summaries = (await second.Vacancies.QueryAsync(new VacanciesInRegions(regions: null, take: 10))).Items.ToDictionary(s => s.Id);
        Assert.Equal((null, false), (summaries["V-1"].DuplicatedFrom, summaries["V-1"].IsRegisteredLate));
        Assert.Equal(("V-1", false), (summaries["V-1-UWV"].DuplicatedFrom, summaries["V-1-UWV"].IsRegisteredLate));
        Assert.Empty((await second.Vacancies.QueryAsync(new LateRegisteredVacancies())).Items);
        var report = LateVacancyRegistrations.Count(summaries.Values, new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31)));
        Assert.Equal((1, 0), (report.Registered, report.Late));
        Assert.Equal("cand-0002", Assert.Single((await second.Vacancies.FindAsync("V-1-UWV"))!.Value.OriginReferrals).Candidate.Value);
    }
}
