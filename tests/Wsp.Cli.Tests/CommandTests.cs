using Microsoft.IdentityModel.JsonWebTokens;
using NodaTime;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Specifications;
using Wsp.Sdk.Sqlite;
using Wsp.Sdk.Visits;

namespace Wsp.Cli.Tests;

/// <summary><c>wsp token</c>, <c>wsp demo</c>, <c>wsp stats</c> and the usage errors, in process.</summary>
public sealed class CommandTests : IDisposable
{
    private readonly CliRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task Security_token_is_refused_when_the_configuration_is_production()
    {
        _run.Settings["Wsp:Auth:Mode"] = "Production";

        var (exit, output, error) = await _run.RunAsync("token", "--partner", "GM0518");

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains("refused", error, StringComparison.Ordinal);
        Assert.Contains("production", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Security_token_is_refused_when_no_mode_is_configured()
    {
        var (exit, _, error) = await _run.RunAsync("token", "--partner", "UWV");

        Assert.Equal(1, exit);
        Assert.Contains("Wsp__Auth__Mode=development", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Security_token_in_development_is_a_signed_jwt_naming_the_partner_and_regions()
    {
        _run.Settings["Wsp:Auth:Mode"] = "Development";

        var (exit, output, _) = await _run.RunAsync("token", "--partner", "GM0518", "--region", "AM21", "--hours", "2");

        Assert.Equal(0, exit);
        var token = new JsonWebToken(output.Trim());
        Assert.Equal("HS256", token.Alg);
        Assert.Equal("GM0518", token.GetClaim("wsp_partner").Value);
        Assert.Equal("AM21", token.GetClaim("wsp_region").Value);
        Assert.InRange((token.ValidTo - token.ValidFrom).TotalHours, 1.99, 2.01);
    }

    [Fact]
    public async Task Token_for_an_unknown_partner_is_a_usage_error()
    {
        _run.Settings["Wsp:Auth:Mode"] = "Development";

        var (exit, _, error) = await _run.RunAsync("token", "--partner", "ACME");

        Assert.Equal(2, exit);
        Assert.Contains("not a partner", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("import")]
    [InlineData("extract", "job-agreement")]
    [InlineData("extract", "job-agreement", "--at", "31-12-2025")]
    [InlineData("extract", "placements", "--from", "2025-01-01", "--to", "2025-12-31", "--for", "press")]
    [InlineData("token")]
    public async Task A_usage_error_exits_with_2_and_says_why(params string[] args)
    {
        var (exit, _, error) = await _run.RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Contains("wsp --help", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_writes_every_kind_over_every_region_deterministically_and_a_second_run_adds_nothing()
    {
        var (exit, output, error) = await _run.RunAsync("demo", "--placements", "500", "--seed", "3");
        Assert.True(exit == 0, output + error);
        var first = (await _run.StoredPlacementsAsync()).Select(p => $"{p.Id}|{p.Region.Code}|{p.Start}|{p.HoursPerWeek}").Order(StringComparer.Ordinal).ToList();

        var again = await _run.RunAsync("demo", "--placements", "500", "--seed", "3");

        Assert.Equal(0, again.Exit);
        Assert.Contains("in the store already", again.Out, StringComparison.Ordinal);
        Assert.Equal(535, first.Count);
        Assert.Equal(35, first.Select(p => p.Split('|')[1]).Distinct().Count());
        using var other = new CliRun();
        await other.RunAsync("demo", "--placements", "500", "--seed", "3");
        Assert.Equal(first, (await other.StoredPlacementsAsync()).Select(p => $"{p.Id}|{p.Region.Code}|{p.Start}|{p.HoursPerWeek}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Stats_shows_counts_per_kind_and_region_as_a_table()
    {
        await _run.RunAsync("demo", "--placements", "100");

        var (exit, output, _) = await _run.RunAsync("stats");

        Assert.Equal(0, exit);
        Assert.Contains("Employer accounts", output, StringComparison.Ordinal);
        Assert.Contains("AM15", output, StringComparison.Ordinal);
        // 36 accounts: one per region and the national employer of the demo's arrangements (L1), which no one visited.
        Assert.Matches(@"Total\s*│\s*│\s*36\s*│\s*35\s*│\s*70\s*│\s*135", output);
    }

    [Fact]
    public async Task H9_stats_counts_every_accounts_visits_in_its_home_region()
    {
        await _run.RunAsync("demo", "--placements", "10");
        var expected = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var store = new SqliteWspStore(new SqliteStoreOptions { Path = _run.DatabasePath }))
        {
            await store.InitializeAsync();
            var accounts = (await store.Accounts.QueryAsync(new AccountsInRegions(regions: null, take: 1000), null)).Items;

            // Two more visits to the first account, one to an account that does not exist (not counted: no region).
            await store.Visits.InsertAsync(new CompanyVisit("VI-EXTRA-1", accounts[0].Id, BookingPartner.Uwv, new LocalDate(2026, 3, 2), new VisitReport("Follow-up", "Bakes bread", "Two trial places")));
            await store.Visits.InsertAsync(new CompanyVisit("VI-EXTRA-2", accounts[0].Id, BookingPartner.Uwv, new LocalDate(2026, 3, 9), new VisitReport("Follow-up", "Bakes bread", "One more")));
            await store.Visits.InsertAsync(new CompanyVisit("VI-ORPHAN", "EA-NOWHERE", BookingPartner.Uwv, new LocalDate(2026, 3, 9), new VisitReport("Follow-up", "Bakes bread", "None")));
            foreach (var account in accounts)
            {
                expected[account.RegionCode] = expected.GetValueOrDefault(account.RegionCode) + (await store.Visits.ListForAccountAsync(account.Id)).Count;
            }
        }

        SqliteConnectionPools.Clear();
        var (exit, output, _) = await _run.RunAsync("stats");

        Assert.Equal(0, exit);
        foreach (var (region, visits) in expected)
        {
            Assert.Matches($@"{region}\s*│[^│]*│\s*\d+\s*│\s*{visits}\s*│", output);
        }

        Assert.Matches($@"Total\s*│\s*│\s*36\s*│\s*{expected.Values.Sum()}\s*│", output);
        Assert.Equal(37, expected.Values.Sum());
    }
}
