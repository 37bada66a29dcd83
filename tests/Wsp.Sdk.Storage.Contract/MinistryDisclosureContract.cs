using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Disclosure;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.RegionalProjects;

namespace Wsp.Sdk.Storage.Contract;

/// <summary>
/// The attack suite of issue 16 (DESIGN.md, Disclosure to the ministry; docs/disclosure.md), on every store's data:
/// each attack an analyst at the ministry tried, written against the ministry's client, failing when a withheld count
/// or a single placement can be rebuilt — and the check that the store's record keys give the ministry the answer the
/// SDK gives over the records, so GraphQL, the dashboard and the extracts (all one client) agree on both stores.
/// </summary>
public abstract class MinistryDisclosureContract : StoreContract
{
    // 2019: the world's placements start 2015–2026, some 80 in a year; its employers are all different, so a group by
    // employer holds one placement: the worst case of the issue's first attack.
    private static readonly DateInterval s_2019 = new(new LocalDate(2019, 1, 1), new LocalDate(2019, 12, 31));
    private static readonly LocalDate s_monthEnd = new(2019, 12, 31);

    private WspClient Ministry => new(Store, PartnerIdentity.Ministry, new WspClientOptions { Clock = World.Clock });

    private WspClient Operator => new(Store, PartnerIdentity.Operator, new WspClientOptions { Clock = World.Clock });

    /// <summary>The arrangements the placements name, joined by their regions (rule L2).</summary>
    protected override Task SeedAsync(IWspStore store) => DeskWorld.JoinedEverywhereAsync(store, World);

    private Task<ImportResult> ImportAsync() => Store.Placements.ImportAsync("import-1", World.Async(World.Placements(1000, "A", seed: 16, arrangement: World.AsDrawn)));

    [Fact]
    public async Task Security_attack_total_minus_the_listed_groups_no_withheld_group_is_listed()
    {
        await ImportAsync();
        var exact = await Operator.JobAgreementBreakdownAsync(s_monthEnd, PlacementDimensions.Employer);
        var figure = await Ministry.JobAgreementBreakdownAsync(s_monthEnd, PlacementDimensions.Employer);

        // The attack needs employer groups of 1–4 working persons; the world has hundreds.
        Assert.True(exact.Groups.Count(g => g.Count < 5) > 100);
        Assert.All(figure.Groups, g => Assert.True(g.Count >= 5 && !g.IsSuppressed, $"{g.Row}/{g.Column} is listed as {g.Count?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "withheld"}"));
        Assert.All(figure.Entries, e => Assert.True(e.IsSuppressed ? e.Count is null && e.Measure is null : e.Count >= 5));

        var flow = await Ministry.PlacementsFlowAsync(s_2019, PlacementDimensions.Employer);
        Assert.All(flow.Groups, g => Assert.True(g.Count >= 5 && !g.IsSuppressed));
    }

    [Fact]
    public async Task Security_attack_two_periods_a_day_apart_and_the_one_day_between_them_are_refused()
    {
        await ImportAsync();
        var ministry = Ministry;
        await Assert.ThrowsAsync<AccessDeniedException>(() => ministry.PlacementsFlowAsync(new DateInterval(new(2000, 1, 1), new(2020, 1, 3)), PlacementDimensions.None));
        await Assert.ThrowsAsync<AccessDeniedException>(() => ministry.PlacementsFlowAsync(new DateInterval(new(2000, 1, 1), new(2020, 1, 2)), PlacementDimensions.None));
        var all = PlacementDimensions.Region | PlacementDimensions.Sector | PlacementDimensions.Employer | PlacementDimensions.Partner | PlacementDimensions.TargetGroup;
        await Assert.ThrowsAsync<AccessDeniedException>(() => ministry.PlacementsFlowAsync(new DateInterval(new(2020, 1, 3), new(2020, 1, 3)), all));
        await Assert.ThrowsAsync<AccessDeniedException>(() => ministry.PlacementsFlowAsync(new DateInterval(new(2020, 1, 1), new(2020, 1, 31)), all));
        await Assert.ThrowsAsync<AccessDeniedException>(() => ministry.JobAgreementBreakdownAsync(new LocalDate(2020, 1, 3), PlacementDimensions.Employer));
        await Assert.ThrowsAsync<AccessDeniedException>(() => ministry.JobAgreementJobsAtAsync([new LocalDate(2020, 1, 30), new LocalDate(2020, 1, 31)]));

        // Months, quarters and years are answered; a partner still asks any period and grouping, exactly.
        Assert.NotNull(await ministry.PlacementsFlowAsync(new DateInterval(new(2020, 1, 1), new(2020, 3, 31)), PlacementDimensions.Region | PlacementDimensions.Sector));
        var exact = await Operator.PlacementsFlowAsync(new DateInterval(new(2000, 1, 1), new(2020, 1, 3)), all);
        Assert.False(exact.WithholdsCounts);
    }

    [Fact]
    public async Task Security_attack_overlapping_what_if_projects_and_given_contacts_are_not_offered_to_the_ministry()
    {
        await ImportAsync();
        var region = RegionCode.Parse("AM21");
        var placements = await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All));
        var employers = placements.Where(p => p.Region.Code == region).Select(p => p.Employer).Distinct().ToArray();
        RegionalProject Project(string id, IEnumerable<Employers.KvkNumber> of) => new(id, id, region, s_2019, of, []);

        await Assert.ThrowsAsync<AccessDeniedException>(() => Ministry.RegionalProjectPlacementsAsync([Project("ALL", employers), Project("ALL-BUT-ONE", employers[1..])]));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Ministry.CoverageAsync(region, s_monthEnd, [new EmployerContact(employers[0], "RETAIL", 12)]));

        // A partner of the region may still ask its what-ifs, exactly.
        var exact = await Operator.RegionalProjectPlacementsAsync([Project("ALL", employers), Project("ALL-BUT-ONE", employers[1..])]);
        Assert.False(exact.WithholdsCounts);
    }

    [Fact]
    public async Task Security_attack_a_national_figure_against_its_regions_each_region_asked_alone_is_its_group_in_the_national_figure()
    {
        await ImportAsync();
        var ministry = Ministry;
        var national = await ministry.PlacementsFlowAsync(s_2019, PlacementDimensions.Region);
        Assert.NotEmpty(national.Groups);
        foreach (var group in national.Groups)
        {
            var alone = await ministry.PlacementsFlowAsync(s_2019, PlacementDimensions.None, group.Group.Group.Region);
            Assert.Equal(group.Count, alone.Total.Count);
        }

        // With a finer grouping the region's row total is the same cell, so it gets the same answer.
        var bySector = await ministry.PlacementsFlowAsync(s_2019, PlacementDimensions.Region | PlacementDimensions.Sector);
        foreach (var group in national.Groups)
        {
            Assert.Equal(group.Count, bySector.RowTotal(group.Column).Count);
        }

        Assert.Equal(national.Total.Count, bySector.Total.Count);
    }

    [Fact]
    public async Task Security_attack_averaging_repeated_asks_every_ask_gets_the_same_answer()
    {
        await ImportAsync();
        var by = PlacementDimensions.Region | PlacementDimensions.Partner;
        var first = await Ministry.PlacementsFlowAsync(s_2019, by);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(first.Entries, (await Ministry.PlacementsFlowAsync(s_2019, by)).Entries);
        }

        var stock = await Ministry.JobAgreementJobsAsync(s_monthEnd);
        Assert.Equal(stock.Entries, (await Ministry.JobAgreementJobsAtAsync([s_monthEnd])).Single().Entries);
    }

    [Fact]
    public async Task Security_the_stores_record_keys_give_the_ministry_the_answer_the_SDK_gives_over_the_records()
    {
        await ImportAsync();
        await Store.Vacancies.InsertAsync(World.ReferAndBook(World.ReferAndBook(World.Vacancy(positions: 3), 1), 2));
        var placements = await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All));
        var cellKey = FigureDisclosure.CellKey();
        foreach (var by in new[] { PlacementDimensions.None, PlacementDimensions.Region, PlacementDimensions.Region | PlacementDimensions.Sector, PlacementDimensions.Employer, PlacementDimensions.TargetGroup })
        {
            var expected = cellKey.Disclose(PlacementsFlow.Count(placements, s_2019, by));
            var actual = await Ministry.PlacementsFlowAsync(s_2019, by);
            Assert.Equal(expected.Entries, actual.Entries);
        }

        foreach (var date in new[] { s_monthEnd, new LocalDate(2026, 2, 28) })
        {
            Assert.Equal(cellKey.Disclose(JobAgreementJobs.Count(placements, date)).Entries, (await Ministry.JobAgreementJobsAsync(date)).Entries);
            Assert.Equal(
                cellKey.Disclose(ManagementInformation.JobAgreementBreakdown.Count(placements, date, PlacementDimensions.Sector)).Entries,
                (await Ministry.JobAgreementBreakdownAsync(date, PlacementDimensions.Sector)).Entries);
        }
    }

    [Fact]
    public async Task Security_vacancies_are_counted_like_people_two_late_registrations_are_withheld_from_the_ministry()
    {
        await Store.Vacancies.InsertAsync(World.Vacancy("V-1"));
        await Store.Vacancies.InsertAsync(World.Vacancy("V-2"));
        var year = new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));

        var exact = await Operator.LateVacancyRegistrationsAsync(year);
        var ministry = await Ministry.LateVacancyRegistrationsAsync(year);

        Assert.Equal(2, exact.Registered.Count);
        Assert.Null(ministry.Registered.Count);
        Assert.Empty(ministry.Regions);
        Assert.Equal(FigureDisclosure.CellKeyMethod, ministry.Disclosure.Method);
    }
}
