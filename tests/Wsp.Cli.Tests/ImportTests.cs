using System.Text.Json;

namespace Wsp.Cli.Tests;

/// <summary>
/// <c>wsp import placements</c>: a good file is committed as one unit, a file with any bad row writes nothing and
/// names every bad row (line, column, reason, rule), a re-import is a no-op that says so.
/// </summary>
public sealed class ImportTests : IDisposable
{
    private readonly CliRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task A_good_file_is_committed_as_one_unit_and_every_row_is_in_the_store()
    {
        var file = _run.WriteCsv("good.csv", CliRun.GoodRows(500));

        var (exit, output, error) = await _run.RunAsync("import", "placements", file);

        Assert.True(exit == 0, output + error);
        Assert.Contains("Imported 500 placements", output, StringComparison.Ordinal);
        Assert.Contains("import id sha256:", output, StringComparison.Ordinal);
        Assert.Equal(500, (await _run.StoredPlacementsAsync()).Count);
    }

    [Fact]
    public async Task Re_importing_the_same_file_is_a_no_op_that_says_so()
    {
        var file = _run.WriteCsv("good.csv", CliRun.GoodRows(50));
        await _run.RunAsync("import", "placements", file);

        var (exit, output, _) = await _run.RunAsync("import", "placements", file);

        Assert.Equal(0, exit);
        Assert.Contains("was imported before", output, StringComparison.Ordinal);
        Assert.Contains("nothing written", output, StringComparison.Ordinal);
        Assert.Equal(50, (await _run.StoredPlacementsAsync()).Count);
    }

    public static TheoryData<string, string, string, string> BadRows => new()
    {
        // kind, the bad row (line 3), the column named, a fragment of the reason
        { "unknown municipality code", "X1,V1,12345678,GM9999,RETAIL,K1,UWV,WW,2025-01-06,,20,MARKET,", "municipality_code", "no municipality" },
        { "not a municipality code", "X1,V1,12345678,Delft,RETAIL,K1,UWV,WW,2025-01-06,,20,MARKET,", "municipality_code", "not a CBS municipality code" },
        { "unknown sector code", "X1,V1,12345678,GM0503,BAKERY,K1,UWV,WW,2025-01-06,,20,MARKET,", "sector_code", "not a sector" },
        { "bad date", "X1,V1,12345678,GM0503,RETAIL,K1,UWV,WW,06-01-2025,,20,MARKET,", "start_date", "yyyy-MM-dd" },
        { "impossible date", "X1,V1,12345678,GM0503,RETAIL,K1,UWV,WW,2023-02-29,,20,MARKET,", "start_date", "yyyy-MM-dd" },
        { "end before start", "X1,V1,12345678,GM0503,RETAIL,K1,UWV,WW,2025-01-06,2025-01-05,20,MARKET,", "end_date", "ends before it starts" },
        { "hours zero", "X1,V1,12345678,GM0503,RETAIL,K1,UWV,WW,2025-01-06,,0,MARKET,", "hours_per_week", "(0, 60]" },
        { "hours above 60", "X1,V1,12345678,GM0503,RETAIL,K1,UWV,WW,2025-01-06,,60.25,MARKET,", "hours_per_week", "(0, 60]" },
        { "hours with a comma", "X1,V1,12345678,GM0503,RETAIL,K1,UWV,WW,2025-01-06,,\"12,5\",MARKET,", "hours_per_week", "decimal with a dot" },
        { "unknown target group", "X1,V1,12345678,GM0503,RETAIL,K1,UWV,STUDENT,2025-01-06,,20,MARKET,", "target_groups", "target groups" },
        { "wrong column count", "X1,V1,12345678,GM0503,RETAIL,K1,UWV,WW,2025-01-06,,20,MARKET", "", "12 columns, expected 13" },
        { "BSN-like candidate reference", "X1,V1,12345678,GM0503,RETAIL,111222333,UWV,WW,2025-01-06,,20,MARKET,", "candidate_ref", "never a BSN" },
        { "unknown employer kind", "X1,V1,12345678,GM0503,RETAIL,K1,UWV,WW,2025-01-06,,20,PRIVATE,", "employer_kind", "MARKET or GOVERNMENT" },
        { "H15 booking partner not allowed", "X1,V1,12345678,GM0503,RETAIL,K1,UWV,PARTICIPATIEWET,2025-01-06,,20,MARKET,", "booking_partner", "[H15]" },
        { "duplicate id in the file", "P000001,V1,12345678,GM0503,RETAIL,K1,UWV,WW,2025-01-06,,20,MARKET,", "placement_id", "is on line 3 already" },
        { "L2 unknown arrangement", "X1,V1,87654321,GM0503,RETAIL,K1,UWV,WW,2025-01-06,,20,MARKET,ARR-404", "arrangement_id", "[L2]" },
    };

    [Fact]
    public async Task L2_rows_under_an_arrangement_their_region_has_not_joined_or_an_unknown_one_are_refused_and_nothing_is_written()
    {
        // ARR-001: Haaglanden (AM21) and Midden-Utrecht joined, Amsterdam (AM18) declined.
        await FigureSeed.ArrangementsAsync(_run);
        var good = CliRun.GoodRows(20).ToList();
        string[] rows =
        [
            .. good.Take(2),
            "X1,V1,87654321,GM0363,RETAIL,K1,GM0363,PARTICIPATIEWET,2025-01-06,,20,MARKET,ARR-001", // line 4: Amsterdam declined
            "X2,V1,87654321,GM0503,RETAIL,K2,GM0503,PARTICIPATIEWET,2025-01-06,,20,MARKET,ARR-404", // line 5: no such arrangement
            "X3,V1,87654321,GM0503,RETAIL,K3,GM0503,PARTICIPATIEWET,2025-01-06,,20,MARKET,ARR-001", // line 6: Haaglanden joined
            .. good.Skip(2),
        ];

        var (exit, output, error) = await _run.RunAsync("import", "placements", _run.WriteCsv("arrangements.csv", rows));

        Assert.True(exit == 1, output + error);
        Assert.Contains("has 2 bad row(s) of 23; nothing was written.", output, StringComparison.Ordinal);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains(lines, l => l.StartsWith("line 4, arrangement_id 'ARR-001': Region AM18 has not joined arrangement ARR-001 (declined)", StringComparison.Ordinal) && l.EndsWith("[L2]", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("line 5, arrangement_id 'ARR-404': No arrangement has id ARR-404", StringComparison.Ordinal) && l.EndsWith("[L2]", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("line 6", StringComparison.Ordinal));
        Assert.Empty(await _run.StoredPlacementsAsync());
    }

    [Fact]
    public async Task L2_rows_under_an_arrangement_their_region_joined_are_imported_under_it()
    {
        await FigureSeed.ArrangementsAsync(_run);
        var rows = CliRun.GoodRows(20).Append("X3,V1,87654321,GM0503,RETAIL,K3,GM0503,PARTICIPATIEWET,2025-01-06,,20,MARKET,ARR-001");

        var (exit, output, error) = await _run.RunAsync("import", "placements", _run.WriteCsv("joined.csv", rows));

        Assert.True(exit == 0, output + error);
        Assert.Equal("ARR-001", (await _run.StoredPlacementsAsync()).Single(p => p.Id == "X3").ArrangementId);
    }

    [Theory]
    [MemberData(nameof(BadRows))]
    public async Task Each_bad_row_kind_is_refused_with_its_line_column_and_reason_and_nothing_is_written(string kind, string badRow, string column, string reason)
    {
        var good = CliRun.GoodRows(20).ToList();
        var rows = good.Take(2).Append(badRow).Concat(good.Skip(2));
        var file = _run.WriteCsv("bad.csv", rows);

        var (exit, output, error) = await _run.RunAsync("import", "placements", file);

        Assert.True(exit == 1, $"{kind}: {output}{error}");
        Assert.Contains("nothing was written", output, StringComparison.Ordinal);
        var badLine = kind == "duplicate id in the file" ? "line 4" : "line 4";
        var where = column.Length == 0 ? $"{badLine}:" : $"{badLine}, {column}";
        var reported = output.Split('\n').Where(l => l.StartsWith(where, StringComparison.Ordinal)).ToList();
        Assert.True(reported.Count > 0, $"{kind}: no error for {where} in\n{output}");
        Assert.Contains(reported, l => l.Contains(reason, StringComparison.Ordinal));
        Assert.Empty(await _run.StoredPlacementsAsync());
    }

    [Fact]
    public async Task Every_bad_row_of_a_file_is_printed_not_only_the_first()
    {
        var rows = CliRun.GoodRows(30).ToList();
        rows[4] = rows[4].Replace(",MARKET,", ",PRIVATE,", StringComparison.Ordinal).Replace(",GOVERNMENT,", ",PRIVATE,", StringComparison.Ordinal);
        rows[17] = string.Join(',', rows[17].Split(',')[..12]);
        rows[25] = rows[25].Replace("GM0", "GM9", StringComparison.Ordinal);
        var file = _run.WriteCsv("bad.csv", rows);

        var (exit, output, _) = await _run.RunAsync("import", "placements", file);

        Assert.Equal(1, exit);
        Assert.Contains("3 bad row(s) of 30", output, StringComparison.Ordinal);
        Assert.Contains("line 6, employer_kind", output, StringComparison.Ordinal);
        Assert.Contains("line 19:", output, StringComparison.Ordinal);
        Assert.Contains("line 27, municipality_code", output, StringComparison.Ordinal);
        Assert.Empty(await _run.StoredPlacementsAsync());
    }

    [Fact]
    public async Task A_row_whose_id_is_in_the_store_already_is_refused_naming_its_line_and_the_import_writes_nothing()
    {
        await _run.RunAsync("import", "placements", _run.WriteCsv("first.csv", CliRun.GoodRows(10)));
        var second = CliRun.GoodRows(40, seed: 8, prefix: "Q").ToList();
        second.Insert(7, CliRun.GoodRows(10).ElementAt(3));
        second.Insert(20, CliRun.GoodRows(10).ElementAt(9));

        var (exit, output, error) = await _run.RunAsync("import", "placements", _run.WriteCsv("second.csv", second));

        Assert.True(exit == 1, output + error);
        Assert.Contains("line 9, placement_id 'P000003': is in the store already", output, StringComparison.Ordinal);
        Assert.Contains("line 22, placement_id 'P000009': is in the store already", output, StringComparison.Ordinal);
        Assert.Equal(10, (await _run.StoredPlacementsAsync()).Count);
    }

    [Fact]
    public async Task A_row_whose_id_is_in_the_store_is_named_also_when_other_rows_are_bad()
    {
        await _run.RunAsync("import", "placements", _run.WriteCsv("first.csv", CliRun.GoodRows(10)));
        var second = CliRun.GoodRows(10, seed: 8, prefix: "Q").Append(CliRun.GoodRows(10).ElementAt(4)).Append("X1,V1,12345678,GM9999,RETAIL,K1,UWV,WW,2025-01-06,,20,MARKET,");

        var (exit, output, _) = await _run.RunAsync("import", "placements", _run.WriteCsv("second.csv", second));

        Assert.Equal(1, exit);
        Assert.Contains("2 bad row(s) of 12", output, StringComparison.Ordinal);
        Assert.Contains("line 12, placement_id 'P000004': is in the store already", output, StringComparison.Ordinal);
        Assert.Contains("line 13, municipality_code", output, StringComparison.Ordinal);
        Assert.Equal(10, (await _run.StoredPlacementsAsync()).Count);
    }

    [Fact]
    public async Task The_report_is_machine_readable_with_line_column_value_reason_and_rule_id()
    {
        var rows = CliRun.GoodRows(5).Append("X1,V1,12345678,GM0503,RETAIL,K1,UWV,PARTICIPATIEWET,2025-01-06,,20,MARKET,");
        var file = _run.WriteCsv("bad.csv", rows);

        var (exit, _, _) = await _run.RunAsync("import", "placements", file, "--report", "report.json");

        Assert.Equal(1, exit);
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(_run.Directory, "report.json")));
        var root = report.RootElement;
        Assert.Equal("wsp-import-report/1", root.GetProperty("format").GetString());
        Assert.Equal("refused", root.GetProperty("outcome").GetString());
        Assert.Equal(0, root.GetProperty("placementsWritten").GetInt32());
        var error = Assert.Single(root.GetProperty("errors").EnumerateArray());
        Assert.Equal(7, error.GetProperty("line").GetInt64());
        Assert.Equal("booking_partner", error.GetProperty("column").GetString());
        Assert.Equal("UWV", error.GetProperty("value").GetString());
        Assert.Equal("H15", error.GetProperty("rule").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task A_file_with_the_wrong_header_is_refused_at_line_1()
    {
        var file = _run.Write("bad.csv", "id,vacancy\nP1,V1\n");

        var (exit, output, _) = await _run.RunAsync("import", "placements", file);

        Assert.Equal(1, exit);
        Assert.Contains("line 1", output, StringComparison.Ordinal);
        Assert.Contains("not Placements CSV v1", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_a_usage_error()
    {
        var (exit, _, error) = await _run.RunAsync("import", "placements", "nowhere.csv");

        Assert.Equal(2, exit);
        Assert.Contains("no such file", error, StringComparison.Ordinal);
    }
}
