using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Sqlite;
using Wsp.Sdk.Storage;

namespace Wsp.Cli.Tests;

/// <summary><c>wsp demo --arrangements N</c>: the national desk, a national employer and final arrangements every region joined.</summary>
public sealed class DemoArrangementTests : IDisposable
{
    private readonly CliRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task L2_L4_demo_with_three_arrangements_stores_three_final_arrangements_each_joined_by_every_region_through_its_contact()
    {
        var (exit, output, error) = await _run.RunAsync("demo", "--arrangements", "3", "--placements", "0");
        Assert.True(exit == 0, output + error);
        Assert.Contains("3 final arrangement(s) of ARR-000…ARR-002, each joined by all 35 regions", output, StringComparison.Ordinal);

        var (desk, arrangements, employer) = await ReadAsync();

        Assert.Equal(35, desk.Contacts.Count);
        Assert.Equal(2, desk.Advisors.Count);
        Assert.All(desk.Advisors.Values, a => Assert.NotEmpty(a.SectorCodes));
        Assert.All(desk.Advisors.Values, a => Assert.NotEmpty(a.AdoptionRegions));
        Assert.True(employer.IsNationalEmployer);
        Assert.Equal(["ARR-000", "ARR-001", "ARR-002"], arrangements.Select(a => a.Id));
        Assert.All(arrangements, a =>
        {
            Assert.Equal(ArrangementStatus.Final, a.Status);
            Assert.Equal(employer.Id, a.AccountId);
            Assert.Contains(a.AdvisorId, desk.Advisors.Keys);
            Assert.Equal(Gazetteer.Default.Regions.Select(r => r.Code), a.JoinedRegions.Select(d => d.Region));
            Assert.All(a.JoinedRegions, d => Assert.Equal(desk.Contacts[d.Region], d.DecidedBy));
        });
    }

    [Fact]
    public async Task L4_every_regions_contact_is_a_current_municipality_of_that_region()
    {
        Assert.Equal(0, (await _run.RunAsync("demo", "--arrangements", "1", "--placements", "0")).Exit);

        var (desk, _, _) = await ReadAsync();

        Assert.All(desk.Contacts, c => Assert.Equal(c.Key, Gazetteer.Default.FindMunicipality(c.Value)!.Region!.Code));
    }

    [Fact]
    public async Task L2_a_second_demo_run_writes_nothing_and_says_so()
    {
        Assert.Equal(0, (await _run.RunAsync("demo", "--placements", "200")).Exit);
        var before = await VersionsAsync();

        var (exit, output, _) = await _run.RunAsync("demo", "--placements", "200");

        Assert.Equal(0, exit);
        Assert.Contains("The national desk, the national employer and arrangements ARR-000…ARR-002 are in the store already: left as they are.", output, StringComparison.Ordinal);
        Assert.Contains("nothing written", output, StringComparison.Ordinal);
        Assert.Equal(before, await VersionsAsync());
    }

    [Fact]
    public async Task L2_more_arrangements_later_adds_only_the_missing_ones()
    {
        Assert.Equal(0, (await _run.RunAsync("demo", "--arrangements", "2", "--placements", "0")).Exit);
        var before = await VersionsAsync();

        var (exit, output, _) = await _run.RunAsync("demo", "--arrangements", "4", "--placements", "0");

        Assert.Equal(0, exit);
        Assert.Contains("Stored 2 final arrangement(s) of ARR-000…ARR-003", output, StringComparison.Ordinal);
        var after = await VersionsAsync();
        Assert.Equal(before, after[..before.Count]);
        Assert.Equal(before.Count + 2, after.Count);
    }

    [Fact]
    public async Task L2_the_demos_placements_name_its_arrangements_one_in_twenty_and_import()
    {
        var (exit, output, error) = await _run.RunAsync("demo", "--arrangements", "3", "--placements", "2000");
        Assert.True(exit == 0, output + error);
        Assert.Contains("Imported 2,000 demo placements", output, StringComparison.Ordinal);

        var under = (await _run.StoredPlacementsAsync()).Where(p => p.ArrangementId is not null).ToList();

        Assert.InRange(under.Count, 60, 140);
        Assert.Equal(["ARR-000", "ARR-001", "ARR-002"], under.Select(p => p.ArrangementId!).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task L2_without_arrangements_the_demo_makes_no_desk_and_its_placements_name_none_with_the_same_other_fields()
    {
        Assert.Equal(0, (await _run.RunAsync("demo", "--arrangements", "0", "--placements", "500")).Exit);
        using var with = new CliRun();
        Assert.Equal(0, (await with.RunAsync("demo", "--arrangements", "40", "--placements", "500")).Exit);

        var none = await _run.StoredPlacementsAsync();
        var some = await with.StoredPlacementsAsync();

        Assert.All(none, p => Assert.Null(p.ArrangementId));
        Assert.Contains(some, p => p.ArrangementId is not null);
        Assert.Equal(none.Select(Fields).Order(StringComparer.Ordinal), some.Select(Fields).Order(StringComparer.Ordinal));

        // A placement under an arrangement is at the arrangement's employer, the demo's national employer (rule L2).
        var employers = none.ToDictionary(p => p.Id, p => p.Employer);
        var national = Wsp.Sdk.Employers.KvkNumber.Parse("90000001");
        Assert.All(some, p => Assert.Equal(p.ArrangementId is null ? employers[p.Id] : national, p.Employer));
        using var store = await OpenAsync(_run);
        Assert.Null(await store.Desk.FindAsync());
        Assert.Empty(await store.Arrangements.ListAsync(ArrangementFilter.All));

        static string Fields(Wsp.Sdk.Placements.Placement p) => $"{p.Id}|{p.Municipality.Code}|{p.Start}|{p.End}|{p.HoursPerWeek}|{p.TargetGroups}";
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1001")]
    public async Task Demo_refuses_an_arrangement_count_out_of_range_as_a_usage_error(string count)
    {
        var (exit, _, error) = await _run.RunAsync("demo", "--arrangements", count);

        Assert.Equal(2, exit);
        Assert.Contains("--arrangements: 0 to 1,000.", error, StringComparison.Ordinal);
    }

    private static async Task<SqliteWspStore> OpenAsync(CliRun run)
    {
        var store = new SqliteWspStore(new SqliteStoreOptions { Path = run.DatabasePath });
        await store.InitializeAsync();
        return store;
    }

    private async Task<(NationalDesk Desk, IReadOnlyList<Arrangement> Arrangements, Wsp.Sdk.Employers.EmployerAccount Employer)> ReadAsync()
    {
        using var store = await OpenAsync(_run);
        var desk = (await store.Desk.FindAsync())!.Value;
        var arrangements = await store.Arrangements.ListAsync(ArrangementFilter.All);
        var employer = (await store.Accounts.FindAsync("DEMO-EA-NATIONAL"))!.Value;
        return (desk, arrangements, employer);
    }

    /// <summary>The version of the desk, the national employer and every arrangement: unchanged means nothing was written.</summary>
    private async Task<List<string>> VersionsAsync()
    {
        using var store = await OpenAsync(_run);
        var versions = new List<string> { (await store.Desk.FindAsync())!.ETag, (await store.Accounts.FindAsync("DEMO-EA-NATIONAL"))!.ETag };
        foreach (var arrangement in await store.Arrangements.ListAsync(ArrangementFilter.All))
        {
            versions.Add($"{arrangement.Id}:{(await store.Arrangements.FindAsync(arrangement.Id))!.ETag}");
        }

        return versions;
    }
}
