using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Placements;

namespace Wsp.Sdk.Storage.Contract;

/// <summary>
/// What every store promises about placements: imports are all-or-nothing and idempotent by import id, and imported
/// and workflow-booked placements stream to the same counting definitions.
/// </summary>
public abstract class PlacementStoreContract : StoreContract
{
    [Fact]
    public async Task An_import_writes_every_placement_and_the_stream_returns_each_with_every_field()
    {
        var placements = World.Placements(250);

        var result = await Store.Placements.ImportAsync("import-1", World.Async(placements));

        Assert.Equal(new ImportResult("import-1", 250, alreadyImported: false), result);
        var streamed = await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All));
        Assert.Equal(placements.Select(World.Describe).Order(StringComparer.Ordinal), streamed.Select(World.Describe).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task L2_the_store_persists_what_it_is_given_rules_are_the_clients_to_check()
    {
        // The store checks no rule of the domain: a placement naming an arrangement nobody made (which the client refuses
        // with rule L2 before anything reaches the store) is written as given.
        var given = World.Placements(30, "G");
        var placements = given.Take(29).Append(Under(given[29], "ARR-404")).ToArray();

        var result = await Store.Placements.ImportAsync("import-given", World.Async(placements));

        Assert.Equal(new ImportResult("import-given", 30, alreadyImported: false), result);
        Assert.Equal("ARR-404", (await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All))).Single(p => p.Id == given[29].Id).ArrangementId);
    }

    [Fact]
    public async Task A_begun_import_hands_back_each_placement_whose_id_is_taken_writes_the_others_and_shows_them_only_once_committed()
    {
        await Store.Placements.ImportAsync("import-1", World.Async(World.Placements(10, "A")));
        var stored = World.Placements(10, "A")[3];
        var fresh = World.Placements(6, "B");

        await using (var import = await Store.Placements.BeginImportAsync("import-2"))
        {
            Assert.NotNull(import);
            var first = await import.WriteAsync([fresh[0], stored, fresh[1], fresh[0], fresh[2]]);
            var second = await import.WriteAsync([fresh[3], fresh[1], fresh[4], fresh[5]]);

            // The stored id and each id given again, in the order given (the same objects), nothing else.
            Assert.Equal(new[] { stored, fresh[0] }, first);
            Assert.Same(stored, first[0]);
            Assert.Same(fresh[0], first[1]);
            Assert.Equal(new[] { fresh[1] }, second);
            Assert.Equal(10, (await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All))).Count(p => p.Id.StartsWith("A-", StringComparison.Ordinal)));
            Assert.Equal(new ImportResult("import-2", 6, alreadyImported: false), await import.CommitAsync());
        }

        var all = await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All));
        Assert.Equal(16, all.Count);
        Assert.Equal(fresh.Select(World.Describe).Order(StringComparer.Ordinal), all.Where(p => p.Id.StartsWith("B-", StringComparison.Ordinal)).Select(World.Describe).Order(StringComparer.Ordinal));
        Assert.Null(await Store.Placements.BeginImportAsync("import-2"));
    }

    [Fact]
    public async Task A_begun_import_hands_back_exactly_the_taken_ids_of_a_large_batch_wherever_they_stand()
    {
        var stored = World.Placements(100, "A");
        await Store.Placements.ImportAsync("import-1", World.Async(stored));
        var batch = World.Placements(100, "B");
        // Taken ids early, in the middle and at the end of a batch, stored ones and ones given twice in it.
        batch[3] = stored[5];
        batch[17] = batch[2];
        batch[40] = batch[2];
        batch[63] = stored[99];
        batch[98] = batch[10];
        var unique = batch.Where((_, i) => i is not (17 or 40 or 98)).Where(p => !p.Id.StartsWith("A-", StringComparison.Ordinal)).ToList();

        await using (var import = await Store.Placements.BeginImportAsync("import-2"))
        {
            var taken = await import!.WriteAsync(batch);

            // The very placements given (a placement is compared by reference), in the batch's order.
            Assert.Equal(new[] { batch[3], batch[17], batch[40], batch[63], batch[98] }, taken);
            Assert.Equal(unique.Count, (await import.CommitAsync()).Placements);
        }

        var imported = (await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All))).Where(p => p.Id.StartsWith("B-", StringComparison.Ordinal));
        Assert.Equal(unique.Select(World.Describe).Order(StringComparer.Ordinal), imported.Select(World.Describe).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_begun_import_disposed_uncommitted_leaves_nothing_written_and_its_id_free()
    {
        var placements = World.Placements(40, "A");
        await using (var import = await Store.Placements.BeginImportAsync("import-1"))
        {
            Assert.Empty(await import!.WriteAsync(placements));
        }

        Assert.Empty(await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All)));
        Assert.Empty(await Store.Placements.FindExistingIdsAsync(placements.Select(p => p.Id).ToArray()));
        Assert.Equal(40, (await Store.Placements.ImportAsync("import-1", World.Async(placements))).Placements);
    }

    [Fact]
    public async Task FindExistingIdsAsync_names_exactly_the_ids_stored_imported_or_booked_in_any_region()
    {
        var imported = World.Placements(300, "A");
        await Store.Placements.ImportAsync("import-1", World.Async(imported));
        await Store.Vacancies.InsertAsync(World.ReferAndBook(World.Vacancy(), 1));
        var regions = imported.Select(p => p.Region.Code).Distinct().Count();
        string[] asked = [.. imported.Where((_, i) => i % 7 == 0).Select(p => p.Id), "P-1", "A-999999", "P-2", "", "a-000007", imported[14].Id];

        var found = await Store.Placements.FindExistingIdsAsync(asked);

        Assert.True(regions > 3);
        Assert.Equal(
            imported.Where((_, i) => i % 7 == 0).Select(p => p.Id).Append("P-1").Order(StringComparer.Ordinal),
            found.Order(StringComparer.Ordinal));
        Assert.Empty(await Store.Placements.FindExistingIdsAsync([]));
    }

    [Fact]
    public async Task An_import_with_a_duplicate_id_inside_it_writes_nothing()
    {
        var placements = World.Placements(100);
        var withDuplicate = placements.Append(placements[42]);

        var error = await Assert.ThrowsAsync<StoreException>(() => Store.Placements.ImportAsync("import-1", World.Async(withDuplicate)));

        Assert.Equal(StoreErrorCode.AlreadyExists, error.Code);
        Assert.Empty(await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All)));
    }

    [Fact]
    public async Task An_import_with_an_id_already_in_the_store_writes_nothing_and_can_be_retried_once_corrected()
    {
        await Store.Placements.ImportAsync("import-1", World.Async(World.Placements(10, "A")));
        var second = World.Placements(30, "B").Append(World.Placements(1, "A")[0]).ToArray();

        var error = await Assert.ThrowsAsync<StoreException>(() => Store.Placements.ImportAsync("import-2", World.Async(second)));

        Assert.Equal(StoreErrorCode.AlreadyExists, error.Code);
        Assert.Equal(10, (await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All))).Count);
        var retried = await Store.Placements.ImportAsync("import-2", World.Async(second[..^1]));
        Assert.Equal(30, retried.Placements);
        Assert.False(retried.AlreadyImported);
    }

    [Fact]
    public async Task Re_importing_the_same_import_id_writes_nothing_and_says_so()
    {
        await Store.Placements.ImportAsync("import-1", World.Async(World.Placements(20)));

        var again = await Store.Placements.ImportAsync("import-1", World.Async(World.Placements(20)));

        Assert.Equal(new ImportResult("import-1", 0, alreadyImported: true), again);
        Assert.Equal(20, (await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All))).Count);
    }

    [Fact]
    public async Task Rollback_removes_exactly_the_placements_of_the_import_and_frees_its_id()
    {
        await Store.Placements.ImportAsync("import-1", World.Async(World.Placements(15, "A")));
        await Store.Placements.ImportAsync("import-2", World.Async(World.Placements(7, "B")));

        var removed = await Store.Placements.RollbackImportAsync("import-1");

        Assert.Equal(15, removed);
        var left = await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All));
        Assert.Equal(7, left.Count);
        Assert.All(left, p => Assert.StartsWith("B-", p.Id, StringComparison.Ordinal));
        Assert.Equal(0, await Store.Placements.RollbackImportAsync("import-1"));
        Assert.Equal(15, (await Store.Placements.ImportAsync("import-1", World.Async(World.Placements(15, "A")))).Placements);
    }

    [Fact]
    public async Task A_cancelled_import_leaves_nothing_written()
    {
        using var cancellation = new CancellationTokenSource();
        var placements = World.Placements(50);

        async IAsyncEnumerable<Placement> CancelHalfway()
        {
            for (var i = 0; i < placements.Length; i++)
            {
                if (i == 25)
                {
                    await cancellation.CancelAsync();
                }

                yield return placements[i];
            }
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.Placements.ImportAsync("import-1", CancelHalfway(), cancellation.Token));

        Assert.Empty(await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All)));
        Assert.False((await Store.Placements.ImportAsync("import-1", World.Async(placements))).AlreadyImported);
    }

    public static TheoryData<string> Filters => ["all", "region", "started-in-2020", "active-2025-12-31", "active-2019-06-30-in-region"];

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task The_stream_honours_the_filter_exactly_as_PlacementFilter_Matches(string name)
    {
        var placements = World.Placements(600);
        await Store.Placements.ImportAsync("import-1", World.Async(placements));
        var haaglanden = Gazetteer.Default.FindMunicipality("GM0518")!.Region!.Code;
        var filter = name switch
        {
            "all" => PlacementFilter.All,
            "region" => new PlacementFilter(Region: haaglanden),
            "started-in-2020" => PlacementFilter.StartedIn(new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31))),
            "active-2025-12-31" => PlacementFilter.ActiveOn(new LocalDate(2025, 12, 31)),
            _ => PlacementFilter.ActiveOn(new LocalDate(2019, 6, 30), haaglanden),
        };

        var streamed = await World.ToListAsync(Store.Placements.StreamAsync(filter));

        var expected = placements.Where(filter.Matches).Select(p => p.Id).Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, streamed.Select(p => p.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Imported_and_workflow_booked_placements_stream_together()
    {
        await Store.Placements.ImportAsync("import-1", World.Async(World.Placements(5)));
        var vacancy = World.ReferAndBook(World.Vacancy(), 1);
        await Store.Vacancies.InsertAsync(vacancy);
        var booked = await Store.Vacancies.UpdateAsync("V-1", v => World.ReferAndBook(v, 2));

        var streamed = await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All));

        Assert.Equal(7, streamed.Count);
        Assert.Equal(
            booked.Value.Placements.Select(World.Describe),
            streamed.Where(p => p.VacancyId == "V-1").OrderBy(p => p.Id, StringComparer.Ordinal).Select(World.Describe));
    }

    [Fact]
    public async Task A_rollback_leaves_workflow_booked_placements_alone()
    {
        await Store.Vacancies.InsertAsync(World.ReferAndBook(World.Vacancy(), 1));
        await Store.Placements.ImportAsync("import-1", World.Async(World.Placements(5)));

        Assert.Equal(5, await Store.Placements.RollbackImportAsync("import-1"));

        Assert.Equal("P-1", Assert.Single(await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All))).Id);
    }

    [Fact]
    public async Task JobAgreementJobs_over_the_stream_equals_the_count_over_the_same_placements_in_memory()
    {
        var imported = World.Placements(1_000);
        await Store.Placements.ImportAsync("import-1", World.Async(imported));
        var vacancy = World.ReferAndBook(World.ReferAndBook(World.Vacancy(positions: 3), 1), 2);
        await Store.Vacancies.InsertAsync(vacancy);
        var all = imported.Concat(vacancy.Placements).ToArray();
        var date = new LocalDate(2026, 3, 31);

        var fromStore = await JobAgreementJobs.CountAsync(Store.Placements.StreamAsync(PlacementFilter.ActiveOn(date)), date);
        var inMemory = JobAgreementJobs.Count(all, date);

        Assert.True(inMemory.WorkingPersons > 100);
        Assert.Equal(inMemory.Jobs, fromStore.Jobs);
        Assert.Equal(inMemory.HoursPerWeek, fromStore.HoursPerWeek);
        Assert.Equal(inMemory.WorkingPersons, fromStore.WorkingPersons);
        Assert.Equal(inMemory.Groups, fromStore.Groups);
    }

    [Fact]
    public async Task Paging_lists_every_placement_imported_and_booked_once_oldest_start_first_then_by_id()
    {
        var all = await SeedForPagingAsync();

        var expected = all.Order(PlacementQuery.Order).Select(p => p.Id).ToList();
        var query = new PlacementQuery { PageSize = 7 };

        Assert.Equal(expected, await PageThroughAsync(query));
        Assert.Equal(expected.Count, await Store.Placements.CountAsync(query));
    }

    [Fact]
    public async Task Security_paging_with_a_region_scope_and_dates_lists_those_regions_placements_only()
    {
        var all = await SeedForPagingAsync();
        var query = new PlacementQuery
        {
            Regions = [RegionCode.Parse("AM21"), RegionCode.Parse("AM18")],
            StartedOnOrAfter = new LocalDate(2018, 1, 1),
            StartedOnOrBefore = new LocalDate(2026, 3, 16),
            PageSize = 5,
        };

        var expected = all.Where(query.Matches).Order(PlacementQuery.Order).Select(p => p.Id).ToList();

        // The other regions hold placements of those dates too: a store that dropped the scope would list more.
        Assert.Contains(all, p => !query.Regions.Contains(p.Region.Code) && p.Start >= query.StartedOnOrAfter && p.Start <= query.StartedOnOrBefore);
        Assert.Contains("P-1", expected);
        Assert.Equal(expected, await PageThroughAsync(query));
        Assert.Equal(expected.Count, await Store.Placements.CountAsync(query));
        Assert.Empty((await Store.Placements.QueryAsync(query with { Regions = [] })).Items);
        Assert.Equal(0, await Store.Placements.CountAsync(query with { Regions = [] }));
    }

    [Fact]
    public async Task Paging_continues_after_any_item_of_a_page_from_its_token()
    {
        var all = await SeedForPagingAsync();
        var expected = all.Order(PlacementQuery.Order).ToList();
        var first = await Store.Placements.QueryAsync(new PlacementQuery { PageSize = 10 });

        var next = await Store.Placements.QueryAsync(new PlacementQuery { PageSize = 4 }, PlacementQuery.ContinuationAfter(first.Items[2]));

        Assert.Equal(expected.Take(10).Select(p => p.Id), first.Items.Select(p => p.Id));
        Assert.Equal(PlacementQuery.ContinuationAfter(first.Items[^1]), first.ContinuationToken);
        Assert.Equal(expected.Skip(3).Take(4).Select(p => p.Id), next.Items.Select(p => p.Id));
        Assert.Equal(next.Items.Select(World.Describe), expected.Skip(3).Take(4).Select(World.Describe));
    }

    [Fact]
    public async Task Paging_interleaves_booked_placements_of_many_dates_with_imported_ones_on_every_page()
    {
        var imported = World.Placements(60, "A", seed: 41);
        await Store.Placements.ImportAsync("import-1", World.Async(imported));
        var booked = await BookManyAsync(vacancies: 8, each: 5);
        var all = imported.Concat(booked).ToList();
        var queries = new[]
        {
            new PlacementQuery { PageSize = 3 },
            new PlacementQuery { PageSize = 1 },
            new PlacementQuery { Regions = [RegionCode.Parse("AM21"), RegionCode.Parse("AM18")], StartedOnOrAfter = new LocalDate(2017, 1, 1), StartedOnOrBefore = new LocalDate(2023, 6, 30), PageSize = 4 },
            new PlacementQuery { Regions = [RegionCode.Parse("AM21")], PageSize = 100 },
        };

        foreach (var query in queries)
        {
            var expected = all.Where(query.Matches).Order(PlacementQuery.Order).Select(p => p.Id).ToList();
            Assert.Contains(expected, id => id.StartsWith("P-", StringComparison.Ordinal));
            Assert.Equal(expected, await PageThroughAsync(query));
        }
    }

    [Fact]
    public async Task Paging_lists_booked_placements_only_when_nothing_was_imported()
    {
        var booked = await BookManyAsync(vacancies: 6, each: 4);

        var expected = booked.Order(PlacementQuery.Order).Select(p => p.Id).ToList();

        Assert.Equal(expected, await PageThroughAsync(new PlacementQuery { PageSize = 5 }));
        Assert.Equal(expected.Skip(9).Take(5), (await Store.Placements.QueryAsync(new PlacementQuery { PageSize = 5 }, PlacementQuery.ContinuationAfter(booked.Order(PlacementQuery.Order).ElementAt(8)))).Items.Select(p => p.Id));
    }

    [Fact]
    public async Task Paging_refuses_a_token_that_is_no_placement_token()
    {
        await Store.Placements.ImportAsync("import-1", World.Async(World.Placements(3)));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.Placements.QueryAsync(new PlacementQuery(), "o:12"));

        Assert.Equal("continuationToken", error.ParamName);
    }

    /// <summary>
    /// Imports placements over several regions, some sharing a start date (so the order's second key, the id, decides),
    /// and books two on a vacancy in Delft (AM21) on one day; returns them all.
    /// </summary>
    private async Task<List<Placement>> SeedForPagingAsync()
    {
        var generated = World.Placements(120, "A", seed: 31);
        var sameDay = generated.Take(6).Select((p, i) => new Placement(
            $"B-{5 - i}", p.VacancyId, p.Employer, p.Municipality, p.SectorCode, p.Candidate, p.BookingPartner, p.TargetGroups,
            new LocalDate(2026, 3, 16), null, p.HoursPerWeek, p.EmployerKind, p.ArrangementId));
        Placement[] imported = [.. generated, .. sameDay];
        await Store.Placements.ImportAsync("import-1", World.Async(imported));
        var vacancy = World.ReferAndBook(World.ReferAndBook(World.Vacancy(positions: 3), 1), 2);
        await Store.Vacancies.InsertAsync(vacancy);
        return [.. imported, .. vacancy.Placements];
    }

    /// <summary>Books placements on vacancies in Delft (AM21), started on dates spread over eleven years, some on one day.</summary>
    private async Task<List<Placement>> BookManyAsync(int vacancies, int each)
    {
        var booked = new List<Placement>();
        for (var v = 1; v <= vacancies; v++)
        {
            var vacancy = World.BookedSince($"V-{v}", new LocalDate(2015, 1, 1), Enumerable.Range(1, each).Select(c => ((v * 10) + c, c == each ? new LocalDate(2020, 2, 29) : new LocalDate(2015, 1, 1).PlusDays(((v * 397) + (c * 151)) % 4000))));
            await Store.Vacancies.InsertAsync(vacancy);
            booked.AddRange(vacancy.Placements);
        }

        return booked;
    }

    private async Task<List<string>> PageThroughAsync(PlacementQuery query)
    {
        var ids = new List<string>();
        string? token = null;
        do
        {
            var page = await Store.Placements.QueryAsync(query, token);
            Assert.InRange(page.Items.Count, 0, query.PageSize);
            ids.AddRange(page.Items.Select(p => p.Id));
            token = page.ContinuationToken;
        }
        while (token is not null);

        return ids;
    }

    /// <summary>The placement under an arrangement of the cast's national employer, at that employer (rule L2).</summary>
    private static Placements.Placement Under(Placements.Placement p, string arrangementId) => new(
        p.Id, p.VacancyId, Employers.KvkNumber.Parse(DeskWorld.NationalKvk), p.Municipality, p.SectorCode, p.Candidate, p.BookingPartner, p.TargetGroups, p.Start, p.End, p.HoursPerWeek, p.EmployerKind, arrangementId);
}
