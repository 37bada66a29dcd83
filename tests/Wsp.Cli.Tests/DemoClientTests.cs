using NodaTime;
using Wsp.Cli.Arrangements;
using Wsp.Cli.Demo;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Specifications;
using Wsp.Sdk.Sqlite;
using Wsp.Sdk.Storage;

namespace Wsp.Cli.Tests;

/// <summary>
/// <c>wsp demo</c> writes through the partners' own clients, each step only when the store lacks what it writes: a second
/// run changes no record, and a run that stopped half-way is completed as one whole run would have written it.
/// </summary>
public sealed class DemoClientTests : IDisposable
{
    private readonly CliRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task H8_H9_H14_L2_a_second_demo_run_changes_no_record_the_partners_wrote()
    {
        Assert.Equal(0, (await _run.RunAsync("demo", "--arrangements", "2", "--placements", "0")).Exit);
        var before = await VersionsAsync(_run);

        var (exit, output, _) = await _run.RunAsync("demo", "--arrangements", "2", "--placements", "0");

        Assert.Equal(0, exit);
        Assert.Contains("The demo employers, visits and vacancies are in the store already: left as they are.", output, StringComparison.Ordinal);
        Assert.Equal(before, await VersionsAsync(_run));
        Assert.Equal(1 + 36 + 70 + 2 + 1, before.Count);
    }

    [Fact]
    public async Task L2_L4_an_arrangement_the_desk_left_as_a_concept_is_made_final_and_joined_as_one_whole_run_writes_it()
    {
        Assert.Equal(0, (await _run.RunAsync("demo", "--arrangements", "2", "--placements", "0")).Exit);
        using var stopped = new CliRun();
        Assert.Equal(0, (await stopped.RunAsync("demo", "--arrangements", "1", "--placements", "0")).Exit);
        using (var store = await OpenAsync(stopped))
        {
            // The desk drafted ARR-001 and sent it as a concept, then the run stopped.
            var desk = new DemoPartners(store).Desk;
            await desk.DraftArrangementAsync("ARR-001", DemoArrangements.EmployerAccountId, ArrangementKind.Municipal, "DEMO-ADV-2", "Demo arrangement 2: jobs for the broad target group in every region", 110);
            await desk.SendArrangementAsConceptAsync("ARR-001");
        }

        SqliteConnectionPools.Clear();
        var (exit, output, _) = await stopped.RunAsync("demo", "--arrangements", "2", "--placements", "0");

        Assert.Equal(0, exit);
        Assert.Contains("Stored 1 final arrangement(s) of ARR-000…ARR-001, each joined by all 35 regions", output, StringComparison.Ordinal);
        Assert.Equal(await ExportAsync(_run), await ExportAsync(stopped));
    }

    private static async Task<SqliteWspStore> OpenAsync(CliRun run)
    {
        var store = new SqliteWspStore(new SqliteStoreOptions { Path = run.DatabasePath });
        await store.InitializeAsync();
        return store;
    }

    /// <summary>Every arrangement as the export writes it: versions, decisions (who, on which version, when), all of it.</summary>
    private static async Task<string> ExportAsync(CliRun run)
    {
        using var store = await OpenAsync(run);
        return ArrangementExport.Of(await store.Arrangements.ListAsync(ArrangementFilter.All), Instant.FromUnixTimeSeconds(0), "test").ToJson();
    }

    /// <summary>The version of every account, vacancy and arrangement, the desk's, and the number of visits: unchanged means nothing was written.</summary>
    private static async Task<List<string>> VersionsAsync(CliRun run)
    {
        using var store = await OpenAsync(run);
        var versions = new List<string> { $"desk:{(await store.Desk.FindAsync())!.ETag}" };
        var accounts = (await store.Accounts.QueryAsync(new AccountsInRegions(regions: null, take: 1000))).Items;
        foreach (var account in accounts)
        {
            versions.Add($"{account.Id}:{(await store.Accounts.FindAsync(account.Id))!.ETag}");
        }

        foreach (var vacancy in (await store.Vacancies.QueryAsync(new VacanciesInRegions(regions: null, take: 1000))).Items)
        {
            versions.Add($"{vacancy.Id}:{(await store.Vacancies.FindAsync(vacancy.Id))!.ETag}");
        }

        foreach (var arrangement in await store.Arrangements.ListAsync(ArrangementFilter.All))
        {
            versions.Add($"{arrangement.Id}:{(await store.Arrangements.FindAsync(arrangement.Id))!.ETag}");
        }

        versions.Add($"visits:{(await store.Visits.CountPerAccountAsync()).Values.Sum()}");
        return versions;
    }
}
