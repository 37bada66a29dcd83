using CsCheck;
using NodaTime;
using Wsp.Sdk.Counting;

namespace Wsp.Sdk.Storage.Contract;

/// <summary>
/// What every store promises about its pre-aggregates (<see cref="IPlacementAggregates"/>: the job-agreement ledger
/// and the placement starts): counting over them gives exactly what the counting definitions give over the streamed
/// placements, imported and booked alike, after imports, bookings and rollbacks.
/// </summary>
public abstract class PlacementAggregatesContract : StoreContract
{
    private static readonly LocalDate[] s_dates = [new(2014, 12, 31), new(2015, 1, 1), new(2016, 6, 30), new(2019, 12, 31), new(2022, 3, 1), new(2025, 12, 31), new(2026, 3, 16), new(2030, 1, 1)];

    /// <summary>The arrangements the placements name, joined by their regions (rule L2), so the arrangement dimension is filled.</summary>
    protected override Task SeedAsync(IWspStore store) => DeskWorld.JoinedEverywhereAsync(store, World);

    private static readonly PlacementDimensions[] s_groupings =
    [
        PlacementDimensions.None,
        PlacementDimensions.Region,
        PlacementDimensions.Region | PlacementDimensions.Sector,
        PlacementDimensions.TargetGroup | PlacementDimensions.Partner,
        PlacementDimensions.Region | PlacementDimensions.Sector | PlacementDimensions.TargetGroup | PlacementDimensions.Partner | PlacementDimensions.Arrangement,
        PlacementDimensions.Employer,
        PlacementDimensions.Region | PlacementDimensions.Employer,
        PlacementDimensions.Sector | PlacementDimensions.Employer | PlacementDimensions.Partner,
        PlacementDimensions.TargetGroup | PlacementDimensions.Employer | PlacementDimensions.Arrangement,
    ];

    private IPlacementAggregates Aggregates => Assert.IsAssignableFrom<IPlacementAggregates>(Store.Placements);

    [Fact]
    public void The_placement_store_keeps_the_pre_aggregates()
    {
        Assert.IsAssignableFrom<IPlacementAggregates>(Store.Placements);
    }

    [Fact]
    public async Task H3_job_agreement_jobs_from_the_ledger_equal_the_count_over_every_placement_imported_and_booked()
    {
        await Store.Placements.ImportAsync("import-1", World.Async(World.Placements(400, "A", seed: 3, arrangement: World.AsDrawn)));
        await Store.Placements.ImportAsync("import-2", World.Async(World.Placements(150, "B", seed: 4, arrangement: World.AsDrawn)));
        await Store.Vacancies.InsertAsync(World.ReferAndBook(World.ReferAndBook(World.Vacancy(positions: 3), 1), 2));

        foreach (var date in s_dates)
        {
            await AssertJobAgreementAsync(date);
        }
    }

    [Fact]
    public async Task H3_placements_from_the_starts_equal_the_flow_over_every_placement_for_every_grouping_the_employer_too()
    {
        await Store.Placements.ImportAsync("import-1", World.Async(World.Placements(400, "A", seed: 5, arrangement: World.AsDrawn)));
        await Store.Vacancies.InsertAsync(World.ReferAndBook(World.Vacancy(), 1));

        foreach (var period in new[] { new DateInterval(new(2015, 1, 1), new(2015, 12, 31)), new DateInterval(new(2020, 3, 1), new(2021, 2, 28)), new DateInterval(new(2026, 3, 16), new(2026, 3, 16)), new DateInterval(new(2010, 1, 1), new(2030, 12, 31)) })
        {
            foreach (var by in s_groupings)
            {
                await AssertFlowAsync(period, by);
            }
        }
    }

    [Fact]
    public async Task H2_hours_of_any_precision_are_summed_exactly()
    {
        var fine = World.Placements(60, "F", seed: 9, arrangement: World.AsDrawn).Select((p, i) => new Placements.Placement(
            p.Id, p.VacancyId, p.Employer, p.Municipality, p.SectorCode, p.Candidate, p.BookingPartner, p.TargetGroups, p.Start, p.End,
            i % 3 == 0 ? 12.333333333333m : i % 3 == 1 ? 0.00001m : 59.99995m, p.EmployerKind, p.ArrangementId));
        await Store.Placements.ImportAsync("import-1", World.Async(fine));

        foreach (var date in s_dates)
        {
            await AssertJobAgreementAsync(date);
        }
    }

    [Fact]
    public async Task The_pre_aggregates_follow_a_rollback()
    {
        await Store.Placements.ImportAsync("import-1", World.Async(World.Placements(200, "A", seed: 6, arrangement: World.AsDrawn)));
        await Store.Placements.ImportAsync("import-2", World.Async(World.Placements(200, "B", seed: 7, arrangement: World.AsDrawn)));

        await Store.Placements.RollbackImportAsync("import-1");

        await AssertJobAgreementAsync(new LocalDate(2020, 1, 1));
        await AssertFlowAsync(new DateInterval(new(2015, 1, 1), new(2026, 12, 31)), PlacementDimensions.Region);
        Assert.Equal(200, (await CountPlacementsAsync(new DateInterval(new(2010, 1, 1), new(2030, 12, 31)), PlacementDimensions.None)).Total);
    }

    [Fact]
    public async Task A_refused_import_leaves_no_pre_aggregate_behind()
    {
        var placements = World.Placements(50, "A", seed: 8, arrangement: World.AsDrawn);
        await Assert.ThrowsAsync<StoreException>(() => Store.Placements.ImportAsync("import-1", World.Async(placements.Append(placements[3]))));

        Assert.Equal(0, (await CountPlacementsAsync(new DateInterval(new(2010, 1, 1), new(2030, 12, 31)), PlacementDimensions.None)).Total);
        Assert.Empty(await ToListAsync(Aggregates.ReadJobAgreementLedgerAsync(new LocalDate(2020, 1, 1))));
        Assert.Empty(await ToListAsync(Aggregates.ReadJobAgreementPlacementsAsync(new LocalDate(2020, 1, 1))));
    }

    [Fact]
    public async Task Property_the_pre_aggregates_equal_the_counting_definitions_after_any_imports_and_rollbacks()
    {
        var imports = 0;
        await Gen.Select(Gen.Int[1, 120], Gen.Int[1, 1_000_000], Gen.Int[0, 6000], Gen.Bool).SampleAsync(
            async sample =>
            {
                var (count, seed, day, rollBack) = sample;
                var id = $"import-{++imports}";
                await Store.Placements.ImportAsync(id, World.Async(World.Placements(count, $"I{imports}", seed, World.AsDrawn)));
                if (rollBack)
                {
                    await Store.Placements.RollbackImportAsync(id);
                }

                var date = new LocalDate(2014, 1, 1).PlusDays(day);
                await AssertJobAgreementAsync(date);
                await AssertFlowAsync(new DateInterval(date, date.PlusDays(day % 700)), PlacementDimensions.Region | PlacementDimensions.TargetGroup | PlacementDimensions.Arrangement);
            },
            iter: 12,
            threads: 1);
    }

    [Fact]
    public async Task H3_the_ledger_up_to_a_date_and_its_changes_after_it_give_the_jobs_at_every_later_date()
    {
        await Store.Placements.ImportAsync("import-1", World.Async(World.Placements(300, "A", seed: 21, arrangement: World.AsDrawn)));
        await Store.Vacancies.InsertAsync(World.ReferAndBook(World.ReferAndBook(World.Vacancy(positions: 3), 1), 2));
        var placements = await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All));
        var first = new LocalDate(2018, 12, 31);

        var entries = new List<JobAgreementLedgerEntry>();
        await foreach (var entry in Aggregates.ReadJobAgreementLedgerAsync(first))
        {
            entries.Add(entry);
        }

        var changes = new List<JobAgreementLedgerEntry>();
        await foreach (var entry in Aggregates.ReadJobAgreementLedgerChangesAsync(new DateInterval(first.PlusDays(1), new LocalDate(2027, 12, 31))))
        {
            Assert.InRange(entry.Date, first.PlusDays(1), new LocalDate(2027, 12, 31));
            changes.Add(entry);
        }

        foreach (var date in new[] { first, new LocalDate(2019, 1, 1), new LocalDate(2022, 3, 1), new LocalDate(2026, 3, 16), new LocalDate(2026, 3, 17), new LocalDate(2027, 12, 31) })
        {
            var expected = JobAgreementJobs.Count(placements, date);
            Assert.Equal(Describe(expected), Describe(entries.Concat(changes), date));
        }
    }

    [Fact]
    public async Task Security_a_region_scope_reads_the_pre_aggregates_of_its_regions_only()
    {
        await Store.Placements.ImportAsync("import-1", World.Async(World.Placements(400, "A", seed: 23, arrangement: World.AsDrawn)));
        await Store.Vacancies.InsertAsync(World.ReferAndBook(World.ReferAndBook(World.Vacancy(positions: 3), 1), 2));
        var placements = await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All));
        var haaglanden = Geography.RegionCode.Parse("AM21");
        IReadOnlyCollection<Geography.RegionCode> scope = [haaglanden];
        var inScope = placements.Where(p => p.Region.Code == haaglanden).ToList();
        var date = new LocalDate(2022, 3, 1);
        var period = new DateInterval(new(2015, 1, 1), new(2026, 12, 31));

        // Other regions hold rows that count: a read that dropped the scope would give larger counts than these.
        Assert.Contains(placements, p => p.Region.Code != haaglanden && p.CountsForJobAgreement && p.Start <= date && (p.End is null || p.End >= date));
        Assert.Contains(inScope, p => p.Id.StartsWith("P-", StringComparison.Ordinal)); // booked on the vacancy, in Delft

        var ledger = await ToListAsync(Aggregates.ReadJobAgreementLedgerAsync(date, scope));
        Assert.All(ledger, e => Assert.Equal(haaglanden, e.Key.Region));
        Assert.Equal(Describe(JobAgreementJobs.Count(inScope, date)), Describe(ledger, date));
        Assert.NotEqual(Describe(JobAgreementJobs.Count(placements, date)), Describe(ledger, date));

        var changes = await ToListAsync(Aggregates.ReadJobAgreementLedgerChangesAsync(new DateInterval(date.PlusDays(1), new(2026, 12, 31)), scope));
        Assert.All(changes, e => Assert.Equal(haaglanden, e.Key.Region));
        var later = new LocalDate(2026, 12, 31);
        Assert.Equal(Describe(JobAgreementJobs.Count(inScope, later)), Describe(ledger.Concat(changes), later));

        var starts = await ToListAsync(Aggregates.ReadPlacementStartsAsync(period, PlacementDimensions.Sector, scope));
        Assert.All(starts, c => Assert.Equal(haaglanden, c.Key.Region));
        Assert.Equal(inScope.Count(p => period.Contains(p.Start)), PlacementStarts.Count(starts, period, PlacementDimensions.Sector).Total);

        // A scope of no region reads nothing.
        Assert.Empty(await ToListAsync(Aggregates.ReadJobAgreementLedgerAsync(date, [])));
        Assert.Empty(await ToListAsync(Aggregates.ReadJobAgreementLedgerChangesAsync(period, [])));
        Assert.Empty(await ToListAsync(Aggregates.ReadPlacementStartsAsync(period, PlacementDimensions.Region, [])));
    }

    [Fact]
    public async Task H6_the_job_agreement_placements_of_a_date_are_the_active_banenafspraak_placements_with_their_cell_employer_hours_candidate_and_record_key()
    {
        await Store.Placements.ImportAsync("import-1", World.Async(World.Placements(300, "A", seed: 22, arrangement: World.AsDrawn)));
        await Store.Vacancies.InsertAsync(World.ReferAndBook(World.ReferAndBook(World.Vacancy(positions: 3), 1), 2));
        var placements = await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All));
        var amsterdam = Geography.RegionCode.Parse("AM18");
        foreach (var date in new[] { new LocalDate(2016, 6, 30), new LocalDate(2026, 3, 16) })
        {
            foreach (var regions in new IReadOnlyCollection<Geography.RegionCode>?[] { null, [amsterdam], [amsterdam, Geography.RegionCode.Parse("AM21")], [] })
            {
                var expected = placements
                    .Where(p => p.CountsForJobAgreement && p.Start <= date && (p.End is null || p.End >= date) && (regions is null || regions.Contains(p.Region.Code)))
                    .Select(p => $"{new JobAgreementLedgerKey(p.Region.Code, p.EmployerKind, p.SectorCode, p.BookingPartner, p.ArrangementId)} {p.Employer} {p.HoursPerWeek:0.####} {p.Candidate.Value} {RecordKey.Of(p.Id)}")
                    .Order(StringComparer.Ordinal);
                var actual = new List<string>();
                await foreach (var p in Aggregates.ReadJobAgreementPlacementsAsync(date, regions))
                {
                    actual.Add($"{p.Key} {p.Employer} {p.HoursPerWeek:0.####} {p.Candidate} {p.RecordKey}");
                }

                Assert.Equal(expected, actual.Order(StringComparer.Ordinal));
            }
        }
    }

    [Fact]
    public async Task H3_the_started_placements_of_a_period_are_every_placement_started_in_it_with_its_cell_start_and_employer()
    {
        await Store.Placements.ImportAsync("import-1", World.Async(World.Placements(300, "A", seed: 23, arrangement: World.AsDrawn)));
        await Store.Vacancies.InsertAsync(World.ReferAndBook(World.ReferAndBook(World.Vacancy(positions: 3), 1), 2));
        var placements = await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All));
        var amsterdam = Geography.RegionCode.Parse("AM18");
        foreach (var period in new[] { new DateInterval(new LocalDate(2015, 1, 1), new LocalDate(2030, 12, 31)), new DateInterval(new LocalDate(2018, 1, 1), new LocalDate(2018, 12, 31)) })
        {
            foreach (var regions in new IReadOnlyCollection<Geography.RegionCode>?[] { null, [amsterdam], [amsterdam, Geography.RegionCode.Parse("AM21")], [] })
            {
                var expected = placements
                    .Where(p => period.Contains(p.Start) && (regions is null || regions.Contains(p.Region.Code)))
                    .Select(p => $"{PlacementStarts.KeyOf(p)} {p.Start} {p.Employer}")
                    .Order(StringComparer.Ordinal)
                    .ToList();
                var actual = new List<string>();
                await foreach (var p in Aggregates.ReadStartedPlacementsAsync(period, regions))
                {
                    actual.Add($"{p.Key} {p.Start} {p.Employer}");
                }

                Assert.Equal(expected, actual.Order(StringComparer.Ordinal));
                Assert.True(regions is { Count: 0 } || expected.Count > 0, "The world has placements in every period and region asked.");
            }
        }
    }

    private async Task AssertJobAgreementAsync(LocalDate date)
    {
        // Hours from the ledger; working persons (distinct candidates per partner, H3) from the active placements.
        var expected = await JobAgreementJobs.CountAsync(Store.Placements.StreamAsync(PlacementFilter.All), date);
        Assert.Equal(Describe(expected), Describe(await ToListAsync(Aggregates.ReadJobAgreementLedgerAsync(date)), date));
        var active = await ToListAsync(Aggregates.ReadJobAgreementPlacementsAsync(date));
        Assert.Equal(expected.WorkingPersons, active.Select(p => (p.Key.BookingPartner, p.Candidate)).Distinct().Count());
    }

    private async Task AssertFlowAsync(DateInterval period, PlacementDimensions by)
    {
        var expected = await PlacementsFlow.CountAsync(Store.Placements.StreamAsync(PlacementFilter.All), period, by);
        var actual = await CountPlacementsAsync(period, by);
        Assert.Equal(expected.Total, actual.Total);
        Assert.Equal(expected.Groups.Select(g => $"{g.Group}={g.Placements}"), actual.Groups.Select(g => $"{g.Group}={g.Placements}"));
    }

    // What a caller without the reader does: read the interface, count with the SDK's definitions over what it returns.
    private async Task<PlacementFlowResult> CountPlacementsAsync(DateInterval period, PlacementDimensions by) =>
        PlacementStarts.Count(await ToListAsync(Aggregates.ReadPlacementStartsAsync(period, by)), period, by);

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items) => await World.ToListAsync(items);

    // Tuples compare hours as values: 28.00 and 28 are the same hours, whatever the scale the sum carries.
    private static IEnumerable<(string Region, Employers.EmployerKind Kind, decimal Hours)> Describe(JobAgreementStockResult result) =>
        result.Groups.Where(g => g.HoursPerWeek != 0).Select(g => (g.Region.ToString(), g.EmployerKind, g.HoursPerWeek)).Order();

    // The ledger's hours at a date: its deltas dated on or before it, summed per region and employer kind.
    private static IEnumerable<(string Region, Employers.EmployerKind Kind, decimal Hours)> Describe(IEnumerable<JobAgreementLedgerEntry> entries, LocalDate date) =>
        entries.Where(e => e.Date <= date)
            .GroupBy(e => (Region: e.Key.Region.ToString(), e.Key.EmployerKind))
            .Select(g => (g.Key.Region, g.Key.EmployerKind, g.Sum(e => e.HoursDelta)))
            .Where(g => g.Item3 != 0)
            .Order();
}
