using System.Net;
using BenchmarkDotNet.Attributes;
using Microsoft.Azure.Cosmos;
using NodaTime;
using Wsp.Sdk.Cosmos;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Storage;
using Wsp.Sdk.TargetGroups;
using Wsp.Sdk.Vacancies;
using Wsp.Testing.Cosmos;

namespace Wsp.Sdk.Benchmarks;

/// <summary>
/// Reading one vacancy by id through the Cosmos DB store against the test stand-in (target, issue 4: at most 1 ms).
/// The floor is the same point read on the SDK's stream API without the store; the difference is what the store adds
/// (the id's partition from its cache, JSON, mapping to the domain). <c>Map</c> measures that part alone, in process.
/// </summary>
[MemoryDiagnoser]
public class CosmosReadBenchmarks
{
    private CosmosStandIn? _standIn;
    private CosmosClient? _client;
    private CosmosWspStore? _store;
    private Container? _container;
    private byte[] _document = [];

    [GlobalSetup]
    public async Task Setup()
    {
        _standIn = await CosmosStandIn.StartAsync();
        _client = _standIn.CreateClient();
        var options = new CosmosStoreOptions { DatabaseId = "bench", UseBulkImport = false };
        _store = new CosmosWspStore(_client, options);
        await _store.InitializeAsync();
        _container = _client.GetDatabase(options.DatabaseId).GetContainer(options.VacanciesContainerId);

        // A vacancy as it is after some work: three referrals, two placements, one raise of the workplaces.
        var clock = SystemClock.Instance;
        var delft = BookingPartner.Parse("GM0503");
        var establishment = new Establishment(Postcode.Parse("2611 AB"), Gazetteer.Default.FindMunicipality("GM0503")!);
        var account = EmployerAccount.Register(
            new EmployerRegistration("EA-1", "Bakkerij De Korenbloem B.V.", establishment, delft, EmployerKind.Market, RegistrationReason.VacancyReported, KvkNumber.Parse("12345678")),
            [],
            clock).Account!;
        var vacancy = Vacancy.Register(
            new VacancyRegistration("V-1", account, establishment, delft, "Baker's assistant", "RETAIL", clock.GetCurrentInstant() - Duration.FromHours(2), new LocalDate(2099, 6, 30), Publication.Open("jobs@korenbloem.example"), true, 3, default, SelectionCriteria.None, null),
            clock);
        var groups = TargetGroupSet.Of(TargetGroup.Participatiewet, TargetGroup.Banenafspraak);
        for (var i = 1; i <= 3; i++)
        {
            vacancy = vacancy.Refer(CandidateReference.Create($"cand-{i:D4}"), delft, groups, meetsRequirements: true, clock);
        }

        vacancy = vacancy.BookPlacement(new PlacementBooking("P-1", CandidateReference.Create("cand-0001"), delft, new LocalDate(2026, 3, 16), 25.5m), clock);
        vacancy = vacancy.BookPlacement(new PlacementBooking("P-2", CandidateReference.Create("cand-0002"), delft, new LocalDate(2026, 3, 16), 12.75m), clock);
        await _store.Vacancies.InsertAsync(vacancy);

        using var response = await _container.ReadItemStreamAsync("V-1", new PartitionKey("AM21"));
        using var copy = new MemoryStream();
        await response.Content.CopyToAsync(copy);
        _document = copy.ToArray();
        Expect((await _store.Vacancies.FindAsync("V-1"))?.Value.Placements.Count == 2, "the store reads V-1 with its two placements");
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _client?.Dispose();
        if (_standIn is not null)
        {
            await _standIn.DisposeAsync();
        }
    }

    [Benchmark(Description = "store: Vacancies.FindAsync(id)")]
    public async Task<Versioned<Vacancy>?> FindAsync() => await _store!.Vacancies.FindAsync("V-1");

    [Benchmark(Baseline = true, Description = "floor: ReadItemStreamAsync(id, pk)")]
    public async Task<HttpStatusCode> ReadItemStream()
    {
        using var response = await _container!.ReadItemStreamAsync("V-1", new PartitionKey("AM21"));
        return response.StatusCode;
    }

    [Benchmark(Description = "store's own work: JSON → document → Vacancy")]
    public Vacancy Map() => Mapping.ToVacancy(Json.FromStream<VacancyDocument>(new MemoryStream(_document, writable: false)));

    private static void Expect(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"Benchmark setup: expected that {what}.");
        }
    }
}
