using System.Globalization;
using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.ManagementInformation;

namespace Wsp.Cli.Tests;

/// <summary>
/// <c>--for ministry</c> on the management figures (DESIGN.md, Security model): counts of placements and working
/// persons below the threshold are withheld and marked, never dropped; no line has a single withheld entry its total
/// would give away; totals stay honest (computed from the unsuppressed data); no candidate reference is written.
/// Figures that count vacancies or employers (H10, H5) point at no person and are not suppressed.
/// </summary>
public sealed class ManagementFigureSuppressionTests : IDisposable
{
    private readonly CliRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task Security_a_ministry_job_agreement_breakdown_withholds_small_counts_and_keeps_the_totals_honest()
    {
        await FigureSeed.PlacementsAsync(_run);
        Assert.Equal(0, (await _run.RunAsync("extract", "job-agreement-breakdown", "--at", "2021-12-31", "--by", "region,partner", "--for", "ministry", "--threshold", "40", "--out", "m")).Exit);

        var rows = FigureSeed.Rows(_run, "m", "job-agreement-breakdown.csv");
        var expected = JobAgreementBreakdown.Count(await _run.StoredPlacementsAsync(), new LocalDate(2021, 12, 31), PlacementDimensions.Region | PlacementDimensions.Partner);
        Assert.Equal(expected.Groups.Count + expected.Groups.Select(g => g.Group.Region).Distinct().Count() + 1, rows.Count);
        Assert.Contains(rows, r => r[5] == "small-count");
        Assert.All(rows.Where(r => r[5].Length > 0), r => Assert.Equal(["", "", ""], r[2..5]));
        Assert.All(rows.Where(r => r[5].Length == 0), r => Assert.True(int.Parse(r[2], CultureInfo.InvariantCulture) is 0 or >= 40, string.Join(",", r)));
        foreach (var region in rows.Select(r => r[0]).Where(r => r != "TOTAL").Distinct())
        {
            Assert.NotEqual(1, rows.Count(r => r[0] == region && r[5].Length > 0));
        }

        Assert.Equal(expected.WorkingPersons, int.Parse(rows[^1][2], CultureInfo.InvariantCulture));
        Assert.Equal(expected.HoursPerWeek, decimal.Parse(rows[^1][3], CultureInfo.InvariantCulture));
        Assert.DoesNotContain(FigureSeed.Header(_run, "m", "job-agreement-breakdown.csv"), c => c.Contains("candidate", StringComparison.Ordinal));
        Assert.Equal(0, (await _run.RunAsync("verify", "m")).Exit);
    }

    [Fact]
    public async Task Security_a_ministry_arrangement_monitoring_withholds_small_region_counts_and_the_realisation_that_would_reveal_them()
    {
        await FigureSeed.ArrangementsAsync(_run);
        await FigureSeed.PlacementsAsync(_run, underArrangements: true);
        Assert.Equal(0, (await _run.RunAsync("extract", "arrangement-monitoring", "--from", "2015-01-01", "--to", "2026-12-31", "--for", "ministry", "--threshold", "10", "--out", "m")).Exit);

        var rows = FigureSeed.Rows(_run, "m", "arrangement-monitoring.csv");
        Assert.Contains(rows, r => r[10] == "small-count");
        Assert.All(rows.Where(r => r[10].Length > 0), r => Assert.Equal(["", ""], r[8..10]));
        Assert.All(rows.Where(r => r[10].Length == 0), r => Assert.True(int.Parse(r[8], CultureInfo.InvariantCulture) is 0 or >= 10, string.Join(",", r)));
        var all = (await _run.StoredPlacementsAsync()).Count(p => p.ArrangementId is "ARR-001" or "ARR-002" or "ARR-003");
        Assert.Equal(all, int.Parse(rows[^1][8], CultureInfo.InvariantCulture));
        Assert.Equal("ministry", ManifestAudience("m"));
    }

    [Fact]
    public async Task Security_ministry_extracts_of_vacancies_and_employers_are_not_suppressed_and_say_for_whom_they_are()
    {
        Assert.Equal(0, (await _run.RunAsync("demo", "--placements", "0")).Exit);
        Assert.Equal(0, (await _run.RunAsync("extract", "late-vacancies", "--from", "2026-01-01", "--to", "2026-12-31", "--for", "ministry", "--out", "lv")).Exit);

        Assert.All(FigureSeed.Rows(_run, "lv", "late-vacancies.csv"), r => Assert.NotEqual("", r[1]));
        Assert.Equal("ministry", ManifestAudience("lv"));
    }

    private string ManifestAudience(string directory) =>
        System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_run.Directory, directory, "manifest.json"))).RootElement.GetProperty("audience").GetString()!;
}
