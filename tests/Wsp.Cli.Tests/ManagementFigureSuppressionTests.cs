using System.Globalization;
using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.ManagementInformation;

namespace Wsp.Cli.Tests;

/// <summary>
/// <c>--for ministry</c> on the management figures (DESIGN.md, Disclosure to the ministry; docs/disclosure.md): every
/// count — of placements, working persons, vacancies — is disclosed by the cell key method (cell-key/1): below the
/// threshold (zero included) withheld and marked, a withheld group not listed at all, every other count perturbed by at
/// most 15; no candidate reference is written.
/// </summary>
public sealed class ManagementFigureSuppressionTests : IDisposable
{
    // The perturbation table's widest noise (PerturbationTable.Default: −15 … +15).
    private const int MaxNoise = 15;

    private readonly CliRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task Security_a_ministry_job_agreement_breakdown_withholds_small_counts_lists_no_withheld_group_and_perturbs_the_rest()
    {
        await FigureSeed.PlacementsAsync(_run);
        Assert.Equal(0, (await _run.RunAsync("extract", "job-agreement-breakdown", "--at", "2021-12-31", "--by", "region,partner", "--for", "ministry", "--threshold", "40", "--out", "m")).Exit);

        var rows = FigureSeed.Rows(_run, "m", "job-agreement-breakdown.csv");
        var expected = JobAgreementBreakdown.Count(await _run.StoredPlacementsAsync(), new LocalDate(2021, 12, 31), PlacementDimensions.Region | PlacementDimensions.Partner);
        var groups = rows.Where(r => r[0] != "TOTAL" && r[1] != "TOTAL").ToList();
        Assert.Contains(expected.Groups, g => g.WorkingPersons < 40);
        Assert.True(groups.Count < expected.Groups.Count, $"{groups.Count} groups listed of {expected.Groups.Count}");
        Assert.All(groups, r => Assert.True(r[5].Length == 0 && int.Parse(r[2], CultureInfo.InvariantCulture) >= 40, string.Join(",", r)));
        Assert.All(rows.Where(r => r[5].Length > 0), r => Assert.Equal(["", "", ""], r[2..5]));

        Assert.InRange(int.Parse(rows[^1][2], CultureInfo.InvariantCulture), expected.WorkingPersons - MaxNoise, expected.WorkingPersons + MaxNoise);
        Assert.DoesNotContain(FigureSeed.Header(_run, "m", "job-agreement-breakdown.csv"), c => c.Contains("candidate", StringComparison.Ordinal));
        Assert.Equal(0, (await _run.RunAsync("verify", "m")).Exit);
    }

    [Fact]
    public async Task Security_a_ministry_arrangement_monitoring_withholds_small_region_counts_and_perturbs_the_rest()
    {
        await FigureSeed.ArrangementsAsync(_run);
        // Enough rows that one year holds tens of placements under ARR-001 in Haaglanden and a few in Midden-Utrecht.
        await FigureSeed.PlacementsAsync(_run, count: 20_000, underArrangements: true);
        Assert.Equal(0, (await _run.RunAsync("extract", "arrangement-monitoring", "--from", "2020-01-01", "--to", "2020-12-31", "--for", "ministry", "--threshold", "10", "--out", "m")).Exit);

        var rows = FigureSeed.Rows(_run, "m", "arrangement-monitoring.csv");
        Assert.Contains(rows, r => r[10] == "small-count");
        Assert.All(rows.Where(r => r[10].Length > 0), r => Assert.Equal(["", ""], r[8..10]));
        Assert.All(rows.Where(r => r[10].Length == 0), r => Assert.True(int.Parse(r[8], CultureInfo.InvariantCulture) >= 10, string.Join(",", r)));
        var all = (await _run.StoredPlacementsAsync()).Count(p => p.ArrangementId is "ARR-001" or "ARR-002" or "ARR-003" && p.Start.Year == 2020);
        Assert.True(all >= 10 + MaxNoise, $"{all} placements under the arrangements in 2020");
        Assert.InRange(int.Parse(rows[^1][8], CultureInfo.InvariantCulture), all - MaxNoise, all + MaxNoise);
        Assert.Equal("ministry", ManifestAudience("m"));
    }

    [Fact]
    public async Task Security_a_ministry_late_vacancies_extract_lists_only_published_regions_and_says_for_whom_it_is()
    {
        Assert.Equal(0, (await _run.RunAsync("demo", "--placements", "0")).Exit);
        Assert.Equal(0, (await _run.RunAsync("extract", "late-vacancies", "--from", "2026-01-01", "--to", "2026-12-31", "--for", "ministry", "--out", "lv")).Exit);

        Assert.All(FigureSeed.Rows(_run, "lv", "late-vacancies.csv"), r => Assert.NotEqual("", r[1]));
        Assert.Equal("ministry", ManifestAudience("lv"));
    }

    private string ManifestAudience(string directory) =>
        System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_run.Directory, directory, "manifest.json"))).RootElement.GetProperty("audience").GetString()!;
}
