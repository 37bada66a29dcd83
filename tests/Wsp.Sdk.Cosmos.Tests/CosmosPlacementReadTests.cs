using Microsoft.Azure.Cosmos;
using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Storage;
using Wsp.Sdk.Storage.Contract;
using Wsp.Testing.Cosmos;
using Xunit.Abstractions;

namespace Wsp.Sdk.Cosmos.Tests;

/// <summary>
/// How the Cosmos DB store reads placements for a page and for the management information, seen on the wire: what each
/// read asks of which partition and how many items it gets back (the stand-in has no request units; items read are what
/// they would cost).
/// </summary>
[Collection(CosmosStandInFixture.CollectionName)]
public sealed class CosmosPlacementReadTests : IAsyncLifetime
{
    private static readonly RegionCode s_haaglanden = RegionCode.Parse("AM21");
    private static readonly RegionCode s_amsterdam = RegionCode.Parse("AM18");

    private readonly CosmosStandInFixture _fixture;
    private readonly ITestOutputHelper _output;
    private readonly RecordingHandler _handler = new();
    private readonly CosmosStoreOptions _options = CosmosStores.Options();
    private readonly World _world = new();
    private CosmosClient? _client;
    private CosmosWspStore? _store;

    public CosmosPlacementReadTests(CosmosStandInFixture fixture, ITestOutputHelper output) => (_fixture, _output) = (fixture, output);

    private CosmosWspStore Store => _store!;

    private IPlacementAggregates Aggregates => (IPlacementAggregates)Store.Placements;

    public async Task InitializeAsync()
    {
        var options = new CosmosClientOptions();
        options.CustomHandlers.Add(_handler);
        _client = _fixture.StandIn.CreateClient(options);
        _store = await CosmosStores.CreateAsync(_client, _options);
        _handler.Clear();
    }

    public async Task DisposeAsync()
    {
        await CosmosStores.DeleteAsync(_fixture.Client, _options.DatabaseId);
        _client?.Dispose();
    }

    [Fact]
    public async Task A_page_of_placements_reads_about_a_page_of_booked_placements_not_every_one_after_its_position()
    {
        // 200 booked placements in Haaglanden, one every two weeks over eight years, and nothing imported.
        var booked = await BookAsync(vacancies: 25, each: 8, days: 14);
        var ordered = booked.Order(PlacementQuery.Order).ToList();
        var query = new PlacementQuery { Regions = [s_haaglanden], PageSize = 5 };

        foreach (var after in new Placement?[] { null, ordered[100], ordered[190] })
        {
            _handler.Clear();
            var page = await Store.Placements.QueryAsync(query, after is null ? null : PlacementQuery.ContinuationAfter(after));

            var from = after is null ? 0 : ordered.IndexOf(after) + 1;
            Assert.Equal(ordered.Skip(from).Take(5).Select(p => p.Id), page.Items.Select(p => p.Id));
            var read = _handler.Returned.Where(r => r.Query.StartsWith("SELECT VALUE p ", StringComparison.Ordinal)).Sum(r => r.Items);
            var queries = _handler.Returned.Count;
            _output.WriteLine($"page after {from} of 200: {read} booked placements read in {queries} queries (all {200 - from} after the position before)");

            // A page plus one needs about 84 days here; windows of 7, 14, 28, 56 and 112 days read at most twice that.
            Assert.InRange(read, 6, 16);
            Assert.All(_handler.Sent, r => Assert.Equal($"[\"{s_haaglanden}\"]", r.PartitionKey));
        }
    }

    [Fact]
    public async Task A_page_reads_imported_placements_after_its_position_at_most_a_page_plus_one_per_source()
    {
        await Store.Placements.ImportAsync("import-1", World.Async(World.Placements(300, "A", seed: 5)));
        await BookAsync(vacancies: 12, each: 8, days: 30);
        _handler.Clear();

        var page = await Store.Placements.QueryAsync(new PlacementQuery { Regions = [s_haaglanden, s_amsterdam], PageSize = 4 });

        Assert.Equal(4, page.Items.Count);
        Assert.All(_handler.Returned.Where(r => !r.Query.Contains("MIN(", StringComparison.Ordinal)), r => Assert.InRange(r.Items, 0, 5));
        Assert.All(_handler.Sent, r => Assert.Contains(r.PartitionKey, new[] { $"[\"{s_haaglanden}\"]", $"[\"{s_amsterdam}\"]" }));
    }

    [Fact]
    public async Task Security_the_started_and_job_agreement_placements_of_a_scope_are_read_from_its_regions_partitions_only()
    {
        await Store.Placements.ImportAsync("import-1", World.Async(World.Placements(300, "A", seed: 7)));
        await BookAsync(vacancies: 2, each: 3, days: 100);
        IReadOnlyCollection<RegionCode> scope = [s_haaglanden, s_amsterdam];
        var period = new DateInterval(new LocalDate(2015, 1, 1), new LocalDate(2030, 12, 31));
        _handler.Clear();

        var started = await World.ToListAsync(Aggregates.ReadStartedPlacementsAsync(period, scope));
        var jobs = await World.ToListAsync(Aggregates.ReadJobAgreementPlacementsAsync(new LocalDate(2022, 3, 1), scope));

        Assert.Contains(started, s => s.Key.Region == s_haaglanden);
        Assert.Contains(started, s => s.Key.Region == s_amsterdam);
        Assert.All(started, s => Assert.Contains(s.Key.Region, scope));
        Assert.NotEmpty(jobs);
        Assert.All(jobs, j => Assert.Contains(j.Key.Region, scope));

        // Every request names one of the scope's partitions: none goes across partitions, none to another region.
        var queries = _handler.Sent.Where(r => r.QueryText is not null).ToList();
        Assert.Equal(8, queries.Count); // per read, per region: the placements and the vacancies
        Assert.All(_handler.Sent, r => Assert.Contains(r.PartitionKey, new[] { $"[\"{s_haaglanden}\"]", $"[\"{s_amsterdam}\"]" }));
        Assert.All(queries, q => Assert.Contains("c.regionCode = @region", q.QueryText, StringComparison.Ordinal));
    }

    /// <summary>Books placements on vacancies in Delft (AM21), one every <paramref name="days"/> days from 2015.</summary>
    private async Task<List<Placement>> BookAsync(int vacancies, int each, int days)
    {
        var booked = new List<Placement>();
        var n = 0;
        for (var v = 1; v <= vacancies; v++)
        {
            var first = n;
            var vacancy = _world.BookedSince($"V-{v}", new LocalDate(2015, 1, 1), Enumerable.Range(first + 1, each).Select(candidate => (candidate, new LocalDate(2015, 1, 1).PlusDays(((candidate * 7919) % (vacancies * each)) * days))));
            n += each;

            await Store.Vacancies.InsertAsync(vacancy);
            booked.AddRange(vacancy.Placements);
        }

        return booked;
    }
}
