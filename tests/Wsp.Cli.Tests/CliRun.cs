using System.Globalization;
using System.Text;
using NodaTime;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Interchange;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Sqlite;
using Wsp.Sdk.Storage;
using Wsp.Sdk.TargetGroups;

namespace Wsp.Cli.Tests;

/// <summary>A working directory of its own (appsettings, wsp.db, extracts), removed after the test, and the tool run in it in process.</summary>
public sealed class CliRun : IDisposable
{
    public const string Header = "placement_id,vacancy_id,employer_kvk,municipality_code,sector_code,candidate_ref,booking_partner,target_groups,start_date,end_date,hours_per_week,employer_kind,arrangement_id";

    public CliRun()
    {
        Directory = Path.Combine(Path.GetTempPath(), "wsp-cli-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    public string DatabasePath => Path.Combine(Directory, "wsp.db");

    public Dictionary<string, string?> Settings { get; } = [];

    public async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var exit = await WspCli.RunAsync(args, new CliConsole(output, error, interactive: false, Directory, Settings));
        SqliteConnectionPools.Clear();
        return (exit, output.ToString(), error.ToString());
    }

    public string Write(string name, string text)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    public string WriteCsv(string name, IEnumerable<string> rows) => Write(name, string.Join("\n", rows.Prepend(Header)) + "\n");

    public async Task<List<Placement>> StoredPlacementsAsync()
    {
        using var store = new SqliteWspStore(new SqliteStoreOptions { Path = DatabasePath });
        await store.InitializeAsync();
        var list = new List<Placement>();
        await foreach (var p in store.Placements.StreamAsync(PlacementFilter.All))
        {
            list.Add(p);
        }

        return list;
    }

    public void Dispose()
    {
        SqliteConnectionPools.Clear();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a pooled connection: the temp directory is cleaned by the OS later.
        }
    }

    /// <summary>Rows of valid placements over several regions, 2015–2026, with and without BANENAFSPRAAK, as CSV lines.</summary>
    /// <summary>
    /// Rows that pass every check. One row in ten draws an arrangement id ARR-000…ARR-039; <paramref name="arrangement"/>
    /// turns the drawn id and the row's region into the id written (rule L2: only an arrangement the region joined), and
    /// without it the rows name none.
    /// </summary>
    public static IEnumerable<string> GoodRows(int count, int seed = 7, string prefix = "P", Func<string, RegionCode, string?>? arrangement = null)
    {
        var random = new Random(seed);
        string[] municipalities = ["GM0503", "GM0518", "GM0363", "GM0599", "GM0344", "GM0014", "GM0153", "GM0855", "GM0772", "GM0202"];
        string[] sectors = ["RETAIL", "ICT", "CARE_WELFARE_CLEANING"];
        for (var i = 0; i < count; i++)
        {
            var municipality = Gazetteer.Default.FindMunicipality(municipalities[random.Next(municipalities.Length)])!;
            var byUwv = random.Next(2) == 0;
            var groups = random.Next(3) switch
            {
                0 => byUwv ? TargetGroupSet.Of(TargetGroup.WW) : TargetGroupSet.Of(TargetGroup.Participatiewet),
                1 => byUwv ? TargetGroupSet.Of(TargetGroup.Wajong, TargetGroup.Banenafspraak) : TargetGroupSet.Of(TargetGroup.Participatiewet, TargetGroup.Banenafspraak),
                _ => TargetGroupSet.Of(TargetGroup.Banenafspraak, TargetGroup.Youth),
            };
            var start = new LocalDate(2015, 1, 1).PlusDays(random.Next(12 * 365));
            LocalDate? end = random.Next(2) == 0 ? start.PlusDays(random.Next(0, 3 * 365)) : null;
            var vacancy = $"V{random.Next(1000):D5}";
            var employer = KvkNumber.Parse(random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture));
            var sector = sectors[random.Next(sectors.Length)];
            var candidate = CandidateReference.Create($"K{random.Next(1_000_000):D7}");
            var hours = 4m + (random.Next(0, 145) * 0.25m);
            var kind = random.Next(10) < 7 ? EmployerKind.Market : EmployerKind.Government;
            var arrangementId = random.Next(10) == 0 ? Arrangement($"ARR-{random.Next(40):D3}", municipality.Region!.Code) : null;

            // A row under an arrangement is at the arrangement's employer (rule L2).
            var placement = new Placement(
                $"{prefix}{i:D6}",
                vacancy,
                arrangementId is null ? employer : KvkNumber.Parse(FigureSeed.EmployerKvk),
                municipality,
                sector,
                candidate,
                byUwv ? BookingPartner.Uwv : BookingPartner.ForMunicipality(municipality.Code),
                groups,
                start,
                end,
                hours,
                kind,
                arrangementId);
            yield return string.Join(",", PlacementsCsvV1.FormatRow(placement));
        }

        // The id is drawn whether or not it is written, so the other fields of every row stay the same.
        string? Arrangement(string drawn, RegionCode region) => arrangement?.Invoke(drawn, region);
    }
}

/// <summary>Releases pooled SQLite connections, so a test's file can be reopened and deleted.</summary>
internal static class SqliteConnectionPools
{
    public static void Clear() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
}
