using Wsp.Sdk.Ambitions;
using Wsp.Sdk.Interchange;
using Wsp.Sdk.Sqlite;
using Wsp.Sdk.Storage;

namespace Wsp.Cli.Tests;

/// <summary>
/// <c>wsp import ambitions|targets|baseline</c>: a good file becomes the next version of its kind with the file's name
/// and SHA-256 as source; a file with any bad row writes nothing and names every bad row with its line.
/// </summary>
public sealed class FigureInputImportTests : IDisposable
{
    private readonly CliRun _run = new();

    public void Dispose() => _run.Dispose();

    // Haaglanden's shipped 2015 table, as a region would send it for 2025.
    private static IEnumerable<string> Haaglanden2025Rows() =>
        PlacementAmbitionsCsvV1.FormatRows(PlacementAmbitions.Haaglanden2015).Select(f => string.Join(',', f.Select((v, i) => i == 1 ? "2025" : v)));

    private string WriteFile(string name, IReadOnlyList<string> columns, IEnumerable<string> rows) =>
        _run.Write(name, string.Join("\n", rows.Prepend(string.Join(',', columns))) + "\n");

    [Fact]
    public async Task H4_a_regions_2025_ambition_table_is_imported_as_version_1_and_holds_for_that_year()
    {
        var file = WriteFile("ambitions-2025.csv", PlacementAmbitionsCsvV1.Columns, Haaglanden2025Rows());

        var (exit, output, error) = await _run.RunAsync("import", "ambitions", file);

        Assert.True(exit == 0, output + error);
        Assert.Contains("as ambitions version 1 (ambitions-2025.csv sha256:", output, StringComparison.Ordinal);
        var imports = await ImportsAsync(s => s.FigureInputs.ListAmbitionImportsAsync());
        var held = FigureInputHistory.AmbitionOf(imports, PlacementAmbitions.Haaglanden2015.Region, 2025)!;
        Assert.Equal((1, PlacementAmbitions.Haaglanden2015.Total), (held.Import.Version, held.Value.Total));
        Assert.StartsWith("ambitions-2025.csv sha256:", held.Import.Source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task H4_an_ambition_file_with_bad_rows_names_every_one_with_its_line_and_writes_nothing()
    {
        var rows = Haaglanden2025Rows().ToList();
        rows[0] = rows[0].Replace("AM21,", "AM99,", StringComparison.Ordinal); // line 2: no such region
        rows[1] = rows[1][..rows[1].LastIndexOf(',')] + ",-4"; // line 3: negative
        rows.Add(rows[3]); // a duplicate of line 5

        var (exit, output, error) = await _run.RunAsync("import", "ambitions", WriteFile("bad.csv", PlacementAmbitionsCsvV1.Columns, rows));

        Assert.True(exit == 1, output + error);
        Assert.Contains("nothing was written", output, StringComparison.Ordinal);
        Assert.Contains("line 2", output, StringComparison.Ordinal);
        Assert.Contains("line 3", output, StringComparison.Ordinal);
        Assert.Empty(await ImportsAsync(s => s.FigureInputs.ListAmbitionImportsAsync()));
    }

    [Fact]
    public async Task H2_regional_targets_and_the_baseline_are_imported_each_as_the_next_version_of_their_kind()
    {
        var targets = WriteFile("targets.csv", JobAgreementTargetsCsvV1.Columns, ["AM18,2026-12-31,500,250,Regionaal plan Amsterdam 2026"]);
        var baseline = WriteFile("baseline.csv", JobAgreementBaselineCsvV1.Columns, ["AM21,MARKET,1200.5", "AM21,GOVERNMENT,800"]);

        var first = await _run.RunAsync("import", "targets", targets);
        var second = await _run.RunAsync("import", "targets", targets);
        var third = await _run.RunAsync("import", "baseline", baseline);

        Assert.True(first.Exit == 0 && second.Exit == 0 && third.Exit == 0, first.Out + first.Error + second.Out + third.Out + third.Error);
        Assert.Equal([1, 2], (await ImportsAsync(s => s.FigureInputs.ListTargetImportsAsync())).Select(i => i.Import.Version));
        var stored = Assert.Single(await ImportsAsync(s => s.FigureInputs.ListBaselineImportsAsync()));
        Assert.Equal(2000.5m, stored.Value.Cells.Sum(c => c.Jobs));
        Assert.StartsWith("baseline.csv sha256:", stored.Value.Source, StringComparison.Ordinal);
    }

    private async Task<T> ImportsAsync<T>(Func<IWspStore, Task<T>> read)
    {
        using var store = new SqliteWspStore(new SqliteStoreOptions { Path = _run.DatabasePath });
        await store.InitializeAsync();
        return await read(store);
    }
}
