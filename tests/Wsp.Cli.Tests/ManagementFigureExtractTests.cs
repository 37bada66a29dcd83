using System.Globalization;
using System.Text.Json;
using NodaTime;
using Wsp.Sdk.Ambitions;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.RegionalProjects;
using Wsp.Sdk.Sectors;

namespace Wsp.Cli.Tests;

/// <summary>
/// <c>wsp extract</c> for the management information (L5, H4, H5, H6, H10): each extract's numbers equal the SDK's
/// computation over the same SQLite file, every extract verifies against its manifest, which names the figure and the
/// counting definition it is computed from, and bad arguments are usage errors (exit code 2).
/// </summary>
public sealed class ManagementFigureExtractTests : IDisposable
{
    private static readonly DateInterval s_all = new(new LocalDate(2015, 1, 1), new LocalDate(2026, 12, 31));

    private readonly CliRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task L5_arrangement_monitoring_extract_equals_the_SDK_per_arrangement_and_region()
    {
        var arrangements = await FigureSeed.ArrangementsAsync(_run);
        await FigureSeed.PlacementsAsync(_run, underArrangements: true);

        await RunOkAsync("extract", "arrangement-monitoring", "--from", "2015-01-01", "--to", "2026-12-31", "--out", "am");

        var expected = ArrangementMonitoring.Compute(arrangements, await _run.StoredPlacementsAsync(), s_all);
        var rows = FigureSeed.Rows(_run, "am", "arrangement-monitoring.csv");
        foreach (var arrangement in expected.Arrangements)
        {
            var mine = rows.Where(r => r[0] == arrangement.ArrangementId).ToList();
            Assert.Equal([.. arrangement.Regions.Select(r => r.Region.ToString()), "TOTAL"], mine.Select(r => r[4]));
            foreach (var region in arrangement.Regions)
            {
                var row = mine.Single(r => r[4] == region.Region.ToString());
                Assert.Equal(region.Placements, int.Parse(row[8], CultureInfo.InvariantCulture));
                Assert.Equal(region.Participation?.ToString().ToUpperInvariant() ?? "NOT_ASKED", row[5]);
                Assert.Equal(region.SignedVersion?.ToString(CultureInfo.InvariantCulture) ?? "", row[6]);
            }

            var total = mine.Single(r => r[4] == "TOTAL");
            Assert.Equal(arrangement.Placements, int.Parse(total[8], CultureInfo.InvariantCulture));
            Assert.Equal(arrangement.JobOpportunities, int.Parse(total[3], CultureInfo.InvariantCulture));
        }

        // ARR-001: AM21 and AM13 joined version 2, AM18 declined (and imports nothing under it, L2); every region with a say is shown.
        var arr1 = expected.Arrangements.Single(a => a.ArrangementId == "ARR-001");
        Assert.Contains(arr1.Regions, r => r.Region.ToString() == "AM21" && r.SignedVersion == 2);
        Assert.True(expected.Arrangements.Sum(a => a.Placements) > 0);
        Assert.Equal(expected.Arrangements.Sum(a => a.Placements), int.Parse(rows[^1][8], CultureInfo.InvariantCulture));
        await VerifiesAsync("am", "arrangement-monitoring", 1, "placements-flow");
    }

    [Fact]
    public async Task L5_one_arrangement_only_and_an_unknown_arrangement_is_refused()
    {
        await FigureSeed.ArrangementsAsync(_run);
        await FigureSeed.PlacementsAsync(_run, 500, underArrangements: true);

        await RunOkAsync("extract", "arrangement-monitoring", "--from", "2015-01-01", "--to", "2026-12-31", "--arrangement", "ARR-002", "--out", "one");
        Assert.All(FigureSeed.Rows(_run, "one", "arrangement-monitoring.csv"), r => Assert.Contains(r[0], new[] { "ARR-002", "TOTAL" }));
        Assert.Equal("ARR-002", Manifest("one").GetProperty("parameters").GetProperty("arrangement").GetString());

        var (exit, _, error) = await _run.RunAsync("extract", "arrangement-monitoring", "--from", "2015-01-01", "--to", "2026-12-31", "--arrangement", "ARR-404");
        Assert.Equal(1, exit);
        Assert.Contains("ARR-404", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task H4_ambition_realisation_extract_equals_the_SDK_and_reconciles_with_the_flow()
    {
        await FigureSeed.PlacementsAsync(_run, 6000);

        await RunOkAsync("extract", "ambition-realisation", "--region", "AM21", "--year", "2015", "--out", "ar");

        var table = PlacementAmbitions.Haaglanden2015;
        var expected = AmbitionRealisation.Compute(table, await _run.StoredPlacementsAsync());
        var rows = FigureSeed.Rows(_run, "ar", "ambition-realisation.csv");
        foreach (var cell in expected.Cells)
        {
            var row = rows.Single(r => r[2] == cell.SectorCode && r[3] == cell.Partner.ToString());
            Assert.Equal(cell.Ambition, int.Parse(row[4], CultureInfo.InvariantCulture));
            Assert.Equal(cell.Realised, int.Parse(row[5], CultureInfo.InvariantCulture));
        }

        var grand = rows.Single(r => r[2] == "TOTAL" && r[3] == "TOTAL");
        Assert.Equal(4935, int.Parse(grand[4], CultureInfo.InvariantCulture));
        Assert.Equal(expected.TotalRealised, int.Parse(grand[5], CultureInfo.InvariantCulture));
        Assert.True(expected.TotalRealised > 0);
        Assert.Equal(1134, int.Parse(rows.Single(r => r[2] == "UNNAMED" && r[3] == "TOTAL")[4], CultureInfo.InvariantCulture));
        Assert.Equal(expected.OutsideTable, int.Parse(rows.Single(r => r[2] == "OUTSIDE_TABLE")[5], CultureInfo.InvariantCulture));
        await VerifiesAsync("ar", "ambition-realisation", 1, "placements-flow");
    }

    [Theory]
    [InlineData("sector,employer,partner", PlacementDimensions.Sector | PlacementDimensions.Employer | PlacementDimensions.Partner, null)]
    [InlineData("partner", PlacementDimensions.Partner, null)]
    [InlineData("sector,partner", PlacementDimensions.Sector | PlacementDimensions.Partner, "AM21")]
    public async Task H6_job_agreement_breakdown_extract_equals_the_SDK(string by, PlacementDimensions dimensions, string? region)
    {
        await FigureSeed.PlacementsAsync(_run);
        var at = new LocalDate(2020, 6, 30);
        string[] args = ["extract", "job-agreement-breakdown", "--at", "2020-06-30", "--by", by, "--out", "jb"];
        await RunOkAsync(region is null ? args : [.. args, "--region", region]);

        var placements = (await _run.StoredPlacementsAsync()).Where(p => region is null || p.Region.Code.ToString() == region);
        var expected = JobAgreementBreakdown.Count(placements, at, dimensions);
        var width = by.Split(',').Length;
        var rows = FigureSeed.Rows(_run, "jb", "job-agreement-breakdown.csv");
        var groups = rows.Where(r => !r.Take(width).Contains("TOTAL")).ToList();
        Assert.Equal(expected.Groups.Count, groups.Count);
        foreach (var (group, row) in expected.Groups.Zip(groups))
        {
            Assert.Equal(Key(group.Group, dimensions), row.Take(width));
            Assert.Equal(group.WorkingPersons, int.Parse(row[width], CultureInfo.InvariantCulture));
            Assert.Equal(group.HoursPerWeek, decimal.Parse(row[width + 1], CultureInfo.InvariantCulture));
        }

        var grand = rows[^1];
        Assert.All(grand.Take(width), v => Assert.Equal("TOTAL", v));
        Assert.Equal(expected.WorkingPersons, int.Parse(grand[width], CultureInfo.InvariantCulture));
        Assert.Equal(Math.Round(expected.Jobs, 4, MidpointRounding.AwayFromZero), decimal.Parse(grand[width + 2], CultureInfo.InvariantCulture));
        Assert.True(expected.WorkingPersons > 0);
        await VerifiesAsync("jb", "job-agreement-breakdown", 1, "job-agreement-jobs");
    }

    [Fact]
    public async Task H10_late_vacancies_extract_equals_the_SDK()
    {
        Assert.Equal(0, (await _run.RunAsync("demo", "--placements", "0")).Exit);
        var period = new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));

        await RunOkAsync("extract", "late-vacancies", "--from", "2026-01-01", "--to", "2026-12-31", "--out", "lv");

        var expected = LateVacancyRegistrations.Count(await FigureSeed.VacanciesAsync(_run), period);
        var rows = FigureSeed.Rows(_run, "lv", "late-vacancies.csv");
        Assert.Equal([.. expected.Regions.Select(r => $"{r.Region}:{r.Registered}:{r.Late}"), $"TOTAL:{expected.Registered}:{expected.Late}"], rows.Select(r => $"{r[0]}:{r[1]}:{r[2]}"));
        Assert.True(expected.Registered > 0);
        await VerifiesAsync("lv", "late-vacancy-registrations", 1, "late-vacancy-registrations");

        await RunOkAsync("extract", "late-vacancies", "--from", "2026-01-01", "--to", "2026-12-31", "--region", "AM21", "--out", "lv21");
        Assert.Equal(["AM21", "TOTAL"], FigureSeed.Rows(_run, "lv21", "late-vacancies.csv").Select(r => r[0]));
    }

    [Fact]
    public async Task H6_regional_project_extract_equals_the_SDK_over_the_projects_file()
    {
        await FigureSeed.PlacementsAsync(_run);
        var stored = await _run.StoredPlacementsAsync();
        var employers = stored.Where(p => p.Region.Code.ToString() == "AM21").Select(p => p.Employer.ToString()).Distinct().Take(30).ToArray();
        var file = _run.Write("projects.csv", string.Join("\n",
            "project_id,name,region_code,from,to,employer_kvks,vacancy_ids",
            $"RP-1,Haven en logistiek,AM21,2016-01-01,2020-12-31,{string.Join(";", employers)},",
            "RP-2,Zorg dichtbij,AM21,2018-01-01,2025-12-31,,V00001;V00002;V00003",
            $"RP-3,Amsterdam werkt,AM18,2015-01-01,2026-12-31,,V00004;V00005") + "\n");

        await RunOkAsync("extract", "regional-projects", "--projects", file, "--out", "rp");

        var projects = new[]
        {
            new RegionalProject("RP-1", "Haven en logistiek", RegionCode.Parse("AM21"), new DateInterval(new LocalDate(2016, 1, 1), new LocalDate(2020, 12, 31)), employers.Select(KvkNumber.Parse), []),
            new RegionalProject("RP-2", "Zorg dichtbij", RegionCode.Parse("AM21"), new DateInterval(new LocalDate(2018, 1, 1), new LocalDate(2025, 12, 31)), [], ["V00001", "V00002", "V00003"]),
            new RegionalProject("RP-3", "Amsterdam werkt", RegionCode.Parse("AM18"), s_all, [], ["V00004", "V00005"]),
        };
        var expected = RegionalProjectPlacements.Count(projects, stored);
        var rows = FigureSeed.Rows(_run, "rp", "regional-projects.csv");
        foreach (var project in expected)
        {
            Assert.Equal(project.Placements, int.Parse(rows.Single(r => r[0] == project.ProjectId && r[5] == "TOTAL")[6], CultureInfo.InvariantCulture));
            foreach (var (partner, count) in project.ByPartner)
            {
                Assert.Equal(count, int.Parse(rows.Single(r => r[0] == project.ProjectId && r[5] == partner.ToString())[6], CultureInfo.InvariantCulture));
            }
        }

        Assert.True(expected[0].Placements > 0);
        Assert.DoesNotContain(rows, r => r[0] == "TOTAL");
        Assert.StartsWith("projects.csv sha256:", Manifest("rp").GetProperty("parameters").GetProperty("projects").GetString(), StringComparison.Ordinal);
        await VerifiesAsync("rp", "regional-project-placements", 1, "placements-flow");
    }

    [Fact]
    public async Task H6_regional_project_extract_counts_the_projects_the_region_stored()
    {
        await FigureSeed.PlacementsAsync(_run);
        var stored = await _run.StoredPlacementsAsync();
        var employers = stored.Where(p => p.Region.Code.ToString() == "AM21").Select(p => p.Employer).Distinct().Take(20).ToArray();
        RegionalProject[] projects =
        [
            new("RP-A", "Haven", RegionCode.Parse("AM21"), new DateInterval(new LocalDate(2016, 1, 1), new LocalDate(2022, 12, 31)), employers, []),
            new("RP-B", "Kassa", RegionCode.Parse("AM21"), new DateInterval(new LocalDate(2019, 1, 1), new LocalDate(2019, 12, 31)), employers.Take(5), ["V00010"]),
            new("RP-C", "Elders", RegionCode.Parse("AM18"), s_all, [], ["V00011"]),
        ];
        using (var store = new Wsp.Sdk.Sqlite.SqliteWspStore(new Wsp.Sdk.Sqlite.SqliteStoreOptions { Path = _run.DatabasePath }))
        {
            await store.InitializeAsync();
            foreach (var project in projects)
            {
                await store.Projects.InsertAsync(project);
            }
        }

        await RunOkAsync("extract", "regional-projects", "--region", "AM21", "--out", "rp");

        var expected = RegionalProjectPlacements.Count(projects[..2], stored);
        var totals = FigureSeed.Rows(_run, "rp", "regional-projects.csv").Where(r => r[5] == "TOTAL").ToList();
        Assert.Equal(expected.Select(p => $"{p.ProjectId}:{p.Placements}"), totals.Select(r => $"{r[0]}:{r[6]}"));
        Assert.True(expected[0].Placements > 0);
        Assert.Equal("stored projects of AM21", Manifest("rp").GetProperty("parameters").GetProperty("projects").GetString());
    }

    [Fact]
    public async Task H5_coverage_extract_derives_the_employers_in_contact_from_the_records()
    {
        Assert.Equal(0, (await _run.RunAsync("demo", "--placements", "0")).Exit);
        var totals = await FigureSeed.TotalsAsync(_run);
        var asOf = new LocalDate(2026, 6, 30);
        EmployerContactsResult derived;
        using (var store = new Wsp.Sdk.Sqlite.SqliteWspStore(new Wsp.Sdk.Sqlite.SqliteStoreOptions { Path = _run.DatabasePath }))
        {
            await store.InitializeAsync();
            var before = await EmployerContacts.DeriveAsync(store, RegionCode.Parse("AM21"), asOf);
            var id = Assert.Single(before.AccountsWithoutStaffCount);
            var account = (await store.Accounts.FindAsync(id))!;
            await store.Accounts.ReplaceAsync(account.Value.RecordStaff(new EmployerStaffCount(new LocalDate(2026, 1, 1), 25, "RETAIL", "KvK handelsregister")), account.ETag);
            derived = await EmployerContacts.DeriveAsync(store, RegionCode.Parse("AM21"), asOf);
        }

        await RunOkAsync("extract", "coverage", "--region", "AM21", "--as-of", "2026-06-30", "--out", "cov");

        var expected = CoverageBySector.Compute(totals, derived);
        Assert.Equal(1, expected.Sectors.Single(s => s.SectorCode == "RETAIL").EmployersInContact);
        var rows = FigureSeed.Rows(_run, "cov", "coverage.csv");
        Assert.Equal(
            [.. expected.Sectors.Select(s => $"{s.SectorCode}:{s.EmployersInRegion}:{s.EmployersInContact}"), $"CONTACTS_OUTSIDE_TOTALS::{expected.ContactsOutsideTotals}", "ACCOUNTS_WITHOUT_STAFF_COUNT::0"],
            rows.Select(r => $"{r[0]}:{r[1]}:{r[2]}"));
        Assert.StartsWith("derived from the records", Manifest("cov").GetProperty("parameters").GetProperty("contacts").GetString(), StringComparison.Ordinal);
        await VerifiesAsync("cov", "sector-coverage", 1, "coverage-ratio");
    }

    [Fact]
    public async Task H6_a_bad_projects_file_is_refused_with_every_reason_and_nothing_is_written()
    {
        var file = _run.Write("projects.csv", string.Join("\n",
            "project_id,name,region_code,from,to,employer_kvks,vacancy_ids",
            "RP-1,Haven,AM99,2016-01-01,2020-12-31,12345678,",
            "RP-2,Zorg,AM21,2018-13-01,2025-12-31,,V1",
            "RP-3,Leeg,AM21,2018-01-01,2025-12-31,,") + "\n");

        var (exit, output, _) = await _run.RunAsync("extract", "regional-projects", "--projects", file, "--out", "rp");

        Assert.Equal(1, exit);
        Assert.Contains("line 2, region_code", output, StringComparison.Ordinal);
        Assert.Contains("line 3, from", output, StringComparison.Ordinal);
        Assert.Contains("line 4, project_id", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_run.Directory, "rp")));
        Assert.Equal(2, (await _run.RunAsync("extract", "regional-projects", "--projects", "missing.csv")).Exit);
    }

    [Fact]
    public async Task H5_coverage_extract_uses_the_stored_totals_with_their_source_and_equals_the_SDK()
    {
        var totals = await FigureSeed.TotalsAsync(_run);
        var file = _run.Write("contacts.csv", "kvk,sector_code,employees\n12345678,RETAIL,25\n23456789,RETAIL,5\n34567890,ICT,10\n45678901,HEALTHCARE,50\n");

        await RunOkAsync("extract", "coverage", "--region", "AM21", "--as-of", "2026-01-01", "--contacts", file, "--out", "cov");

        var expected = CoverageBySector.Compute(totals, [new(KvkNumber.Parse("12345678"), "RETAIL", 25), new(KvkNumber.Parse("23456789"), "RETAIL", 5), new(KvkNumber.Parse("34567890"), "ICT", 10), new(KvkNumber.Parse("45678901"), "HEALTHCARE", 50)]);
        var rows = FigureSeed.Rows(_run, "cov", "coverage.csv");
        Assert.Equal(
            [.. expected.Sectors.Select(s => $"{s.SectorCode}:{s.EmployersInRegion}:{s.EmployersInContact}"), $"CONTACTS_OUTSIDE_TOTALS::{expected.ContactsOutsideTotals}"],
            rows.Select(r => $"{r[0]}:{r[1]}:{r[2]}"));
        var parameters = Manifest("cov").GetProperty("parameters");
        Assert.Equal("KvK handelsregister, extract 2025-01-01", parameters.GetProperty("totalsSource").GetString());
        Assert.Equal("2025-01-01", parameters.GetProperty("totalsDate").GetString());
        await VerifiesAsync("cov", "sector-coverage", 1, "coverage-ratio");

        var (exit, _, error) = await _run.RunAsync("extract", "coverage", "--region", "AM21", "--as-of", "2024-12-31", "--contacts", file);
        Assert.Equal(1, exit);
        Assert.Contains("no sector employer totals", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task H5_the_coverage_what_if_extract_equals_the_readers_what_if_over_the_newest_totals_on_or_before_the_date()
    {
        await FigureSeed.TotalsAsync(_run);
        CoverageReport expected;
        using (var store = new Wsp.Sdk.Sqlite.SqliteWspStore(new Wsp.Sdk.Sqlite.SqliteStoreOptions { Path = _run.DatabasePath }))
        {
            await store.InitializeAsync();
            await store.EmployerTotals.InsertAsync(new SectorEmployerTotals(RegionCode.Parse("AM21"), new LocalDate(2026, 1, 1), "KvK handelsregister, extract 2026-01-01", new Dictionary<string, int> { ["RETAIL"] = 30, ["ICT"] = 3 }));
            expected = (await new ManagementInformationReader(store).CoverageAsync(RegionCode.Parse("AM21"), new LocalDate(2026, 6, 30), [new EmployerContact(KvkNumber.Parse("12345678"), "RETAIL", 25), new EmployerContact(KvkNumber.Parse("34567890"), "ICT", 10)]))!;
        }

        SqliteConnectionPools.Clear();
        var file = _run.Write("contacts.csv", "kvk,sector_code,employees\n12345678,RETAIL,25\n34567890,ICT,10\n");

        await RunOkAsync("extract", "coverage", "--region", "AM21", "--as-of", "2026-06-30", "--contacts", file, "--out", "cov");

        Assert.Equal(new LocalDate(2026, 1, 1), expected.TotalsDate);
        Assert.Equal(
            [.. expected.Sectors.Select(s => $"{s.SectorCode}:{s.EmployersInRegion}:{s.EmployersInContact}"), $"CONTACTS_OUTSIDE_TOTALS::{expected.ContactsOutsideTotals}"],
            FigureSeed.Rows(_run, "cov", "coverage.csv").Select(r => $"{r[0]}:{r[1]}:{r[2]}"));
        Assert.Equal("2026-01-01", Manifest("cov").GetProperty("parameters").GetProperty("totalsDate").GetString());
    }

    [Fact]
    public async Task H4_a_year_without_an_ambition_table_is_a_usage_error_naming_the_years_the_region_has_and_an_imported_year_is_extracted()
    {
        // Haaglanden's shipped 2015 table, imported again as the region's 2025 table (wsp import ambitions).
        var rows = Wsp.Sdk.Interchange.PlacementAmbitionsCsvV1.FormatRows(PlacementAmbitions.Haaglanden2015).Select(f => string.Join(',', f.Select((v, i) => i == 1 ? "2025" : v)));
        var file = _run.Write("ambitions-2025.csv", string.Join("\n", rows.Prepend(string.Join(',', Wsp.Sdk.Interchange.PlacementAmbitionsCsvV1.Columns))) + "\n");
        await RunOkAsync("import", "ambitions", file);

        var (exit, _, error) = await _run.RunAsync("extract", "ambition-realisation", "--region", "AM21", "--year", "2016");

        Assert.Equal(2, exit);
        Assert.Contains("(known years: 2015, 2025)", error, StringComparison.Ordinal);
        await RunOkAsync("extract", "ambition-realisation", "--region", "AM21", "--year", "2025", "--out", "ar");
        Assert.Equal(PlacementAmbitions.Haaglanden2015.Total.ToString(CultureInfo.InvariantCulture), FigureSeed.Rows(_run, "ar", "ambition-realisation.csv").Single(r => r[2] == "TOTAL" && r[3] == "TOTAL")[4]);
    }

    [Theory]
    [InlineData("extract", "job-agreement-breakdown", "--at", "2020-06-30", "--by", "target-group")]
    [InlineData("extract", "job-agreement-breakdown", "--at", "2020-06-30", "--by", "colour")]
    [InlineData("extract", "job-agreement-breakdown", "--at", "2020-06-30")]
    [InlineData("extract", "job-agreement-breakdown", "--at", "2020-06-30", "--by", "sector", "--region", "AM99")]
    [InlineData("extract", "ambition-realisation", "--region", "AM18", "--year", "2015")]
    [InlineData("extract", "ambition-realisation", "--region", "AM21")]
    [InlineData("extract", "arrangement-monitoring", "--from", "2025-12-31", "--to", "2025-01-01")]
    [InlineData("extract", "arrangement-monitoring", "--from", "2025-02-30", "--to", "2025-03-01")]
    [InlineData("extract", "late-vacancies", "--from", "2025-01-01")]
    [InlineData("extract", "coverage", "--as-of", "2025-01-01")]
    [InlineData("extract", "regional-projects")]
    [InlineData("extract", "late-vacancies", "--from", "2025-01-01", "--to", "2025-12-31", "--for", "press")]
    public async Task Bad_arguments_are_a_usage_error_with_the_reason(params string[] args)
    {
        var (exit, _, error) = await _run.RunAsync(args);

        Assert.Equal(2, exit);
        Assert.StartsWith("wsp: ", error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateDirectories(_run.Directory, "extract-*"));
    }

    [Fact]
    public async Task H6_grouping_by_target_group_is_refused_naming_the_rule()
    {
        var (_, _, error) = await _run.RunAsync("extract", "job-agreement-breakdown", "--at", "2020-06-30", "--by", "sector,target-group");

        Assert.Contains("[H6]", error, StringComparison.Ordinal);
    }

    private async Task RunOkAsync(params string[] args)
    {
        var (exit, output, error) = await _run.RunAsync(args);
        Assert.True(exit == 0, $"exit {exit}: {output}{error}");
    }

    private JsonElement Manifest(string directory) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(_run.Directory, directory, "manifest.json"))).RootElement;

    /// <summary>The manifest names the figure and the definition it is computed from, counts the rows, and <c>wsp verify</c> accepts it.</summary>
    private async Task VerifiesAsync(string directory, string figure, int version, string definition)
    {
        var manifest = Manifest(directory);
        Assert.Equal(figure, manifest.GetProperty("figure").GetProperty("id").GetString());
        Assert.Equal(version, manifest.GetProperty("figure").GetProperty("version").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(manifest.GetProperty("figure").GetProperty("computedFrom").GetString()));
        Assert.Equal(definition, manifest.GetProperty("definition").GetProperty("id").GetString());
        var csv = Path.Combine(_run.Directory, directory, manifest.GetProperty("file").GetString()!);
        Assert.Equal(File.ReadAllLines(csv).Length - 1, manifest.GetProperty("rowCount").GetInt64());
        Assert.False(string.IsNullOrWhiteSpace(manifest.GetProperty("sdkVersion").GetString()));
        var (exit, output, error) = await _run.RunAsync("verify", directory);
        Assert.True(exit == 0, output + error);
        Assert.Contains($"{figure}/{version} from {definition}/", output, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Key(PlacementGroupKey group, PlacementDimensions by)
    {
        if ((by & PlacementDimensions.Region) != 0)
        {
            yield return group.Region?.ToString() ?? "";
        }

        if ((by & PlacementDimensions.Sector) != 0)
        {
            yield return group.SectorCode ?? "";
        }

        if ((by & PlacementDimensions.Employer) != 0)
        {
            yield return group.Employer?.ToString() ?? "";
        }

        if ((by & PlacementDimensions.Partner) != 0)
        {
            yield return group.Partner?.ToString() ?? "";
        }
    }
}
