using System.Text.Json;
using Wsp.Sdk.Sqlite;
using Wsp.Sdk.Storage;

namespace Wsp.Cli.Tests;

/// <summary>
/// <c>wsp arrangements list|show|export</c>: the national desk's arrangements as the store keeps them (L2–L6), read-only.
/// </summary>
public sealed class ArrangementsCommandTests : IDisposable
{
    private readonly CliRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task L2_list_shows_every_arrangement_and_filters_by_status_and_region()
    {
        await FigureSeed.ArrangementsAsync(_run);

        var all = await RunOkAsync("arrangements", "list");
        Assert.Contains("ARR-001", all, StringComparison.Ordinal);
        Assert.Contains("ARR-002", all, StringComparison.Ordinal);
        Assert.Contains("ARR-003", all, StringComparison.Ordinal);
        Assert.Contains("3 arrangement(s).", all, StringComparison.Ordinal);
        Assert.Contains("(< 100, L1)", all, StringComparison.Ordinal);

        var final = await RunOkAsync("arrangements", "list", "--status", "final");
        Assert.Contains("ARR-001", final, StringComparison.Ordinal);
        Assert.DoesNotContain("ARR-002", final, StringComparison.Ordinal);

        var declined = await RunOkAsync("arrangements", "list", "--region", "AM18");
        Assert.Contains("DECLINED", declined, StringComparison.Ordinal);
        Assert.Contains("1 arrangement(s).", declined, StringComparison.Ordinal);
    }

    [Fact]
    public async Task L3_L6_show_gives_versions_each_regions_standing_and_signed_version_agreements_and_UWV_references()
    {
        await FigureSeed.ArrangementsAsync(_run);

        var shown = await RunOkAsync("arrangements", "show", "ARR-001");

        Assert.Contains("Fifty jobs in stores and depots", shown, StringComparison.Ordinal);
        Assert.Contains("Forty jobs in stores", shown, StringComparison.Ordinal);
        Assert.Matches(@"AM21 .*JOINED .*\b2 .*150", shown);
        Assert.Matches(@"AM18 .*DECLINED", shown);
        Assert.Contains("contact-AM13", shown, StringComparison.Ordinal);
        Assert.Contains("Add the depot in Westland", shown, StringComparison.Ordinal);
        Assert.Contains("AM21 RA-Haaglanden-2014", shown, StringComparison.Ordinal);
        Assert.Contains("UWV-LA-7", shown, StringComparison.Ordinal);
        Assert.Contains("JOINT_WITH_UWV", shown, StringComparison.Ordinal);

        var (exit, _, error) = await _run.RunAsync("arrangements", "show", "ARR-404");
        Assert.Equal(1, exit);
        Assert.Contains("ARR-404", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_writes_the_stores_record_of_every_arrangement_as_json()
    {
        var seeded = await FigureSeed.ArrangementsAsync(_run);

        await RunOkAsync("arrangements", "export", "--out", "out/arrangements.json");

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_run.Directory, "out", "arrangements.json")));
        var root = json.RootElement;
        Assert.Equal("wsp-arrangements/1", root.GetProperty("format").GetString());
        var exported = root.GetProperty("arrangements").EnumerateArray().ToList();
        Assert.Equal(seeded.Select(a => a.Id), exported.Select(a => a.GetProperty("id").GetString()));
        var first = exported[0];
        var arrangement = seeded[0];
        Assert.Equal(arrangement.Versions.Select(v => v.JobOpportunities), first.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("jobOpportunities").GetInt32()));
        Assert.Equal(
            arrangement.Decisions.Select(d => $"{d.Region}:{(d.Joined ? "JOINED" : "DECLINED")}:{d.Version}:{d.DecidedBy}"),
            first.GetProperty("decisions").EnumerateArray().Select(d => $"{d.GetProperty("region").GetString()}:{d.GetProperty("decision").GetString()}:{d.GetProperty("version").GetInt32()}:{d.GetProperty("decidedBy").GetString()}"));
        Assert.Equal("RA-Haaglanden-2014", first.GetProperty("regionalAgreements")[0].GetProperty("reference").GetString());
        Assert.Equal("UWV-LA-7", first.GetProperty("uwvReferences")[0].GetString());
        Assert.Equal("FINAL", first.GetProperty("status").GetString());
        Assert.Equal("87654321", first.GetProperty("employerKvk").GetString());
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_run.Directory, "out"), ".*"));
    }

    [Fact]
    public async Task The_commands_change_nothing_in_the_store()
    {
        await FigureSeed.ArrangementsAsync(_run);
        var before = await StoredAsync();

        await RunOkAsync("arrangements", "list");
        await RunOkAsync("arrangements", "show", "ARR-001");
        await RunOkAsync("arrangements", "export", "--out", "a.json");

        Assert.Equal(before, await StoredAsync());
    }

    [Theory]
    [InlineData("arrangements", "list", "--status", "signed")]
    [InlineData("arrangements", "list", "--region", "AM99")]
    [InlineData("arrangements", "show")]
    [InlineData("arrangements", "export")]
    public async Task Bad_arguments_are_a_usage_error(params string[] args)
    {
        Assert.Equal(2, (await _run.RunAsync(args)).Exit);
    }

    private async Task<List<string>> StoredAsync()
    {
        using var store = new SqliteWspStore(new SqliteStoreOptions { Path = _run.DatabasePath });
        await store.InitializeAsync();
        return [.. (await store.Arrangements.ListAsync(ArrangementFilter.All)).Select(a => $"{a.Id}:{a.Status}:{a.Versions.Count}:{a.Decisions.Count}")];
    }

    private async Task<string> RunOkAsync(params string[] args)
    {
        var (exit, output, error) = await _run.RunAsync(args);
        Assert.True(exit == 0, $"exit {exit}: {output}{error}");
        return output;
    }
}
