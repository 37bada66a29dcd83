using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Storage.Contract;

namespace Wsp.Sdk.Sqlite.Tests;

/// <summary>
/// The imported placements' chunks (migration 11): the flows and durability read a period's rows of each chunk, so they
/// must give what the definitions give over the streamed placements at every chunk boundary, after an upgrade and after a
/// rollback.
/// </summary>
public sealed class PlacementChunksTests : IAsyncLifetime
{
    private static readonly DateInterval[] s_periods =
    [
        new(new(2015, 1, 1), new(2015, 1, 1)),
        new(new(2019, 2, 1), new(2019, 2, 28)),
        new(new(2022, 1, 1), new(2022, 12, 31)),
        new(new(2010, 1, 1), new(2030, 12, 31)),
        new(new(2031, 1, 1), new(2031, 12, 31)),
    ];

    private SqliteWspStore _store = null!;

    public async Task InitializeAsync() => _store = (SqliteWspStore)await SqliteTestStore.CreateAsync();

    public Task DisposeAsync() => SqliteTestStore.DisposeAsync(_store);

    [Fact]
    public async Task H3_an_import_larger_than_a_chunk_is_counted_from_its_chunks_as_the_definitions_count_its_placements()
    {
        var placements = World.Placements(PlacementChunks.RowsPerChunk + 4_000, "C", seed: 11);
        await _store.Placements.ImportAsync("big", World.Async(placements));

        Assert.Equal((2L, (long)placements.Length), Chunks());
        await AssertFiguresEqualTheDefinitionsAsync(placements);
    }

    [Fact]
    public async Task H6_by_employer_the_rows_after_a_chunk_that_grouping_hardly_summed_are_handed_out_one_by_one_and_count_the_same()
    {
        // The first chunk: every placement its own employer (grouping sums nothing); after it, 4,000 at one employer.
        var one = Employers.KvkNumber.Parse("00000042");
        var placements = World.Placements(PlacementChunks.PassOnSample + 4_000, "O", seed: 15).OrderBy(p => p.Start).ThenBy(p => p.Id, StringComparer.Ordinal).ToArray();
        for (var i = PlacementChunks.PassOnSample; i < placements.Length; i++)
        {
            placements[i] = AtEmployer(placements[i], one);
        }

        await _store.Placements.ImportAsync("one-by-one", World.Async(placements));
        var all = new DateInterval(new(2010, 1, 1), new(2030, 12, 31));
        var cells = await ((IPlacementAggregates)_store.Placements).ReadPlacementStartsAsync(all, PlacementDimensions.Employer).ToListAsync();

        // Grouped, the 4,000 would be one cell; handed out one by one, they are 4,000, which a count adds up.
        Assert.Equal(4_000, cells.Count(c => c.Employer == one && c.Placements == 1));
        Assert.Equal(placements.Length, cells.Sum(c => c.Placements));
        var reader = new ManagementInformationReader(_store);
        foreach (var by in (PlacementDimensions[])[PlacementDimensions.Employer, PlacementDimensions.Region | PlacementDimensions.Employer | PlacementDimensions.TargetGroup])
        {
            Assert.Equal(Describe(PlacementsFlow.Count(placements, all, by)), Describe(await reader.PlacementsFlowAsync(all, by)));
        }

        static Placement AtEmployer(Placement p, Employers.KvkNumber employer) =>
            new(p.Id, p.VacancyId, employer, p.Municipality, p.SectorCode, p.Candidate, p.BookingPartner, p.TargetGroups, p.Start, p.End, p.HoursPerWeek, p.EmployerKind, p.ArrangementId);
    }

    [Fact]
    public async Task H6_by_employer_a_grouping_that_sums_goes_on_to_the_end()
    {
        var two = new[] { Employers.KvkNumber.Parse("00000042"), Employers.KvkNumber.Parse("99999999") };
        var placements = World.Placements(PlacementChunks.PassOnSample + 4_000, "S", seed: 16)
            .Select((p, i) => new Placement(p.Id, p.VacancyId, two[i % 2], p.Municipality, p.SectorCode, p.Candidate, p.BookingPartner, p.TargetGroups, p.Start, p.End, p.HoursPerWeek, p.EmployerKind, p.ArrangementId))
            .ToArray();
        await _store.Placements.ImportAsync("summed", World.Async(placements));
        var all = new DateInterval(new(2010, 1, 1), new(2030, 12, 31));

        var cells = await ((IPlacementAggregates)_store.Placements).ReadPlacementStartsAsync(all, PlacementDimensions.Employer).ToListAsync();
        Assert.Equal(two, cells.Select(c => c.Employer!.Value).Order());
        Assert.Equal([placements.Length / 2, placements.Length / 2], cells.Select(c => c.Placements));
    }

    [Fact]
    public async Task A_version_10_file_gets_the_chunks_of_its_imports_on_upgrade_and_a_rollback_removes_an_imports_chunks()
    {
        var early = World.Placements(300, "E", seed: 12);
        var late = World.Placements(200, "L", seed: 13);
        await _store.Placements.ImportAsync("early", World.Async(early));
        await _store.Placements.ImportAsync("late", World.Async(late));

        // As version 10 left the file: no chunks, the placements only.
        SqliteFile.Execute(_store.Options.Path, Downgrades.ToVersion10 + "PRAGMA user_version = 10;");

        using var upgraded = new SqliteWspStore(_store.Options);
        await upgraded.InitializeAsync();
        Assert.Equal((2L, 500L), Chunks());
        await AssertFiguresEqualTheDefinitionsAsync([.. early, .. late], upgraded);

        Assert.Equal(300, await upgraded.Placements.RollbackImportAsync("early"));
        Assert.Equal((1L, 200L), Chunks());
        await AssertFiguresEqualTheDefinitionsAsync(late, upgraded);
    }

    [Fact]
    public async Task A_cell_of_placement_starts_is_dated_by_its_last_start_when_a_later_import_holds_earlier_starts()
    {
        // Each chunk's days ascend, but the chunks of two imports need not: the second import here starts before the first ends.
        var all = World.Placements(600, "D", seed: 14);
        await _store.Placements.ImportAsync("later-starts", World.Async([.. all.Where(p => p.Start.Year >= 2022)]));
        await _store.Placements.ImportAsync("earlier-starts", World.Async([.. all.Where(p => p.Start.Year < 2022)]));

        var cells = new List<PlacementStartsCell>();
        await foreach (var cell in ((IPlacementAggregates)_store.Placements).ReadPlacementStartsAsync(new DateInterval(new(2010, 1, 1), new(2030, 12, 31)), PlacementDimensions.Region))
        {
            cells.Add(cell);
        }

        var expected = all.GroupBy(p => p.Region.Code.ToString()).Select(g => (g.Key, g.Max(p => p.Start))).Order();
        Assert.Equal(expected, cells.Select(c => (c.Key.Region.ToString(), c.Date)).Order());
    }

    private Task AssertFiguresEqualTheDefinitionsAsync(Placement[] placements) => AssertFiguresEqualTheDefinitionsAsync(placements, _store);

    private static async Task AssertFiguresEqualTheDefinitionsAsync(Placement[] placements, SqliteWspStore store)
    {
        var reader = new ManagementInformationReader(store);
        Assert.True(reader.UsesPreAggregates);
        var aggregates = (IPlacementAggregates)store.Placements;
        var measuringDate = new LocalDate(2026, 12, 31);
        foreach (var period in s_periods)
        {
            foreach (var by in (PlacementDimensions[])[PlacementDimensions.None, PlacementDimensions.Region | PlacementDimensions.Sector, PlacementDimensions.TargetGroup | PlacementDimensions.Partner | PlacementDimensions.Arrangement, PlacementDimensions.Employer])
            {
                Assert.Equal(Describe(PlacementsFlow.Count(placements, period, by)), Describe(await reader.PlacementsFlowAsync(period, by)));
            }

            Assert.Equal(
                Describe(PlacementDurability.Count(placements, period, measuringDate, PlacementDimensions.Region)),
                Describe(await reader.PlacementDurabilityAsync(period, measuringDate, PlacementDimensions.Region)));

            // The cells carry the started placements' record keys, summed (the ministry's cell keys, issue 16).
            var started = placements.Where(p => period.Contains(p.Start)).ToList();
            var cells = await aggregates.ReadPlacementStartsAsync(period, PlacementDimensions.None).ToListAsync();
            Assert.Equal(started.Count, cells.Sum(c => c.Placements));
            Assert.Equal(started.Aggregate(0u, (sum, p) => unchecked(sum + RecordKey.Of(p.Id))), cells.Aggregate(0u, (sum, c) => unchecked(sum + c.KeySum)));
        }

        // The job-agreement figures read the chunks' rows started by the date, with their hours and candidates (H3).
        foreach (var date in (LocalDate[])[new(2014, 12, 31), new(2015, 1, 1), new(2019, 12, 31), new(2026, 12, 31)])
        {
            Assert.Equal(Describe(JobAgreementJobs.Count(placements, date)), Describe(await reader.JobAgreementJobsAsync(date)));
            var by = PlacementDimensions.Employer | PlacementDimensions.Partner;
            Assert.Equal(Describe(JobAgreementBreakdown.Count(placements, date, by)), Describe(await reader.JobAgreementBreakdownAsync(date, by)));
        }
    }

    private (long Chunks, long Rows) Chunks() =>
        ((long)SqliteFile.Scalar(_store.Options.Path, "SELECT count(*) FROM placement_chunks;")!, (long)SqliteFile.Scalar(_store.Options.Path, "SELECT coalesce(sum(rows), 0) FROM placement_chunks;")!);

    private static string[] Describe(PlacementFlowResult result) =>
        [$"total {result.Total}", .. result.Groups.Select(g => $"{g.Group}={g.Placements}")];

    // Tuples compare hours as values: 28.00 and 28 are the same hours, whatever the scale a sum carries.
    private static (string, Employers.EmployerKind, decimal, int)[] Describe(JobAgreementStockResult result) =>
        [(result.WorkingPersons.ToString(System.Globalization.CultureInfo.InvariantCulture), default, result.HoursPerWeek, 0), .. result.Groups.Select(g => (g.Region.ToString(), g.EmployerKind, g.HoursPerWeek, g.WorkingPersons))];

    private static (string, decimal, int)[] Describe(JobAgreementBreakdownResult result) =>
        [.. result.Groups.Select(g => (g.Group.ToString(), g.HoursPerWeek, g.WorkingPersons))];

    private static string[] Describe(PlacementDurabilityResult result) =>
        [$"total {result.Total}", .. result.Groups.Select(g => $"{g.Group}: {g}")];
}
