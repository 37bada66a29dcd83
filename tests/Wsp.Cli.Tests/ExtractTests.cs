using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.Sqlite;

namespace Wsp.Cli.Tests;

/// <summary>
/// <c>wsp extract</c> and <c>wsp verify</c>: the numbers equal a count made straight from the CSV file, the manifest
/// describes the CSV exactly, a tampered CSV is refused, and a ministry extract suppresses small counts honestly.
/// </summary>
public sealed class ExtractTests : IDisposable
{
    private readonly CliRun _run = new();

    public void Dispose() => _run.Dispose();

    [Theory]
    [InlineData("2019-06-30")]
    [InlineData("2025-12-31")]
    [InlineData("2015-01-01")]
    public async Task Job_agreement_extract_equals_an_independent_count_over_the_same_csv(string at)
    {
        var rows = CliRun.GoodRows(3000, seed: 11).ToList();
        var file = _run.WriteCsv("placements.csv", rows);
        Assert.Equal(0, (await _run.RunAsync("import", "placements", file)).Exit);

        var (exit, output, error) = await _run.RunAsync("extract", "job-agreement", "--at", at, "--out", "ja");

        Assert.True(exit == 0, output + error);
        var (expected, everyone) = IndependentJobAgreementCount(File.ReadAllLines(file), at);
        var extracted = File.ReadAllLines(Path.Combine(_run.Directory, "ja", "job-agreement.csv")).Skip(1)
            .Select(l => l.Split(','))
            .Where(f => f[0] != "TOTAL" && f[1] != "TOTAL")
            .ToDictionary(f => (f[0], f[1]), f => (Persons: int.Parse(f[2], CultureInfo.InvariantCulture), Hours: decimal.Parse(f[3], CultureInfo.InvariantCulture), Jobs: decimal.Parse(f[4], CultureInfo.InvariantCulture)));
        Assert.Equal(expected.Keys.Order(), extracted.Keys.Order());
        foreach (var (key, (persons, hours)) in expected)
        {
            Assert.Equal(persons, extracted[key].Persons);
            Assert.Equal(hours, extracted[key].Hours);
            Assert.Equal(Math.Round(hours / 25.5m, 4, MidpointRounding.AwayFromZero), extracted[key].Jobs);
        }

        var total = File.ReadAllLines(Path.Combine(_run.Directory, "ja", "job-agreement.csv")).Single(l => l.StartsWith("TOTAL,TOTAL,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(everyone, int.Parse(total[2], CultureInfo.InvariantCulture));
        Assert.Equal(expected.Values.Sum(v => v.Hours), decimal.Parse(total[3], CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The job agreement counted straight from the file with string.Split, as DESIGN.md states it: Σ hours over rows
    /// with BANENAFSPRAAK active on the date (start ≤ D, end empty or ≥ D), per region and employer kind; working
    /// persons are the distinct candidates per booking partner (H3: one person with two jobs is one working person),
    /// in each entry and in the total.
    /// </summary>
    private static (Dictionary<(string Region, string Kind), (int Persons, decimal Hours)> Groups, int Persons) IndependentJobAgreementCount(string[] lines, string at)
    {
        var hours = new Dictionary<(string, string), decimal>();
        var persons = new Dictionary<(string, string), HashSet<(string, string)>>();
        var everyone = new HashSet<(string, string)>();
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var f = line.Split(',');
            var active = string.CompareOrdinal(f[8], at) <= 0 && (f[9].Length == 0 || string.CompareOrdinal(f[9], at) >= 0);
            if (!active || !f[7].Split(';').Contains("BANENAFSPRAAK"))
            {
                continue;
            }

            // The region of the establishment's municipality is reference data, not counting: looked up, not derived.
            var region = Gazetteer.Default.FindMunicipality(f[3])!.Region!.Code.ToString();
            var key = (region, f[11]);
            hours[key] = hours.GetValueOrDefault(key) + decimal.Parse(f[10], CultureInfo.InvariantCulture);
            if (!persons.TryGetValue(key, out var set))
            {
                persons[key] = set = [];
            }

            set.Add((f[6], f[5]));
            everyone.Add((f[6], f[5]));
        }

        return (hours.ToDictionary(h => h.Key, h => (persons[h.Key].Count, h.Value)), everyone.Count);
    }

    [Fact]
    public async Task Placements_extract_counts_each_placement_once_in_the_period_it_started()
    {
        var rows = CliRun.GoodRows(2000, seed: 12).ToList();
        var file = _run.WriteCsv("placements.csv", rows);
        await _run.RunAsync("import", "placements", file);

        var (exit, _, _) = await _run.RunAsync("extract", "placements", "--from", "2020-01-01", "--to", "2020-12-31", "--out", "pl");

        Assert.Equal(0, exit);
        var expected = rows.Select(l => l.Split(',')).Count(f => f[8].StartsWith("2020-", StringComparison.Ordinal));
        var lines = File.ReadAllLines(Path.Combine(_run.Directory, "pl", "placements.csv"));
        Assert.Equal("region_code,sector_code,placements,suppressed", lines[0]);
        Assert.Equal($"TOTAL,TOTAL,{expected},", lines[^1]);
        Assert.Equal(expected, lines.Skip(1).Select(l => l.Split(',')).Where(f => f[0] != "TOTAL" && f[1] != "TOTAL").Sum(f => int.Parse(f[2], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task H3_the_counting_extracts_hold_the_numbers_the_management_information_reader_gives_the_gateway()
    {
        await _run.RunAsync("import", "placements", _run.WriteCsv("placements.csv", CliRun.GoodRows(1500, seed: 13)));
        var period = new DateInterval(new LocalDate(2018, 1, 1), new LocalDate(2021, 6, 30));
        var date = new LocalDate(2021, 6, 30);

        Assert.Equal(0, (await _run.RunAsync("extract", "placements", "--from", "2018-01-01", "--to", "2021-06-30", "--out", "pl")).Exit);
        Assert.Equal(0, (await _run.RunAsync("extract", "job-agreement", "--at", "2021-06-30", "--out", "ja")).Exit);

        PlacementFlowResult flow;
        JobAgreementStockResult stock;
        using (var store = new SqliteWspStore(new SqliteStoreOptions { Path = _run.DatabasePath }))
        {
            await store.InitializeAsync();
            var reader = new ManagementInformationReader(store);
            Assert.True(reader.UsesPreAggregates);
            flow = await reader.PlacementsFlowAsync(period, PlacementDimensions.Region | PlacementDimensions.Sector);
            stock = await reader.JobAgreementJobsAsync(date);
        }

        SqliteConnectionPools.Clear();
        var placements = Cells(Path.Combine("pl", "placements.csv"));
        Assert.Equal(flow.Groups.Select(g => $"{g.Group.Region},{g.Group.SectorCode},{g.Placements.ToString(CultureInfo.InvariantCulture)}").Order(), placements.Where(f => f[0] != "TOTAL" && f[1] != "TOTAL").Select(f => string.Join(',', f[..3])).Order());
        Assert.Equal(flow.Total.ToString(CultureInfo.InvariantCulture), placements[^1][2]);
        var jobs = Cells(Path.Combine("ja", "job-agreement.csv"));
        Assert.Equal(stock.Groups.Select(g => $"{g.Region},{(g.EmployerKind == EmployerKind.Market ? "MARKET" : "GOVERNMENT")},{g.WorkingPersons.ToString(CultureInfo.InvariantCulture)}").Order(), jobs.Where(f => f[0] != "TOTAL" && f[1] != "TOTAL").Select(f => string.Join(',', f[..3])).Order());
        Assert.Equal(stock.WorkingPersons.ToString(CultureInfo.InvariantCulture), jobs[^1][2]);
    }

    private List<string[]> Cells(string csv) => [.. File.ReadAllLines(Path.Combine(_run.Directory, csv)).Skip(1).Select(l => l.Split(','))];

    [Fact]
    public async Task The_manifest_names_definition_period_instant_row_count_sha256_and_sdk_version_and_verify_accepts_it()
    {
        await _run.RunAsync("import", "placements", _run.WriteCsv("placements.csv", CliRun.GoodRows(300)));
        await _run.RunAsync("extract", "job-agreement", "--at", "2024-12-31", "--out", "ja");
        var directory = Path.Combine(_run.Directory, "ja");

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "manifest.json")));
        var root = manifest.RootElement;
        Assert.Equal("job-agreement-jobs", root.GetProperty("definition").GetProperty("id").GetString());
        Assert.Equal(2, root.GetProperty("definition").GetProperty("version").GetInt32());
        Assert.Equal("2024-12-31", root.GetProperty("period").GetProperty("at").GetString());
        Assert.EndsWith("Z", root.GetProperty("generatedAt").GetString(), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllLines(Path.Combine(directory, "job-agreement.csv")).Length - 1, root.GetProperty("rowCount").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(directory, "job-agreement.csv")))), root.GetProperty("sha256").GetString());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("sdkVersion").GetString()));
        Assert.Empty(Directory.GetFiles(directory, "*.tmp-*", SearchOption.AllDirectories));

        var (exit, output, _) = await _run.RunAsync("verify", "ja");
        Assert.Equal(0, exit);
        Assert.Contains("ok", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_refuses_a_tampered_csv_with_the_reason()
    {
        await _run.RunAsync("import", "placements", _run.WriteCsv("placements.csv", CliRun.GoodRows(300)));
        await _run.RunAsync("extract", "placements", "--from", "2015-01-01", "--to", "2026-12-31", "--out", "pl");
        var csv = Path.Combine(_run.Directory, "pl", "placements.csv");
        var lines = File.ReadAllLines(csv);
        lines[1] = lines[1].Replace(",", ",9", StringComparison.Ordinal);
        File.WriteAllText(csv, string.Join("\n", lines) + "\n");

        var (exit, _, error) = await _run.RunAsync("verify", "pl");

        Assert.Equal(1, exit);
        Assert.Contains("does not match the manifest", error, StringComparison.Ordinal);
        Assert.Contains("SHA-256", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_refuses_a_directory_without_a_manifest()
    {
        Directory.CreateDirectory(Path.Combine(_run.Directory, "empty"));

        var (exit, _, error) = await _run.RunAsync("verify", "empty");

        Assert.Equal(1, exit);
        Assert.Contains("no manifest.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Security_a_ministry_extract_withholds_small_counts_marks_them_perturbs_the_rest_and_holds_no_candidate_reference()
    {
        var rows = CliRun.GoodRows(1_000, seed: 5).ToList();
        await _run.RunAsync("import", "placements", _run.WriteCsv("placements.csv", rows));

        var (exit, output, error) = await _run.RunAsync("extract", "placements", "--from", "2020-01-01", "--to", "2020-12-31", "--for", "ministry", "--out", "min");
        Assert.Equal(0, (await _run.RunAsync("extract", "placements", "--from", "2020-01-01", "--to", "2020-12-31", "--out", "exact")).Exit);

        Assert.True(exit == 0, output + error);
        var text = File.ReadAllText(Path.Combine(_run.Directory, "min", "placements.csv"));
        var cells = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.All(cells, f => Assert.True(f[2].Length == 0 ? f[3] is "small-count" : int.Parse(f[2], CultureInfo.InvariantCulture) >= 5 && f[3].Length == 0, string.Join(',', f)));
        Assert.Contains(cells, f => f[3].Length == 0 && f[0] != "TOTAL" && f[1] != "TOTAL");

        // The groups the partners' extract shows with 1 to 4 placements are not listed to the ministry at all.
        var small = File.ReadAllLines(Path.Combine(_run.Directory, "exact", "placements.csv")).Skip(1).Select(l => l.Split(','))
            .Where(f => f[0] != "TOTAL" && f[1] != "TOTAL" && int.Parse(f[2], CultureInfo.InvariantCulture) < 5).Select(f => (f[0], f[1])).ToList();
        Assert.NotEmpty(small);
        Assert.DoesNotContain(cells, f => small.Contains((f[0], f[1])));

        // The total is perturbed as any count (cell-key/1: at most 15 either way), never withheld at this size.
        var exact = int.Parse(File.ReadAllLines(Path.Combine(_run.Directory, "exact", "placements.csv"))[^1].Split(',')[2], CultureInfo.InvariantCulture);
        var published = int.Parse(cells[^1][2], CultureInfo.InvariantCulture);
        Assert.Equal(["TOTAL", "TOTAL"], cells[^1][..2]);
        Assert.InRange(published, exact - 15, exact + 15);
        foreach (var row in rows.Select(r => r.Split(',')))
        {
            Assert.DoesNotContain(row[5], text, StringComparison.Ordinal);
        }

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(_run.Directory, "min", "manifest.json")));
        Assert.Equal("ministry", manifest.RootElement.GetProperty("audience").GetString());
        Assert.Equal("cell-key/1", manifest.RootElement.GetProperty("disclosure").GetProperty("method").GetString());
        Assert.Equal("5", manifest.RootElement.GetProperty("disclosure").GetProperty("parameters").GetProperty("threshold").GetString());
        Assert.Equal(0, (await _run.RunAsync("verify", "min")).Exit);
    }

    [Fact]
    public async Task Security_the_ministry_threshold_is_configurable()
    {
        await _run.RunAsync("import", "placements", _run.WriteCsv("placements.csv", CliRun.GoodRows(400, seed: 5)));

        await _run.RunAsync("extract", "job-agreement", "--at", "2022-12-31", "--for", "ministry", "--threshold", "10", "--out", "min");

        var cells = File.ReadAllLines(Path.Combine(_run.Directory, "min", "job-agreement.csv")).Skip(1).Select(l => l.Split(','));
        Assert.All(cells, f => Assert.True(f[2].Length == 0 || int.Parse(f[2], CultureInfo.InvariantCulture) >= 10, string.Join(',', f)));
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_is_a_usage_error()
    {
        var (exit, _, error) = await _run.RunAsync("extract", "placements", "--from", "2025-12-31", "--to", "2025-01-01");

        Assert.Equal(2, exit);
        Assert.Contains("before --from", error, StringComparison.Ordinal);
    }
}
