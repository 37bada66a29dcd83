using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Testing;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Sqlite;
using Wsp.Sdk.Storage;
using Wsp.Sdk.TargetGroups;
using Wsp.Sdk.Vacancies;

namespace Wsp.Sdk.Benchmarks;

/// <summary>
/// The embedded SQLite store (issue 4, item 6), on a real file in the temp directory with the default options (WAL,
/// synchronous NORMAL). Targets: single bookings through the repository (read the vacancy, book, replace) at least
/// 3,000/s; bulk insert of placements at least 100,000 rows/s; reading one vacancy by id at most 1 ms.
/// </summary>
[MemoryDiagnoser]
public class StoreBenchmarks : IDisposable
{
    private const int Bookings = 1_000;
    private const int ImportRows = 100_000;
    private static readonly BookingPartner s_delft = BookingPartner.Parse("GM0503");
    private static readonly TargetGroupSet s_groups = TargetGroupSet.Of(TargetGroup.Participatiewet, TargetGroup.Banenafspraak);

    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 3, 2, 9, 0));
    private string _directory = "";
    private SqliteWspStore _store = null!;
    private EmployerAccount _account = null!;
    private Placement[] _placements = [];
    private int _round;
    private string? _lastImport;

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "wsp-store-benchmarks", Guid.NewGuid().ToString("N"));
        _store = new SqliteWspStore(new SqliteStoreOptions { Path = Path.Combine(_directory, "wsp.db") });
        _store.InitializeAsync().GetAwaiter().GetResult();
        var establishment = new Establishment(Postcode.Parse("2611 AB"), Gazetteer.Default.FindMunicipality("GM0503")!);
        _account = EmployerAccount.Register(
            new EmployerRegistration("EA-1", "Bakkerij De Korenbloem", establishment, s_delft, EmployerKind.Market, RegistrationReason.VacancyReported, KvkNumber.Parse("12345678")),
            [],
            _clock).Account!;
        _store.Accounts.InsertAsync(_account).GetAwaiter().GetResult();

        // The vacancy read by id: three referrals, two placements.
        var vacancy = Register("V-read", positions: 3);
        for (var i = 0; i < 3; i++)
        {
            vacancy = vacancy.Refer(Candidate($"read-{i}"), s_delft, s_groups, meetsRequirements: true, _clock);
        }

        vacancy = vacancy.BookPlacement(Booking("P-read-0", "read-0"), _clock).BookPlacement(Booking("P-read-1", "read-1"), _clock);
        _store.Vacancies.InsertAsync(vacancy).GetAwaiter().GetResult();
        _placements = PlacementData.Generate(ImportRows);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _store?.Dispose();
        }
    }

    [IterationSetup(Target = nameof(BookPlacement))]
    public void SetupBookings()
    {
        // Fresh vacancies, each with one referred candidate, so every booking does the same work.
        _round++;
        for (var i = 0; i < Bookings; i++)
        {
            var vacancy = Register(VacancyId(i), positions: 1).Refer(Candidate(VacancyId(i)), s_delft, s_groups, meetsRequirements: true, _clock);
            _store.Vacancies.InsertAsync(vacancy).GetAwaiter().GetResult();
        }
    }

    /// <summary>One booking: read the vacancy, book a placement on it (rule H13), replace it over its ETag. Per booking.</summary>
    [Benchmark(OperationsPerInvoke = Bookings)]
    [InvocationCount(1)]
    public async Task BookPlacement()
    {
        for (var i = 0; i < Bookings; i++)
        {
            var id = VacancyId(i);
            var read = (await _store.Vacancies.FindAsync(id).ConfigureAwait(false))!;
            var booked = read.Value.BookPlacement(Booking("P-" + id, id), _clock);
            await _store.Vacancies.ReplaceAsync(booked, read.ETag).ConfigureAwait(false);
        }
    }

    [IterationSetup(Target = nameof(ImportPlacements))]
    public void SetupImport()
    {
        if (_lastImport is not null)
        {
            _store.Placements.RollbackImportAsync(_lastImport).GetAwaiter().GetResult();
        }

        _lastImport = string.Create(CultureInfo.InvariantCulture, $"import-{++_round}");
    }

    /// <summary>Bulk insert: 100,000 placements imported in one transaction. Per row.</summary>
    [Benchmark(OperationsPerInvoke = ImportRows)]
    [InvocationCount(1)]
    public async Task<ImportResult> ImportPlacements() =>
        await _store.Placements.ImportAsync(_lastImport!, Async(_placements)).ConfigureAwait(false);

    /// <summary>A point read of one vacancy (two placements, three referrals) by id, rebuilt into the domain type.</summary>
    [Benchmark]
    public async Task<Versioned<Vacancy>?> FindVacancy() => await _store.Vacancies.FindAsync("V-read").ConfigureAwait(false);

    private string VacancyId(int i) => string.Create(CultureInfo.InvariantCulture, $"V-{_round}-{i}");

    private Vacancy Register(string id, int positions) => Vacancy.Register(
        new VacancyRegistration(id, _account, _account.Establishments[0], s_delft, "Baker's assistant", "RETAIL", _clock.GetCurrentInstant(), new LocalDate(2026, 6, 30), Publication.Open("jobs@example.nl"), true, positions, s_groups, SelectionCriteria.None, null),
        _clock);

    private static CandidateReference Candidate(string id) => CandidateReference.Create("cand-" + id);

    private static PlacementBooking Booking(string placementId, string candidate) =>
        new(placementId, Candidate(candidate), s_delft, new LocalDate(2026, 3, 16), 25.5m);

    private static async IAsyncEnumerable<Placement> Async(Placement[] placements)
    {
        foreach (var placement in placements)
        {
            yield return placement;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}

/// <summary>
/// A count over 1,000,000 imported placements in the SQLite file (issue 4, item 4): job-agreement jobs at a date,
/// streamed from the store with the filter in SQL. No target; the figure goes to docs/storage.md.
/// </summary>
[MemoryDiagnoser]
public class StoreCountBenchmarks : IDisposable
{
    private static readonly LocalDate s_measuringDate = new(2025, 12, 31);
    private string _directory = "";
    private SqliteWspStore _store = null!;

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "wsp-store-benchmarks", Guid.NewGuid().ToString("N"));
        _store = new SqliteWspStore(new SqliteStoreOptions { Path = Path.Combine(_directory, "wsp.db") });
        _store.InitializeAsync().GetAwaiter().GetResult();
        var placements = PlacementData.Generate(1_000_000);
        _store.Placements.ImportAsync("import-1m", Async(placements)).GetAwaiter().GetResult();
        var inMemory = JobAgreementJobs.Count(placements, s_measuringDate);
        var fromStore = JobAgreementJobs_CountAsync().GetAwaiter().GetResult();
        Console.WriteLine($"// in memory: {inMemory.Jobs:N1} jobs, {inMemory.WorkingPersons:N0} persons; from the store: {fromStore.Jobs:N1} jobs, {fromStore.WorkingPersons:N0} persons");
        if (inMemory.Jobs != fromStore.Jobs || inMemory.WorkingPersons != fromStore.WorkingPersons)
        {
            throw new InvalidOperationException("The count over the store differs from the count in memory.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _store?.Dispose();
        }
    }

    /// <summary>Job-agreement jobs at 2025-12-31 over 1,000,000 placements streamed from the file (filter ActiveOn in SQL).</summary>
    [Benchmark]
    public async Task<JobAgreementStockResult> JobAgreementJobs_CountAsync() =>
        await JobAgreementJobs.CountAsync(_store.Placements.StreamAsync(PlacementFilter.ActiveOn(s_measuringDate)), s_measuringDate).ConfigureAwait(false);

    private static async IAsyncEnumerable<Placement> Async(Placement[] placements)
    {
        foreach (var placement in placements)
        {
            yield return placement;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
