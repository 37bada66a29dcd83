using CsCheck;
using NodaTime;
using Wsp.Sdk.Ambitions;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Geography;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.Placements;
using Wsp.Sdk.RegionalProjects;
using Wsp.Sdk.Specifications;

namespace Wsp.Sdk.Storage.Contract;

/// <summary>
/// What the management-information reader promises on every store: each figure it reads — from the store's
/// pre-aggregates, or from the streamed placements when a store keeps none — equals the SDK's own computation of that
/// figure over the streamed placements, for every region scope. So GraphQL, the dashboard and the extracts, which all
/// read through it, give the same numbers (issue 7, item 5).
/// </summary>
public abstract class ManagementInformationReaderContract : StoreContract
{
    private static readonly RegionCode s_haaglanden = RegionCode.Parse("AM21");
    private static readonly RegionCode s_amsterdam = RegionCode.Parse("AM18");
    private static readonly RegionCode s_groningen = RegionCode.Parse("AM01");

    private static readonly IReadOnlyCollection<RegionCode>?[] s_scopes = [null, [s_haaglanden], [s_amsterdam, s_groningen], [RegionCode.Parse("AM38")], []];

    private static readonly LocalDate[] s_dates = [new(2014, 12, 31), new(2015, 6, 30), new(2019, 12, 31), new(2025, 12, 31), new(2026, 3, 16)];

    private static readonly DateInterval[] s_periods = [new(new(2015, 1, 1), new(2015, 12, 31)), new(new(2020, 3, 1), new(2021, 2, 28)), new(new(2026, 3, 16), new(2026, 3, 16)), new(new(2010, 1, 1), new(2030, 12, 31))];

    /// <summary>Gets the readers under test: over the store as it is, and over the same store seen without its pre-aggregates.</summary>
    private IEnumerable<ManagementInformationReader> Readers => [new ManagementInformationReader(Store), new ManagementInformationReader(new StreamedOnly(Store))];

    [Fact]
    public void The_reader_uses_the_pre_aggregates_when_the_store_keeps_them()
    {
        Assert.Equal(Store.Placements is IPlacementAggregates, new ManagementInformationReader(Store).UsesPreAggregates);
        Assert.False(new ManagementInformationReader(new StreamedOnly(Store)).UsesPreAggregates);
    }

    [Fact]
    public async Task H3_placements_flow_equals_the_definition_over_the_streamed_placements_for_every_grouping_and_region_scope()
    {
        await SeedAsync();
        PlacementDimensions[] groupings =
        [
            PlacementDimensions.None,
            PlacementDimensions.Region | PlacementDimensions.Sector,
            PlacementDimensions.TargetGroup | PlacementDimensions.Partner,
            PlacementDimensions.Employer,
            PlacementDimensions.Region | PlacementDimensions.Employer | PlacementDimensions.TargetGroup,
            PlacementDimensions.Region | PlacementDimensions.Sector | PlacementDimensions.TargetGroup | PlacementDimensions.Partner | PlacementDimensions.Arrangement,
        ];
        foreach (var period in s_periods)
        {
            foreach (var by in groupings)
            {
                foreach (var scope in s_scopes)
                {
                    var expected = Describe(PlacementsFlow.Count(await PlacementsAsync(scope), period, by));
                    foreach (var reader in Readers)
                    {
                        Assert.Equal(expected, Describe(await reader.PlacementsFlowAsync(period, by, scope)));
                    }
                }
            }
        }
    }

    [Fact]
    public async Task H3_job_agreement_jobs_equal_the_definition_at_every_date_and_region_scope_one_date_or_many()
    {
        await SeedAsync();
        foreach (var scope in s_scopes)
        {
            var placements = await PlacementsAsync(scope);
            var expected = s_dates.Select(date => Describe(JobAgreementJobs.Count(placements, date))).ToArray();
            foreach (var reader in Readers)
            {
                for (var i = 0; i < s_dates.Length; i++)
                {
                    Assert.Equal(expected[i], Describe(await reader.JobAgreementJobsAsync(s_dates[i], scope)));
                }

                // Many dates at once, in the order asked (not sorted), a date twice.
                LocalDate[] dates = [s_dates[3], s_dates[0], s_dates[4], s_dates[3], s_dates[1]];
                var many = await reader.JobAgreementJobsAtAsync(dates, scope);
                Assert.Equal(dates, many.Select(r => r.Date));
                Assert.Equal(dates.Select(d => Describe(JobAgreementJobs.Count(placements, d))), many.Select(Describe));
            }
        }
    }

    [Fact]
    public async Task H6_job_agreement_breakdown_equals_the_figure_over_the_streamed_placements_by_sector_employer_partner_and_region()
    {
        await SeedAsync();
        PlacementDimensions[] groupings =
        [
            PlacementDimensions.None,
            PlacementDimensions.Sector,
            PlacementDimensions.Employer,
            PlacementDimensions.Partner,
            PlacementDimensions.Region | PlacementDimensions.Sector | PlacementDimensions.Partner | PlacementDimensions.Arrangement,
            PlacementDimensions.Region | PlacementDimensions.Employer,
        ];
        foreach (var date in s_dates)
        {
            foreach (var by in groupings)
            {
                foreach (var scope in s_scopes)
                {
                    var expected = Describe(JobAgreementBreakdown.Count(await PlacementsAsync(scope), date, by));
                    foreach (var reader in Readers)
                    {
                        Assert.Equal(expected, Describe(await reader.JobAgreementBreakdownAsync(date, by, scope)));
                    }
                }
            }
        }
    }

    [Fact]
    public void H6_the_breakdown_refuses_target_groups_before_reading_anything()
    {
        var reader = new ManagementInformationReader(Store);
        // The call itself throws: no task is handed back to await.
        Assert.Throws<ArgumentException>(Call);

        void Call() => _ = reader.JobAgreementBreakdownAsync(new LocalDate(2025, 12, 31), PlacementDimensions.TargetGroup);
    }

    [Fact]
    public async Task Placement_durability_equals_the_definition_over_the_streamed_placements_for_every_grouping_measuring_date_and_region_scope()
    {
        await SeedAsync();
        PlacementDimensions[] groupings =
        [
            PlacementDimensions.None,
            PlacementDimensions.Region,
            PlacementDimensions.Sector | PlacementDimensions.TargetGroup,
            PlacementDimensions.Region | PlacementDimensions.Sector | PlacementDimensions.TargetGroup | PlacementDimensions.Partner,
        ];
        foreach (var period in s_periods)
        {
            foreach (var measuringDate in s_dates)
            {
                foreach (var by in groupings)
                {
                    foreach (var scope in s_scopes)
                    {
                        var expected = Describe(PlacementDurability.Count(await PlacementsAsync(scope), period, measuringDate, by));
                        foreach (var reader in Readers)
                        {
                            Assert.Equal(expected, Describe(await reader.PlacementDurabilityAsync(period, measuringDate, by, scope)));
                        }
                    }
                }
            }
        }

        // The generator ends some placements: a 2015 start measured at the end of 2019 has both outcomes.
        var total = (await new ManagementInformationReader(Store).PlacementDurabilityAsync(s_periods[0], new LocalDate(2019, 12, 31))).Total;
        Assert.True(total.MeasuredAtTwelveMonths > 0 && total.RunningAtTwelveMonths < total.MeasuredAtTwelveMonths, total.ToString());
    }

    [Fact]
    public async Task L5_arrangement_monitoring_equals_the_figure_over_the_streamed_placements_given_or_listed_arrangements()
    {
        await SeedAsync();
        var employer = DeskWorld.NationalEmployer(World);
        Arrangement[] arrangements =
        [
            DeskWorld.Final(World, "ARR-003", employer).Join(s_haaglanden, World).Decline(s_amsterdam, World),
            DeskWorld.Final(World, "ARR-017", employer).Join(s_amsterdam, World),
            DeskWorld.Draft(World, "ARR-999", employer),
        ];
        foreach (var arrangement in arrangements)
        {
            await Store.Arrangements.InsertAsync(arrangement);
        }

        foreach (var period in s_periods)
        {
            foreach (var scope in s_scopes)
            {
                var expected = Describe(ArrangementMonitoring.Compute(arrangements, await PlacementsAsync(scope), period));
                foreach (var reader in Readers)
                {
                    Assert.Equal(expected, Describe(await reader.ArrangementMonitoringAsync(arrangements, period, scope)));
                    Assert.Equal(expected, Describe(await reader.ArrangementMonitoringAsync(ArrangementFilter.All, period, scope)));
                }
            }
        }
    }

    [Fact]
    public async Task H4_ambition_realisation_equals_the_figure_over_the_streamed_placements()
    {
        await SeedAsync();
        var table = PlacementAmbitions.Haaglanden2015;
        foreach (var scope in s_scopes)
        {
            var expected = Describe(AmbitionRealisation.Compute(table, await PlacementsAsync(scope)));
            foreach (var reader in Readers)
            {
                Assert.Equal(expected, Describe(await reader.AmbitionRealisationAsync(table, scope)));
            }
        }

        // The s_haaglanden generator places about a quarter of the placements in AM21, a ninth of them in 2015.
        Assert.True((await new ManagementInformationReader(Store).AmbitionRealisationAsync(table)).Cells.Sum(c => c.Realised) > 0);
    }

    [Fact]
    public async Task H6_regional_project_placements_equal_the_figure_over_the_streamed_placements()
    {
        var placements = await SeedAsync();
        RegionalProject[] projects =
        [
            new("P-1", "Employers of Delft", s_haaglanden, new DateInterval(new(2016, 1, 1), new(2021, 12, 31)), placements.Where(p => p.Region.Code == s_haaglanden).Take(30).Select(p => p.Employer), []),
            new("P-2", "Vacancies in Amsterdam", s_amsterdam, new DateInterval(new(2015, 1, 1), new(2026, 12, 31)), [], placements.Where(p => p.Region.Code == s_amsterdam).Take(40).Select(p => p.VacancyId)),
            new("P-3", "Nothing yet", s_groningen, new DateInterval(new(2030, 1, 1), new(2030, 12, 31)), [placements[0].Employer], []),
        ];
        foreach (var scope in s_scopes)
        {
            var expected = Describe(RegionalProjectPlacements.Count(projects, await PlacementsAsync(scope)));
            foreach (var reader in Readers)
            {
                Assert.Equal(expected, Describe(await reader.RegionalProjectPlacementsAsync(projects, scope)));
            }
        }

        Assert.True((await new ManagementInformationReader(Store).RegionalProjectPlacementsAsync(projects)).Sum(p => p.Placements) > 0);
    }

    [Fact]
    public async Task H6_projects_of_employers_only_are_counted_from_the_started_placements_as_from_the_whole_ones()
    {
        // No project names a vacancy: a store with pre-aggregates reads the starts' few columns instead of whole placements.
        var placements = await SeedAsync();
        var delft = placements.Where(p => p.Region.Code == s_haaglanden).ToArray();
        RegionalProject[] projects =
        [
            new("P-1", "Employers of Delft", s_haaglanden, new DateInterval(new(2016, 1, 1), new(2021, 12, 31)), delft.Take(30).Select(p => p.Employer), []),
            new("P-2", "An Amsterdam employer in Delft", s_haaglanden, new DateInterval(new(2015, 1, 1), new(2026, 12, 31)), [.. delft.Skip(30).Take(5).Select(p => p.Employer), .. placements.Where(p => p.Region.Code == s_amsterdam).Take(3).Select(p => p.Employer)], []),
            new("P-3", "Employers of Amsterdam", s_amsterdam, new DateInterval(new(2015, 1, 1), new(2026, 12, 31)), placements.Where(p => p.Region.Code == s_amsterdam).Take(40).Select(p => p.Employer), []),
        ];
        foreach (var scope in s_scopes)
        {
            var expected = Describe(RegionalProjectPlacements.Count(projects, await PlacementsAsync(scope)));
            foreach (var reader in Readers)
            {
                Assert.Equal(expected, Describe(await reader.RegionalProjectPlacementsAsync(projects, scope)));
            }
        }

        var counted = await new ManagementInformationReader(Store).RegionalProjectPlacementsAsync(projects);
        Assert.All(counted, c => Assert.True(c.Placements > 0, c.ProjectId));
    }

    [Fact]
    public async Task H10_late_vacancy_registrations_equal_the_figure_over_the_stored_vacancies_per_region_scope()
    {
        var now = World.Clock.GetCurrentInstant();
        await Store.Vacancies.InsertAsync(World.Vacancy("V-1"));
        await Store.Vacancies.InsertAsync(Vacancies.Vacancy.Register(World.Registration(id: "V-2", receivedAt: now - Duration.FromDays(3)), World.Clock));
        await Store.Vacancies.InsertAsync(Vacancies.Vacancy.Register(World.Registration(id: "V-3", receivedAt: now - Duration.FromHours(25)), World.Clock));
        var period = new DateInterval(new(2026, 3, 1), new(2026, 3, 31));
        var summaries = (await Store.Vacancies.QueryAsync(new VacanciesInRegions(regions: null, take: 100))).Items;

        foreach (var scope in s_scopes)
        {
            var expected = Describe(LateVacancyRegistrations.Count(summaries.Where(v => scope is null || scope.Any(r => r.ToString() == v.RegionCode)), period));
            foreach (var reader in Readers)
            {
                Assert.Equal(expected, Describe(await reader.LateVacancyRegistrationsAsync(period, scope)));
            }
        }

        Assert.Equal([(s_haaglanden, 3, 2)], Describe(await new ManagementInformationReader(Store).LateVacancyRegistrationsAsync(period)));
    }

    [Fact]
    public async Task Property_the_reader_equals_the_definitions_over_any_imports_dates_and_scopes()
    {
        var imports = 0;
        RegionCode[] regions = [s_haaglanden, s_amsterdam, s_groningen, RegionCode.Parse("AM13")];
        await Gen.Select(Gen.Int[1, 150], Gen.Int[1, 1_000_000], Gen.Int[0, 6000], Gen.Int[0, 15]).SampleAsync(
            async sample =>
            {
                var (count, seed, day, mask) = sample;
                await Store.Placements.ImportAsync($"import-{++imports}", World.Async(World.Placements(count, $"I{imports}", seed)));
                IReadOnlyCollection<RegionCode>? scope = mask == 15 ? null : [.. regions.Where((_, i) => (mask & (1 << i)) != 0)];
                var placements = await PlacementsAsync(scope);
                var date = new LocalDate(2014, 1, 1).PlusDays(day);
                var period = new DateInterval(date, date.PlusDays(day % 700));
                const PlacementDimensions By = PlacementDimensions.Region | PlacementDimensions.Sector | PlacementDimensions.Partner;
                foreach (var reader in Readers)
                {
                    Assert.Equal(Describe(JobAgreementJobs.Count(placements, date)), Describe(await reader.JobAgreementJobsAsync(date, scope)));
                    Assert.Equal(Describe(JobAgreementBreakdown.Count(placements, date, By)), Describe(await reader.JobAgreementBreakdownAsync(date, By, scope)));
                    Assert.Equal(Describe(PlacementsFlow.Count(placements, period, By | PlacementDimensions.TargetGroup)), Describe(await reader.PlacementsFlowAsync(period, By | PlacementDimensions.TargetGroup, scope)));
                }
            },
            iter: 8,
            threads: 1);
    }

    /// <summary>Imports 600 placements in two imports and books two on a vacancy.</summary>
    private async Task<Placement[]> SeedAsync()
    {
        var first = World.Placements(400, "A", seed: 11);
        var second = World.Placements(200, "B", seed: 12);
        await Store.Placements.ImportAsync("import-1", World.Async(first));
        await Store.Placements.ImportAsync("import-2", World.Async(second));
        await Store.Vacancies.InsertAsync(World.ReferAndBook(World.ReferAndBook(World.Vacancy(positions: 3), 1), 2));
        return [.. first, .. second];
    }

    private async Task<List<Placement>> PlacementsAsync(IReadOnlyCollection<RegionCode>? scope) =>
        [.. (await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All))).Where(p => scope is null || scope.Contains(p.Region.Code))];

    // Flat arrays: xunit compares them item by item (a tuple holding an array would compare the array by reference).
    private static string[] Describe(PlacementFlowResult result) =>
        [$"total {result.Total}", .. result.Groups.Select(g => $"{g.Group}={g.Placements}")];

    // Tuples compare hours as values: 28.00 and 28 are the same hours, whatever the scale a sum carries.
    private static (LocalDate, string, Employers.EmployerKind, decimal, int)[] Describe(JobAgreementStockResult result) =>
        [.. result.Groups.Select(g => (result.Date, g.Region.ToString(), g.EmployerKind, g.HoursPerWeek, g.WorkingPersons))];

    private static (string, decimal, int)[] Describe(JobAgreementBreakdownResult result) =>
        [.. result.Groups.Select(g => (g.Group.ToString(), g.HoursPerWeek, g.WorkingPersons))];

    private static string[] Describe(ArrangementMonitoringReport report) =>
        [.. report.Arrangements.Select(a => $"{a.ArrangementId} {a.Status} {a.Placements}: " + string.Join("; ", a.Regions.Select(r => $"{r.Region} {r.Participation} {r.SignedVersion} {r.Placements}")))];

    private static string[] Describe(AmbitionRealisationReport report) =>
        [$"outside {report.OutsideTable}", .. report.Cells.Select(c => $"{c.SectorCode} {c.Partner} {c.Ambition} {c.Realised}")];

    private static string[] Describe(IReadOnlyList<RegionalProjectCount> counts) =>
        [.. counts.Select(c => $"{c.ProjectId} {c.Placements}: " + string.Join(", ", c.ByPartner.OrderBy(p => p.Key.ToString(), StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")))];

    private static string[] Describe(PlacementDurabilityResult result) =>
        [$"total {result.Total}", .. result.Groups.Select(g => $"{g.Group}: {g}")];

    private static (RegionCode, int, int)[] Describe(LateRegistrationReport report) =>
        [.. report.Regions.Select(r => (r.Region, r.Registered, r.Late))];

    /// <summary>The same store, seen without its pre-aggregates: every call goes to the store itself.</summary>
    private sealed class StreamedOnly(IWspStore store) : IWspStore
    {
        public IEmployerAccountStore Accounts => store.Accounts;

        public IVacancyStore Vacancies => store.Vacancies;

        public IVisitStore Visits => store.Visits;

        public IPlacementStore Placements { get; } = new Streamed(store.Placements);

        public IArrangementStore Arrangements => store.Arrangements;

        public INationalDeskStore Desk => store.Desk;

        public ISectorEmployerTotalsStore EmployerTotals => store.EmployerTotals;

        public IRegionalProjectStore Projects => store.Projects;

        public IFigureInputStore FigureInputs => store.FigureInputs;
        public IIdempotencyStore Idempotency => store.Idempotency;

        public Task InitializeAsync(CancellationToken cancellationToken = default) => store.InitializeAsync(cancellationToken);

        private sealed class Streamed(IPlacementStore placements) : IPlacementStore
        {
            public Task<ImportResult> ImportAsync(string importId, IAsyncEnumerable<Placement> items, CancellationToken cancellationToken = default) =>
                placements.ImportAsync(importId, items, cancellationToken);

            public Task<IPlacementImport?> BeginImportAsync(string importId, CancellationToken cancellationToken = default) =>
                placements.BeginImportAsync(importId, cancellationToken);

            public Task<IReadOnlyCollection<string>> FindExistingIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
                placements.FindExistingIdsAsync(ids, cancellationToken);

            public Task<int> RollbackImportAsync(string importId, CancellationToken cancellationToken = default) =>
                placements.RollbackImportAsync(importId, cancellationToken);

            public IAsyncEnumerable<Placement> StreamAsync(PlacementFilter filter, CancellationToken cancellationToken = default) =>
                placements.StreamAsync(filter, cancellationToken);

            public Task<Page<Placement>> QueryAsync(PlacementQuery query, string? continuationToken = null, CancellationToken cancellationToken = default) =>
                placements.QueryAsync(query, continuationToken, cancellationToken);

            public Task<int> CountAsync(PlacementQuery query, CancellationToken cancellationToken = default) => placements.CountAsync(query, cancellationToken);
        }
    }
}
