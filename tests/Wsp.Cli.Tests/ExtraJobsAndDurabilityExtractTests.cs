using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Interchange;
using Wsp.Sdk.TargetGroups;

namespace Wsp.Cli.Tests;

/// <summary>
/// <c>wsp extract extra-jobs</c> (extra-jobs/1) and <c>wsp extract durability</c> (placement-durability/1): each
/// extract's numbers equal the counting definition over the same SQLite file's placements, the manifest names the
/// definitions and the baseline measured against (the file's SHA-256, or the import's version and source), every extract
/// verifies, and bad arguments are refused before anything is written.
/// </summary>
public sealed class ExtraJobsAndDurabilityExtractTests : IDisposable
{
    private static readonly LocalDate s_at = new(2025, 6, 30);

    private readonly CliRun _run = new();

    public void Dispose() => _run.Dispose();

    // Haaglanden and Amsterdam with both kinds; Utrecht (AM13, where the seed places too) without a cell: its extra jobs are not known.
    private static readonly string[] s_baseline = ["AM21,MARKET,12.5", "AM21,GOVERNMENT,3", "AM18,MARKET,20", "AM18,GOVERNMENT,0"];

    private string BaselineFile(string name = "baseline.csv") =>
        _run.Write(name, string.Join("\n", s_baseline.Prepend(string.Join(',', JobAgreementBaselineCsvV1.Columns))) + "\n");

    [Fact]
    public async Task Extra_jobs_against_a_baseline_file_equal_the_definition_per_region_and_kind_and_the_manifest_names_the_file()
    {
        await FigureSeed.PlacementsAsync(_run);
        var file = BaselineFile();

        await RunOkAsync("extract", "extra-jobs", "--at", "2025-06-30", "--baseline", file, "--out", "ej");

        var baseline = new JobAgreementBaselineTable("test", s_baseline.Select(Cell));
        var expected = ExtraJobs.Compute(JobAgreementJobs.Count(await _run.StoredPlacementsAsync(), s_at), baseline);
        Assert.Equal(["region_code", "employer_kind", "jobs", "baseline_jobs", "extra_jobs", "suppressed"], FigureSeed.Header(_run, "ej", "extra-jobs.csv"));
        var rows = FigureSeed.Rows(_run, "ej", "extra-jobs.csv");
        Assert.Equal(
            expected.Groups.Select(g => $"{g.Region}|{EmployerKinds.Code(g.EmployerKind)}|{Four(g.Jobs)}|{Four(g.BaselineJobs)}|{Four(g.ExtraJobs)}").Order(StringComparer.Ordinal),
            rows.Where(r => r[0] != "TOTAL" && r[1] != "TOTAL").Select(r => string.Join('|', r[..5])).Order(StringComparer.Ordinal));

        // A region the baseline has no cell for is counted but has no extra jobs (never a baseline of 0), nor has the nation's total.
        Assert.Contains(rows, r => r[0] == "AM13" && r[2] != "" && r[3] == "" && r[4] == "");
        Assert.Equal(Four(expected.ExtraJobsFor(EmployerKind.Market)), rows.Single(r => r[0] == "TOTAL" && r[1] == "MARKET")[4]);
        var total = rows.Single(r => r[0] == "TOTAL" && r[1] == "TOTAL");
        Assert.Equal((Four(expected.Jobs), ""), (total[2], total[4]));
        var am21 = rows.Single(r => r[0] == "AM21" && r[1] == "TOTAL");
        Assert.Equal(Four(expected.Groups.Where(g => g.Region.ToString() == "AM21").Sum(g => g.ExtraJobs!.Value)), am21[4]);

        var manifest = Manifest("ej");
        Assert.Equal("extra-jobs", manifest.GetProperty("definition").GetProperty("id").GetString());
        Assert.Equal("2025-06-30", manifest.GetProperty("period").GetProperty("at").GetString());
        var parameters = manifest.GetProperty("parameters");
        Assert.Equal("job-agreement-jobs/2", parameters.GetProperty("jobsDefinition").GetString());
        Assert.Equal($"baseline.csv sha256:{Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(file)))}", parameters.GetProperty("baseline").GetString());
        Assert.Equal("2012-12-31", parameters.GetProperty("baselineDate").GetString());
        Assert.Equal("exact", manifest.GetProperty("disclosure").GetProperty("method").GetString());
        await VerifiesAsync("ej");
    }

    [Fact]
    public async Task Extra_jobs_without_a_file_are_measured_against_the_imported_baseline_named_by_version_and_source()
    {
        await FigureSeed.PlacementsAsync(_run, 1000);
        var imported = await _run.RunAsync("import", "baseline", BaselineFile("nulmeting-2012.csv"));
        Assert.True(imported.Exit == 0, imported.Out + imported.Error);

        await RunOkAsync("extract", "extra-jobs", "--at", "2025-06-30", "--region", "AM21", "--out", "ej");

        var parameters = Manifest("ej").GetProperty("parameters");
        Assert.Equal("imported version 1", parameters.GetProperty("baseline").GetString());
        Assert.StartsWith("nulmeting-2012.csv sha256:", parameters.GetProperty("baselineSource").GetString(), StringComparison.Ordinal);
        Assert.Equal("AM21", parameters.GetProperty("region").GetString());
        var rows = FigureSeed.Rows(_run, "ej", "extra-jobs.csv");
        Assert.All(rows, r => Assert.Contains(r[0], new[] { "AM21", "TOTAL" }));
        var expected = ExtraJobs.Compute(
            JobAgreementJobs.Count((await _run.StoredPlacementsAsync()).Where(p => p.Region.Code.ToString() == "AM21"), s_at),
            new JobAgreementBaselineTable("test", s_baseline.Select(Cell).Where(c => c.Region.ToString() == "AM21")));
        Assert.Equal(Four(expected.ExtraJobs), rows.Single(r => r[0] == "TOTAL" && r[1] == "TOTAL")[4]);
        await VerifiesAsync("ej");
    }

    [Fact]
    public async Task Extra_jobs_without_any_baseline_a_date_before_it_or_a_bad_baseline_file_write_nothing()
    {
        await FigureSeed.PlacementsAsync(_run, 200);

        var none = await _run.RunAsync("extract", "extra-jobs", "--at", "2025-06-30", "--out", "none");
        Assert.Equal(1, none.Exit);
        Assert.Contains("no job-agreement baseline is imported", none.Error, StringComparison.Ordinal);

        var before = await _run.RunAsync("extract", "extra-jobs", "--at", "2012-12-31", "--baseline", BaselineFile(), "--out", "before");
        Assert.Equal(2, before.Exit);
        Assert.Contains("not after the baseline's date 2012-12-31", before.Error, StringComparison.Ordinal);

        var bad = _run.Write("bad.csv", "region_code,employer_kind,jobs\nAM99,MARKET,1\nAM21,MARKET,-2\n");
        var refused = await _run.RunAsync("extract", "extra-jobs", "--at", "2025-06-30", "--baseline", bad, "--out", "bad");
        Assert.Equal(1, refused.Exit);
        Assert.Contains("line 2", refused.Out, StringComparison.Ordinal);
        Assert.Contains("line 3", refused.Out, StringComparison.Ordinal);

        Assert.All(new[] { "none", "before", "bad" }, d => Assert.False(Directory.Exists(Path.Combine(_run.Directory, d))));
    }

    [Fact]
    public async Task Durability_extract_equals_the_definition_per_region_and_target_group_at_the_measuring_date()
    {
        await FigureSeed.PlacementsAsync(_run);
        var period = new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31));
        var at = new LocalDate(2024, 9, 30);

        await RunOkAsync("extract", "durability", "--from", "2023-01-01", "--to", "2023-12-31", "--at", "2024-09-30", "--by", "region,target-group", "--out", "d");

        var expected = PlacementDurability.Count(await _run.StoredPlacementsAsync(), period, at, PlacementDimensions.Region | PlacementDimensions.TargetGroup);
        Assert.Equal(
            ["region_code", "target_group", "started", "measured_at_6_months", "running_at_6_months", "share_running_at_6_months", "measured_at_12_months", "running_at_12_months", "share_running_at_12_months", "suppressed"],
            FigureSeed.Header(_run, "d", "durability.csv"));
        var rows = FigureSeed.Rows(_run, "d", "durability.csv");
        Assert.True(expected.Groups.Count > 5);
        Assert.Equal(
            [.. expected.Groups.Select(g => $"{g.Group.Region}|{TargetGroupCodes.ToCode(g.Group.TargetGroup!.Value)}|{Line(g)}"), $"TOTAL|TOTAL|{Line(expected.Total)}"],
            rows.Select(r => string.Join('|', r[..9])));

        // Started in 2023, measured on 30 September 2024: every six-month mark has passed, not every twelve-month one.
        Assert.Equal(expected.Total.Started, expected.Total.MeasuredAtSixMonths);
        Assert.True(expected.Total.MeasuredAtTwelveMonths < expected.Total.Started);

        var manifest = Manifest("d");
        Assert.Equal("placement-durability", manifest.GetProperty("definition").GetProperty("id").GetString());
        Assert.Equal("2023-01-01|2023-12-31|2024-09-30", $"{manifest.GetProperty("period").GetProperty("from").GetString()}|{manifest.GetProperty("period").GetProperty("to").GetString()}|{manifest.GetProperty("period").GetProperty("at").GetString()}");
        Assert.Equal("region,target-group", manifest.GetProperty("parameters").GetProperty("by").GetString());
        await VerifiesAsync("d");
    }

    [Fact]
    public async Task Durability_by_employer_a_period_backwards_or_the_ministry_on_a_day_not_a_month_end_is_refused()
    {
        await FigureSeed.PlacementsAsync(_run, 200);

        var employer = await _run.RunAsync("extract", "durability", "--from", "2023-01-01", "--to", "2023-12-31", "--by", "employer");
        Assert.Equal(2, employer.Exit);
        Assert.Contains("'employer' is not one of region, sector, target-group, partner", employer.Error, StringComparison.Ordinal);

        var backwards = await _run.RunAsync("extract", "durability", "--from", "2023-12-31", "--to", "2023-01-01");
        Assert.Equal(2, backwards.Exit);

        var ministry = await _run.RunAsync("extract", "durability", "--from", "2023-01-01", "--to", "2023-12-31", "--at", "2024-09-15", "--for", "ministry", "--out", "m");
        Assert.Equal(1, ministry.Exit);
        Assert.Contains("2024-09-15", ministry.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_run.Directory, "m")));
    }

    private static string Line(PlacementDurabilityCount count) =>
        string.Join('|', Number(count.Started), Number(count.MeasuredAtSixMonths), Number(count.RunningAtSixMonths), Four(count.ShareRunningAtSixMonths), Number(count.MeasuredAtTwelveMonths), Number(count.RunningAtTwelveMonths), Four(count.ShareRunningAtTwelveMonths));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Four(decimal? value) =>
        value is { } v ? Math.Round(v, 4, MidpointRounding.AwayFromZero).ToString("0.0###", CultureInfo.InvariantCulture) : "";

    private static JobAgreementBaselineCell Cell(string line)
    {
        var fields = line.Split(',');
        return new JobAgreementBaselineCell(RegionCode.Parse(fields[0]), fields[1] == "MARKET" ? EmployerKind.Market : EmployerKind.Government, decimal.Parse(fields[2], CultureInfo.InvariantCulture));
    }

    private async Task RunOkAsync(params string[] args)
    {
        var (exit, output, error) = await _run.RunAsync(args);
        Assert.True(exit == 0, $"exit {exit}: {output}{error}");
    }

    private JsonElement Manifest(string directory) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(_run.Directory, directory, "manifest.json"))).RootElement;

    private async Task VerifiesAsync(string directory)
    {
        var (exit, output, error) = await _run.RunAsync("verify", directory);
        Assert.True(exit == 0, output + error);
    }
}
