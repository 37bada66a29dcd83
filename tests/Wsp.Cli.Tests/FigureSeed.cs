using NodaTime;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Sectors;
using Wsp.Sdk.Sqlite;
using Wsp.Sdk.Storage;

namespace Wsp.Cli.Tests;

/// <summary>
/// A real SQLite file for the management-information extracts: placements imported by the tool (2015–2026, several
/// regions, some under arrangement ARR-001 where its regions joined it), three arrangements of the national desk in every stage, and
/// stored sector totals for Haaglanden; the figures the tests expect are computed by the SDK from the same store.
/// </summary>
internal static class FigureSeed
{
    public static readonly Instant At = Instant.FromUtc(2025, 1, 6, 9, 0);

    public static async Task PlacementsAsync(CliRun run, int count = 3000, int seed = 21, bool underArrangements = false)
    {
        var rows = CliRun.GoodRows(count, seed, arrangement: underArrangements ? UnderArrangement : null);
        var (exit, output, error) = await run.RunAsync("import", "placements", run.WriteCsv("placements.csv", rows));
        Assert.True(exit == 0, output + error);
    }

    /// <summary>
    /// The arrangement a seeded row names, after <see cref="ArrangementsAsync"/> (rule L2: only one its region joined):
    /// ARR-001 in Haaglanden (every drawn row) and in Midden-Utrecht (a quarter of them, so a few: a small count).
    /// </summary>
    private static string? UnderArrangement(string drawn, RegionCode region) => region.ToString() switch
    {
        "AM21" => "ARR-001",
        "AM13" when string.CompareOrdinal(drawn, "ARR-010") < 0 => "ARR-001",
        _ => null,
    };

    public static async Task<IReadOnlyList<Arrangement>> ArrangementsAsync(CliRun run)
    {
        var am21 = RegionCode.Parse("AM21");
        var am18 = RegionCode.Parse("AM18");
        var am13 = RegionCode.Parse("AM13");
        Arrangement[] arrangements =
        [
            Arrangement.FromState(State("ARR-001", "Supermarkt Nederland", ArrangementKind.JointWithUwv, ArrangementStatus.Final) with
            {
                Versions = [new ArrangementVersion(1, "Forty jobs in stores", 120, At), new ArrangementVersion(2, "Fifty jobs in stores and depots", 150, At.Plus(Duration.FromDays(20)))],
                Inputs = [new RegionalInput(am21, "Add the depot in Westland", 1, At.Plus(Duration.FromDays(10)))],
                Decisions =
                [
                    new RegionDecision(am13, true, 2, "contact-AM13", At.Plus(Duration.FromDays(30))),
                    new RegionDecision(am21, true, 2, "contact-AM21", At.Plus(Duration.FromDays(31))),
                    new RegionDecision(am18, false, 2, "contact-AM18", At.Plus(Duration.FromDays(32))),
                ],
                RegionalAgreements = [new RegionalAgreement(am21, "RA-Haaglanden-2014")],
                UwvReferences = ["UWV-LA-7"],
            }),
            Arrangement.FromState(State("ARR-002", "Zorggroep Nederland", ArrangementKind.Municipal, ArrangementStatus.Concept) with
            {
                Versions = [new ArrangementVersion(1, "Care jobs", 80, At)],
                Inputs = [new RegionalInput(RegionCode.Parse("AM01"), "Fewer night shifts", 1, At.Plus(Duration.FromDays(3)))],
            }),
            Arrangement.FromState(State("ARR-003", "Bouwbedrijf Nederland", ArrangementKind.Municipal, ArrangementStatus.Draft) with
            {
                Versions = [new ArrangementVersion(1, "Construction jobs", 200, At)],
            }),
        ];

        using var store = new SqliteWspStore(new SqliteStoreOptions { Path = run.DatabasePath });
        await store.InitializeAsync();
        foreach (var arrangement in arrangements)
        {
            await store.Arrangements.InsertAsync(arrangement);
        }

        return arrangements;
    }

    public static async Task<SectorEmployerTotals> TotalsAsync(CliRun run)
    {
        var totals = new SectorEmployerTotals(RegionCode.Parse("AM21"), new LocalDate(2025, 1, 1), "KvK handelsregister, extract 2025-01-01", new Dictionary<string, int> { ["RETAIL"] = 40, ["ICT"] = 12, ["SECURITY"] = 0 });
        using var store = new SqliteWspStore(new SqliteStoreOptions { Path = run.DatabasePath });
        await store.InitializeAsync();
        await store.EmployerTotals.InsertAsync(totals);
        return totals;
    }

    public static async Task<List<VacancySummary>> VacanciesAsync(CliRun run)
    {
        using var store = new SqliteWspStore(new SqliteStoreOptions { Path = run.DatabasePath });
        await store.InitializeAsync();
        var all = new List<VacancySummary>();
        string? continuation = null;
        do
        {
            var page = await store.Vacancies.QueryAsync(new Wsp.Sdk.Specifications.VacanciesInRegions(regions: null, take: 500), continuation);
            all.AddRange(page.Items);
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        return all;
    }

    /// <summary>The data rows of an extract's CSV (the tests write no field with a comma).</summary>
    /// <summary>The KvK number of every seeded arrangement's employer: a row under an arrangement is at it (rule L2).</summary>
    public const string EmployerKvk = "87654321";

    public static List<string[]> Rows(CliRun run, string directory, string file) =>
        [.. File.ReadAllLines(Path.Combine(run.Directory, directory, file)).Skip(1).Select(l => l.Split(','))];

    public static string[] Header(CliRun run, string directory, string file) =>
        File.ReadLines(Path.Combine(run.Directory, directory, file)).First().Split(',');

    private static ArrangementState State(string id, string employer, ArrangementKind kind, ArrangementStatus status) => new()
    {
        Id = id,
        AccountId = "EA-" + id,
        EmployerName = employer,
        Employer = KvkNumber.Parse(EmployerKvk),
        Kind = kind,
        AdvisorId = "ADV-1",
        Status = status,
        Versions = [],
        Inputs = [],
        Decisions = [],
        RegionalAgreements = [],
        UwvReferences = [],
    };
}
