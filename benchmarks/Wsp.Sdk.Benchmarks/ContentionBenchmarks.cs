using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Azure.Cosmos;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Testing;
using Wsp.Sdk.Cosmos;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Sqlite;
using Wsp.Sdk.Storage;
using Wsp.Sdk.TargetGroups;
using Wsp.Sdk.Vacancies;
using Wsp.Testing.Cosmos;

namespace Wsp.Sdk.Benchmarks;

/// <summary>
/// <see cref="Writers"/> partners book on one vacancy at the same moment through <c>StoreUpdates.UpdateAsync</c> (issue
/// 21): how long until all have booked, and what the contention costs, with <see cref="ConflictRetry.Default"/> and with
/// the same bound but no waits. Every round must end with every booking stored (checked); what is counted per booking
/// (attempts, and on Cosmos DB the requests by kind, to estimate request units) is printed at the end of each case.
/// </summary>
[Config(typeof(Rounds))]
public class ContentionBenchmarks
{
    private static readonly BookingPartner s_delft = BookingPartner.Parse("GM0503");
    private static readonly TargetGroupSet s_groups = TargetGroupSet.Of(TargetGroup.Participatiewet, TargetGroup.Banenafspraak);

    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 3, 2, 9, 0));
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);
    private CosmosStandIn? _standIn;
    private CosmosClient? _client;
    private string? _directory;
    private IWspStore _store = null!;
    private EmployerAccount _account = null!;
    private ConflictRetry _retry = ConflictRetry.Default;
    private string _vacancyId = "";
    private int _round;
    private int _attempts;
    private int _bookings;

    [Params("sqlite", "cosmos")]
    public string Store { get; set; } = "sqlite";

    [Params(16, 64)]
    public int Writers { get; set; }

    [Params("default", "no waits")]
    public string Retry { get; set; } = "default";

    [GlobalSetup]
    public async Task Setup()
    {
        _retry = Retry == "default" ? ConflictRetry.Default : ConflictRetry.Default with { BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero };
        if (Store == "cosmos")
        {
            _standIn = await CosmosStandIn.StartAsync();
            var options = new CosmosClientOptions();
            options.CustomHandlers.Add(new CountingHandler(_requests));
            _client = _standIn.CreateClient(options);
            var store = new CosmosWspStore(_client, new CosmosStoreOptions { DatabaseId = "contention", UseBulkImport = false, Clock = _clock });
            await store.InitializeAsync();
            _store = store;
        }
        else
        {
            _directory = Path.Combine(Path.GetTempPath(), "wsp-contention-benchmarks", Guid.NewGuid().ToString("N"));
            var store = new SqliteWspStore(new SqliteStoreOptions { Path = Path.Combine(_directory, "wsp.db") });
            await store.InitializeAsync();
            _store = store;
        }

        var establishment = new Establishment(Postcode.Parse("2611 AB"), Gazetteer.Default.FindMunicipality("GM0503")!);
        _account = EmployerAccount.Register(
            new EmployerRegistration("EA-1", "Bakkerij De Korenbloem", establishment, s_delft, EmployerKind.Market, RegistrationReason.VacancyReported, KvkNumber.Parse("12345678")),
            [],
            _clock).Account!;
    }

    /// <summary>A fresh co-production vacancy with a referral per writer (rules H13, H16), written before the round.</summary>
    [IterationSetup]
    public void NewVacancy()
    {
        _round++;
        _vacancyId = $"V-{_round}";
        var vacancy = Vacancy.Register(
            new VacancyRegistration(_vacancyId, _account, _account.Establishments[0], s_delft, "Baker's assistant", "RETAIL", _clock.GetCurrentInstant() - Duration.FromHours(2), new LocalDate(2026, 6, 30), Publication.Open("jobs@korenbloem.example"), true, Writers, default, SelectionCriteria.None, $"CP-{_round}"),
            _clock);
        for (var i = 0; i < Writers; i++)
        {
            vacancy = vacancy.Refer(Candidate(i), s_delft, s_groups, meetsRequirements: true, _clock);
        }

        _store.Vacancies.InsertAsync(vacancy).GetAwaiter().GetResult();
        _requests.Clear();
    }

    [Benchmark(Description = "N concurrent bookings on one vacancy, all stored")]
    public async Task Book()
    {
        using var start = new SemaphoreSlim(0);
        var bookings = Enumerable.Range(0, Writers).Select(i => Task.Run(async () =>
        {
            await start.WaitAsync();
            await _store.Vacancies.UpdateAsync(_vacancyId, v =>
            {
                Interlocked.Increment(ref _attempts);
                return v.BookPlacement(new PlacementBooking($"P-{_round}-{i}", Candidate(i), s_delft, new LocalDate(2026, 3, 16), 25.5m), _clock);
            }, _retry);
        })).ToArray();
        start.Release(Writers);
        await Task.WhenAll(bookings);
        _bookings += Writers;
    }

    [IterationCleanup]
    public void Check()
    {
        var stored = _store.Vacancies.FindAsync(_vacancyId).GetAwaiter().GetResult()!.Value;
        if (stored.Placements.Count != Writers)
        {
            throw new InvalidOperationException($"{stored.Placements.Count} of {Writers} bookings stored.");
        }

        foreach (var (kind, count) in _requests)
        {
            _totals.AddOrUpdate(kind, count, (_, total) => total + count);
        }
    }

    private readonly ConcurrentDictionary<string, int> _totals = new(StringComparer.Ordinal);

    [GlobalCleanup]
    public async Task Cleanup()
    {
        var perBooking = string.Join(", ", _totals.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key} {(double)t.Value / _bookings:0.00}")));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// contention {Store} writers={Writers} retry={Retry}: {_bookings} bookings, attempts per booking {(double)_attempts / _bookings:0.00}; requests per booking: {perBooking}"));
        (_store as IDisposable)?.Dispose();
        _client?.Dispose();
        if (_standIn is not null)
        {
            await _standIn.DisposeAsync();
        }

        if (_directory is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static CandidateReference Candidate(int i) => CandidateReference.Create($"cand-{i:D4}");

    /// <summary>
    /// A round is one operation (invocation count 1, a fresh vacancy each), measured 8 times after one warm-up. In
    /// process: a round on the stand-in takes seconds, and building BenchmarkDotNet's separate project timed out (2 min)
    /// on the shared two-core machine.
    /// </summary>
    private sealed class Rounds : ManualConfig
    {
        public Rounds() => AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(8)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)));
    }

    /// <summary>Counts the requests the store sends, by method, container and answer (200, 201, 204, 412, …).</summary>
    private sealed class CountingHandler(ConcurrentDictionary<string, int> requests) : RequestHandler
    {
        public override async Task<ResponseMessage> SendAsync(RequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var uri = request.RequestUri.OriginalString;
            var container = uri.Contains("/colls/keys", StringComparison.Ordinal) ? "keys" : "vacancies";
            requests.AddOrUpdate($"{request.Method.Method} {container} {(int)response.StatusCode}", 1, (_, n) => n + 1);
            return response;
        }
    }
}
