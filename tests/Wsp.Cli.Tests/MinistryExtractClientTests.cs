using System.Globalization;
using NodaTime;
using Wsp.Sdk;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Disclosure;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Sqlite;

namespace Wsp.Cli.Tests;

/// <summary>
/// <c>--for ministry</c> writes what the ministry's <see cref="WspClient"/> answers (DESIGN.md, Disclosure to the
/// ministry): the same entries, withheld entries and all, at the threshold given; the manifest describes the client's
/// disclosure. The tool decides nothing about disclosure itself.
/// </summary>
public sealed class MinistryExtractClientTests : IDisposable
{
    private readonly CliRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task Security_the_ministrys_placements_extract_equals_the_ministrys_client_entry_for_entry()
    {
        await FigureSeed.PlacementsAsync(_run);
        Assert.Equal(0, (await _run.RunAsync("extract", "placements", "--from", "2019-01-01", "--to", "2019-12-31", "--for", "ministry", "--threshold", "12", "--out", "m")).Exit);

        var figure = await MinistryAsync(12, c => c.PlacementsFlowAsync(new DateInterval(new LocalDate(2019, 1, 1), new LocalDate(2019, 12, 31)), PlacementDimensions.Region | PlacementDimensions.Sector));

        Assert.DoesNotContain(figure.Entries, e => e.Count is < 12);
        Assert.Equal(
            figure.Entries.Select(e => $"{e.Row ?? "TOTAL"}|{e.Column ?? "TOTAL"}|{Text(e.Count)}|{Mark(e.Suppression)}"),
            FigureSeed.Rows(_run, "m", "placements.csv").Select(r => string.Join('|', r)));
        var disclosure = Manifest("m").GetProperty("disclosure");
        Assert.Equal(FigureDisclosure.CellKeyMethod, disclosure.GetProperty("method").GetString());
        Assert.Equal("12", disclosure.GetProperty("parameters").GetProperty("threshold").GetString());
    }

    [Fact]
    public async Task Security_the_ministrys_job_agreement_breakdown_extract_equals_the_ministrys_client_group_for_group()
    {
        await FigureSeed.PlacementsAsync(_run);
        Assert.Equal(0, (await _run.RunAsync("extract", "job-agreement-breakdown", "--at", "2021-12-31", "--by", "region,partner", "--for", "ministry", "--threshold", "40", "--out", "m")).Exit);

        var figure = await MinistryAsync(40, c => c.JobAgreementBreakdownAsync(new LocalDate(2021, 12, 31), PlacementDimensions.Region | PlacementDimensions.Partner));

        var cells = FigureSeed.Rows(_run, "m", "job-agreement-breakdown.csv").Where(r => r[0] != "TOTAL" && r[1] != "TOTAL");
        Assert.DoesNotContain(figure.Groups, g => g.IsSuppressed); // a withheld group is not listed (cell-key/1)
        Assert.Equal(
            figure.Groups.Select(g => $"{g.Group.Group.Region}|{g.Group.Group.Partner}|{Text(g.Count)}|{Mark(g.Suppression)}"),
            cells.Select(r => $"{r[0]}|{r[1]}|{r[2]}|{r[5]}"));
        var total = FigureSeed.Rows(_run, "m", "job-agreement-breakdown.csv")[^1];
        Assert.Equal($"{Text(figure.Total.Count)}|{Mark(figure.Total.Suppression)}", $"{total[2]}|{total[5]}");
    }

    [Fact]
    public async Task Partners_extracts_are_the_operators_exact_figures_and_name_the_exact_method()
    {
        await FigureSeed.PlacementsAsync(_run);
        Assert.Equal(0, (await _run.RunAsync("extract", "placements", "--from", "2019-01-01", "--to", "2019-12-31", "--out", "p")).Exit);

        var figure = await ClientAsync(PartnerIdentity.Operator, FigureDisclosure.DefaultThreshold, c => c.PlacementsFlowAsync(new DateInterval(new LocalDate(2019, 1, 1), new LocalDate(2019, 12, 31)), PlacementDimensions.Region | PlacementDimensions.Sector));

        var rows = FigureSeed.Rows(_run, "p", "placements.csv");
        Assert.Equal(figure.Entries.Select(e => $"{e.Row ?? "TOTAL"}|{e.Column ?? "TOTAL"}|{Text(e.Count)}|"), rows.Select(r => string.Join('|', r)));
        Assert.Contains(rows, r => int.Parse(r[2], CultureInfo.InvariantCulture) is > 0 and < 12);
        Assert.Equal(FigureDisclosure.ExactMethod, Manifest("p").GetProperty("disclosure").GetProperty("method").GetString());
    }

    private static string Text(int? count) => count?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Mark(SuppressionKind kind) => kind switch
    {
        SuppressionKind.SmallCount => "small-count",
        _ => "",
    };

    private Task<T> MinistryAsync<T>(int threshold, Func<WspClient, Task<T>> ask) => ClientAsync(PartnerIdentity.Ministry, threshold, ask);

    private async Task<T> ClientAsync<T>(PartnerIdentity caller, int threshold, Func<WspClient, Task<T>> ask)
    {
        using var store = new SqliteWspStore(new SqliteStoreOptions { Path = _run.DatabasePath });
        await store.InitializeAsync();
        return await ask(new WspClient(store, caller, new WspClientOptions { SmallCountThreshold = threshold }));
    }

    private System.Text.Json.JsonElement Manifest(string directory) =>
        System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_run.Directory, directory, "manifest.json"))).RootElement;
}
