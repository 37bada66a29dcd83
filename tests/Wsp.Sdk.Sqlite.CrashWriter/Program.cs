using System.Diagnostics;
using System.Globalization;
using NodaTime;
using NodaTime.Testing;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Sqlite;
using Wsp.Sdk.Storage;
using Wsp.Sdk.TargetGroups;
using Wsp.Sdk.Vacancies;

// Usage: Wsp.Sdk.Sqlite.CrashWriter <store file> <parent pid> [max seconds]. Writes until killed, but never outlives the
// test that started it: it stops (exit 3) when the parent process is gone or after max seconds (default 60), so a
// hung or aborted test run cannot leave it filling the disk.
if (args.Length is < 2 or > 3
    || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var parentId)
    || !int.TryParse(args.Length == 3 ? args[2] : "60", NumberStyles.None, CultureInfo.InvariantCulture, out var maxSeconds))
{
    await Console.Error.WriteLineAsync("usage: Wsp.Sdk.Sqlite.CrashWriter <store file> <parent pid> [max seconds]");
    return 2;
}

var deadline = Stopwatch.StartNew();

using var store = new SqliteWspStore(new SqliteStoreOptions { Path = args[0] });
await store.InitializeAsync();
var clock = new FakeClock(Instant.FromUtc(2026, 3, 2, 9, 0));
var delft = BookingPartner.Parse("GM0503");
var municipality = Gazetteer.Default.FindMunicipality("GM0503")!;
var establishment = new Establishment(Postcode.Parse("2611 AB"), municipality);
var account = EmployerAccount.Register(
    new EmployerRegistration($"EA-{Environment.ProcessId}", "Bakkerij De Korenbloem", establishment, delft, EmployerKind.Market, RegistrationReason.VacancyReported, KvkNumber.Parse("12345678")),
    [],
    clock).Account!;
var groups = TargetGroupSet.Of(TargetGroup.Participatiewet, TargetGroup.Banenafspraak);
var announced = false;
for (var round = 0; ; round++)
{
    var id = string.Create(CultureInfo.InvariantCulture, $"V-{Environment.ProcessId}-{round}");
    var vacancy = Vacancy.Register(
        new VacancyRegistration(id, account, establishment, delft, "Baker's assistant", "RETAIL", clock.GetCurrentInstant(), new LocalDate(2026, 6, 30), Publication.Open("jobs@example.nl"), true, 5, groups, SelectionCriteria.None, null),
        clock);
    await store.Vacancies.InsertAsync(vacancy);
    for (var candidate = 0; candidate < 5; candidate++)
    {
        var reference = CandidateReference.Create(string.Create(CultureInfo.InvariantCulture, $"cand-{round}-{candidate}"));
        await store.Vacancies.UpdateAsync(id, v => v.Refer(reference, delft, groups, meetsRequirements: true, clock));
        await store.Vacancies.UpdateAsync(id, v => v.BookPlacement(new PlacementBooking($"P-{id}-{candidate}", reference, delft, new LocalDate(2026, 3, 16), 25.5m), clock));
    }

    // A large import: the kill is likely to land inside its one transaction.
    await store.Placements.ImportAsync(
        string.Create(CultureInfo.InvariantCulture, $"import-{Environment.ProcessId}-{round}"),
        Placements(id, 20_000, municipality, delft, groups));
    if (!announced)
    {
        Console.WriteLine("writing");
        announced = true;
    }

    if (deadline.Elapsed.TotalSeconds > maxSeconds || !IsRunning(parentId))
    {
        await Console.Error.WriteLineAsync($"Stopped: the parent {parentId} is gone or {maxSeconds} s passed.");
        return 3;
    }
}

static bool IsRunning(int processId)
{
    try
    {
        using var process = Process.GetProcessById(processId);
        return !process.HasExited;
    }
    catch (ArgumentException)
    {
        return false;
    }
}

static async IAsyncEnumerable<Placement> Placements(string prefix, int count, Municipality municipality, BookingPartner partner, TargetGroupSet groups)
{
    for (var i = 0; i < count; i++)
    {
        yield return new Placement(
            string.Create(CultureInfo.InvariantCulture, $"I-{prefix}-{i}"),
            prefix,
            KvkNumber.Parse("12345678"),
            municipality,
            "RETAIL",
            CandidateReference.Create(string.Create(CultureInfo.InvariantCulture, $"K{i}")),
            partner,
            groups,
            new LocalDate(2020, 1, 1).PlusDays(i % 2000),
            null,
            25.5m,
            EmployerKind.Market);
    }

    await Task.CompletedTask;
}
