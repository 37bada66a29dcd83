using System.Runtime.CompilerServices;
using NodaTime;
using Wsp.Sdk.Ambitions;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Placements;
using Wsp.Sdk.RegionalProjects;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.ManagementInformation;

/// <summary>
/// Reads the management information (managementinformatie, rules H4–H6, H10, L5) and the counting definitions'
/// figures from a store: the one place that decides how a figure is fed, so GraphQL, the dashboard and the extracts
/// give the same numbers. When the store's placement store keeps the pre-aggregates (<see cref="IPlacementAggregates"/>)
/// a flow is summed from the placement starts and a stock counted from the active job-agreement placements' narrow
/// rows; otherwise the placements are streamed. Both paths give identical results (tested on
/// every store); the figures' rules stay in their own classes (<see cref="PlacementsFlow"/>,
/// <see cref="JobAgreementJobs"/>, <see cref="ArrangementMonitoring"/>, …).
/// </summary>
/// <remarks>
/// <para>
/// Region scope: a method that takes <c>regions</c> counts the records of those regions only (null = every region),
/// as a municipality's view of the figures is computed over its own regions' records alone.
/// </para>
/// <para>
/// The reader holds only the store; it is thread-safe when the store is (both stores of this SDK are), so one instance
/// can serve every request.
/// </para>
/// </remarks>
public sealed partial class ManagementInformationReader
{
    private const int VacancyPage = 1_000;

    private readonly IWspStore _store;

    /// <summary>Initializes a reader over a store.</summary>
    /// <param name="store">The store.</param>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> is null.</exception>
    public ManagementInformationReader(IWspStore store)
    {
        _store = Preconditions.CheckNotNull(store);
    }

    /// <summary>Gets whether the figures are summed from the store's pre-aggregates rather than from streamed placements.</summary>
    public bool UsesPreAggregates => _store.Placements is IPlacementAggregates;

    private IPlacementAggregates? Aggregates => _store.Placements as IPlacementAggregates;

    /// <summary>Counts <c>placements-flow/1</c>: the placements that started in <paramref name="period"/>, grouped as asked.</summary>
    /// <param name="period">The period, both ends included.</param>
    /// <param name="by">The dimensions to group by; <see cref="PlacementDimensions.None"/> for one total.</param>
    /// <param name="regions">Only these regions' placements; null for every region.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentException"><paramref name="period"/> is null, or <paramref name="by"/> is no combination of dimensions.</exception>
    public Task<PlacementFlowResult> PlacementsFlowAsync(DateInterval period, PlacementDimensions by = PlacementDimensions.None, IReadOnlyCollection<RegionCode>? regions = null, CancellationToken cancellationToken = default)
    {
        // Arguments are checked before the first await, so a bad call fails at once, not when awaited.
        Preconditions.CheckNotNull(period);
        return PlacementsFlowCoreAsync(period, by, Scope.Of(regions), cancellationToken);
    }

    /// <summary>Counts <c>job-agreement-jobs/2</c> at <paramref name="date"/>, per region and employer kind.</summary>
    /// <param name="date">The measuring date.</param>
    /// <param name="regions">Only these regions' placements; null for every region.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>The jobs and working persons.</returns>
    public Task<JobAgreementStockResult> JobAgreementJobsAsync(LocalDate date, IReadOnlyCollection<RegionCode>? regions = null, CancellationToken cancellationToken = default) =>
        JobAgreementJobsCoreAsync(date, Scope.Of(regions), cancellationToken);

    /// <summary>
    /// Counts <c>job-agreement-jobs/2</c> at each of several dates (for example the month ends of a chart), in one
    /// read of the store where it can.
    /// </summary>
    /// <param name="dates">The measuring dates.</param>
    /// <param name="regions">Only these regions' placements; null for every region.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>One result per date, in the order of <paramref name="dates"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    public Task<IReadOnlyList<JobAgreementStockResult>> JobAgreementJobsAtAsync(IEnumerable<LocalDate> dates, IReadOnlyCollection<RegionCode>? regions = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(dates);
        return JobAgreementJobsAtCoreAsync([.. dates], Scope.Of(regions), cancellationToken);
    }

    /// <summary>
    /// Computes figure <c>arrangement-monitoring/1</c> (rule L5): placements realised per arrangement per region in
    /// <paramref name="period"/>, against the arrangements' job opportunities.
    /// </summary>
    /// <param name="arrangements">The arrangements to report on.</param>
    /// <param name="period">The period, both ends included.</param>
    /// <param name="regions">Only these regions' placements; null for every region.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>One result per arrangement, ordered by id.</returns>
    /// <exception cref="ArgumentException">An argument is null, or <paramref name="arrangements"/> holds a null.</exception>
    public Task<ArrangementMonitoringReport> ArrangementMonitoringAsync(IEnumerable<Arrangement> arrangements, DateInterval period, IReadOnlyCollection<RegionCode>? regions = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(arrangements);
        Preconditions.CheckNotNull(period);
        return ArrangementMonitoringCoreAsync(arrangements, period, Scope.Of(regions), cancellationToken);
    }

    /// <summary>Computes figure <c>arrangement-monitoring/1</c> (rule L5) for the stored arrangements a filter lists.</summary>
    /// <param name="filter">Which stored arrangements; <see cref="ArrangementFilter.All"/> for all.</param>
    /// <param name="period">The period, both ends included.</param>
    /// <param name="regions">Only these regions' placements; null for every region.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>One result per arrangement, ordered by id.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Task<ArrangementMonitoringReport> ArrangementMonitoringAsync(ArrangementFilter filter, DateInterval period, IReadOnlyCollection<RegionCode>? regions = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(filter);
        Preconditions.CheckNotNull(period);
        return ListedArrangementMonitoringAsync(filter, period, Scope.Of(regions), cancellationToken);
    }

    /// <summary>
    /// Computes figure <c>ambition-realisation/1</c> (rule H4): a region's placement ambition against the placements
    /// that started in its region in the table's year, per sector × partner.
    /// </summary>
    /// <param name="ambition">The region's ambition table.</param>
    /// <param name="regions">Only these regions' placements; null for every region (the table's region is counted either way, other regions never).</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>The ambition against the realisation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ambition"/> is null.</exception>
    public Task<AmbitionRealisationReport> AmbitionRealisationAsync(PlacementAmbitionTable ambition, IReadOnlyCollection<RegionCode>? regions = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(ambition);
        return AmbitionRealisationCoreAsync(ambition, Scope.Of(regions), cancellationToken);
    }

    /// <summary>
    /// Computes figure <c>job-agreement-breakdown/1</c> (rule H6): job-agreement jobs at <paramref name="date"/> grouped by
    /// any of region, sector, employer, partner and arrangement. With a store's pre-aggregates every grouping is counted
    /// from the active job-agreement placements' narrow rows (working persons are distinct candidates, H3).
    /// </summary>
    /// <param name="date">The measuring date.</param>
    /// <param name="by">Any of region, sector, employer, partner and arrangement; not target group.</param>
    /// <param name="regions">Only these regions' placements; null for every region.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>The jobs and working persons per group.</returns>
    /// <exception cref="ArgumentException"><paramref name="by"/> names target group or an undefined dimension.</exception>
    public Task<JobAgreementBreakdownResult> JobAgreementBreakdownAsync(LocalDate date, PlacementDimensions by, IReadOnlyCollection<RegionCode>? regions = null, CancellationToken cancellationToken = default)
    {
        // Checked here, before any read: the same refusal the figure gives.
        JobAgreementBreakdown.Count([], date, by);
        return JobAgreementBreakdownCoreAsync(date, by, Scope.Of(regions), cancellationToken);
    }

    /// <summary>
    /// Computes figure <c>late-vacancy-registrations/1</c> (rule H10): per region, the vacancies registered in
    /// <paramref name="period"/> and those registered more than 24 hours after receipt.
    /// </summary>
    /// <param name="period">The period, both ends included (Dutch calendar dates of registration).</param>
    /// <param name="regions">Only these regions' vacancies; null for every region.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public Task<LateRegistrationReport> LateVacancyRegistrationsAsync(DateInterval period, IReadOnlyCollection<RegionCode>? regions = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(period);
        return LateVacancyRegistrations.CountAsync(VacanciesAsync(Scope.Of(regions), LateVacancyRegistrations.InstantsOf(period), cancellationToken), period, cancellationToken);
    }

    /// <summary>
    /// Computes figure <c>regional-project-placements/1</c> (rule H6): the placements of each regional project, started
    /// in its period, per booking partner.
    /// </summary>
    /// <param name="projects">The projects.</param>
    /// <param name="regions">Only these regions' placements; null for every region (a project counts its own region's only either way).</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>One count per project, ordered by id.</returns>
    /// <exception cref="ArgumentException"><paramref name="projects"/> is null, holds a null, or names an id twice.</exception>
    public Task<IReadOnlyList<RegionalProjectCount>> RegionalProjectPlacementsAsync(IEnumerable<RegionalProject> projects, IReadOnlyCollection<RegionCode>? regions = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(projects);
        RegionalProject[] list = [.. projects.Select(p => Preconditions.CheckNotNull(p, nameof(projects)))];

        // Checked here, before any read: the same refusal (an id twice) the figure gives.
        RegionalProjectPlacements.Count(list, []);
        return RegionalProjectPlacementsCoreAsync(list, Scope.Of(regions), cancellationToken);
    }

    private async Task<PlacementFlowResult> PlacementsFlowCoreAsync(DateInterval period, PlacementDimensions by, Scope scope, CancellationToken cancellationToken)
    {
        if (Aggregates is { } aggregates)
        {
            // The store sums what the grouping does not need (by employer: one cell per employer and cell), and scopes
            // the regions itself where it can. The cells are counted as they come, none kept; not read ahead on another
            // task, which cost more than it saved (a cell is little work to count, and each batch lived on into gen 1).
            var cells = aggregates.ReadPlacementStartsAsync(period, by, scope.Regions, cancellationToken).Where(c => scope.Contains(c.Key.Region));
            return await PlacementStarts.CountAsync(cells, period, by, cancellationToken).ConfigureAwait(false);
        }

        return await PlacementsFlow.CountAsync(StreamAsync(PlacementFilter.StartedIn(period, scope.Single), scope, cancellationToken), period, by, cancellationToken).ConfigureAwait(false);
    }

    private async Task<JobAgreementStockResult> JobAgreementJobsCoreAsync(LocalDate date, Scope scope, CancellationToken cancellationToken)
    {
        // Working persons are distinct candidates (H3), which no sum of ledger cells can give: the store reads the
        // active job-agreement placements' few columns (region-scoped), candidate and record key included.
        if (Aggregates is { } aggregates)
        {
            return await JobAgreementJobs.FromActiveAsync(FilterAsync(aggregates.ReadJobAgreementPlacementsAsync(date, scope.Regions, cancellationToken), p => p.Key.Region, scope, cancellationToken), date, cancellationToken).ConfigureAwait(false);
        }

        return await JobAgreementJobs.CountAsync(StreamAsync(PlacementFilter.ActiveOn(date, scope.Single), scope, cancellationToken), date, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<JobAgreementStockResult>> JobAgreementJobsAtCoreAsync(LocalDate[] dates, Scope scope, CancellationToken cancellationToken)
    {
        var results = new JobAgreementStockResult[dates.Length];
        for (var i = 0; i < dates.Length; i++)
        {
            results[i] = await JobAgreementJobsCoreAsync(dates[i], scope, cancellationToken).ConfigureAwait(false);
        }

        return results;
    }

    private async Task<ArrangementMonitoringReport> ListedArrangementMonitoringAsync(ArrangementFilter filter, DateInterval period, Scope scope, CancellationToken cancellationToken)
    {
        var arrangements = await _store.Arrangements.ListAsync(filter, cancellationToken).ConfigureAwait(false);
        return await ArrangementMonitoringCoreAsync(arrangements, period, scope, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ArrangementMonitoringReport> ArrangementMonitoringCoreAsync(IEnumerable<Arrangement> arrangements, DateInterval period, Scope scope, CancellationToken cancellationToken)
    {
        var flow = await PlacementsFlowCoreAsync(period, ArrangementMonitoring.Dimensions, scope, cancellationToken).ConfigureAwait(false);
        return ArrangementMonitoring.Compute(arrangements, flow);
    }

    private async Task<AmbitionRealisationReport> AmbitionRealisationCoreAsync(PlacementAmbitionTable ambition, Scope scope, CancellationToken cancellationToken)
    {
        // The figure reads the table's region only: narrowing to it lets the streamed path filter in the store.
        var narrowed = scope.Contains(ambition.Region) ? Scope.Of([ambition.Region]) : scope;
        var flow = await PlacementsFlowCoreAsync(AmbitionRealisation.PeriodOf(ambition), AmbitionRealisation.Dimensions, narrowed, cancellationToken).ConfigureAwait(false);
        return AmbitionRealisation.Compute(ambition, flow);
    }

    private async Task<JobAgreementBreakdownResult> JobAgreementBreakdownCoreAsync(LocalDate date, PlacementDimensions by, Scope scope, CancellationToken cancellationToken)
    {
        if (Aggregates is { } aggregates)
        {
            // The store reads the active placements' few columns (region-scoped) instead of whole placements: working
            // persons are distinct candidates (H3), which the ledger's cells cannot give.
            return await JobAgreementBreakdown.FromActiveAsync(FilterAsync(aggregates.ReadJobAgreementPlacementsAsync(date, scope.Regions, cancellationToken), p => p.Key.Region, scope, cancellationToken), date, by, cancellationToken).ConfigureAwait(false);
        }

        return await JobAgreementBreakdown.CountAsync(StreamAsync(PlacementFilter.ActiveOn(date, scope.Single), scope, cancellationToken), date, by, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<RegionalProjectCount>> RegionalProjectPlacementsCoreAsync(RegionalProject[] projects, Scope scope, CancellationToken cancellationToken)
    {
        // A project counts its own region's placements in its own period: read only those regions and that span.
        var counted = projects.Where(p => scope.Contains(p.Region)).ToArray();
        if (counted.Length == 0)
        {
            return RegionalProjectPlacements.Count(projects, []);
        }

        var first = counted.Min(p => p.Period.Start);
        var last = counted.Max(p => p.Period.End);
        // The projects' regions are within the caller's scope (only those projects are counted).
        var projectRegions = Scope.Of([.. counted.Select(p => p.Region).Distinct()]);
        var period = new DateInterval(first, last);
        if (Aggregates is { } aggregates && !projects.Any(p => p.NamesVacancies))
        {
            // Projects of employers only need no vacancy id: the store reads the started placements' few columns.
            var starts = aggregates.ReadStartedPlacementsAsync(period, projectRegions.Regions, cancellationToken);
            return await RegionalProjectPlacements.FromStartsAsync(projects, FilterAsync(starts, s => s.Key.Region, projectRegions, cancellationToken), cancellationToken).ConfigureAwait(false);
        }

        var placements = _store.Placements.StreamAsync(PlacementFilter.StartedIn(period, projectRegions.Single), cancellationToken);
        return await RegionalProjectPlacements.CountAsync(projects, FilterAsync(placements, p => p.Region.Code, projectRegions, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    private IAsyncEnumerable<Placement> StreamAsync(PlacementFilter filter, Scope scope, CancellationToken cancellationToken) =>
        FilterAsync(_store.Placements.StreamAsync(filter, cancellationToken), p => p.Region.Code, scope, cancellationToken);

    /// <summary>The items of the scope's regions, read ahead on another task while the figure counts (<see cref="ReadAhead"/>).</summary>
    private static IAsyncEnumerable<T> FilterAsync<T>(IAsyncEnumerable<T> items, Func<T, RegionCode> regionOf, Scope scope, CancellationToken cancellationToken) =>
        ReadAhead.Of(items, item => scope.Contains(regionOf(item)), cancellationToken);

    private async IAsyncEnumerable<VacancySummary> VacanciesAsync(Scope scope, Interval registered, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var specification = new Specifications.VacanciesRegisteredIn(registered, scope.Single, VacancyPage);
        string? continuation = null;
        do
        {
            var page = await _store.Vacancies.QueryAsync(specification, continuation, cancellationToken).ConfigureAwait(false);
            foreach (var vacancy in page.Items)
            {
                if (scope.Contains(vacancy.RegionCode))
                {
                    yield return vacancy;
                }
            }

            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
    }

    /// <summary>A region scope: every region, or a set of them.</summary>
    private readonly struct Scope
    {
        private readonly bool[]? _regions;
        private readonly HashSet<string>? _codes;

        private Scope(IReadOnlyCollection<RegionCode> regions)
        {
            _regions = new bool[100];
            foreach (var region in regions)
            {
                _regions[Preconditions.CheckInitialized(region, nameof(regions)).Number] = true;
            }

            _codes = [.. regions.Select(r => r.ToString())];
            Regions = regions;
            Single = regions.Count == 1 ? regions.First() : null;
        }

        /// <summary>Gets the regions of the scope; null for every region.</summary>
        public IReadOnlyCollection<RegionCode>? Regions { get; }

        /// <summary>Gets the one region of the scope, for a store filter; null for none or several.</summary>
        public RegionCode? Single { get; }

        public static Scope Of(IReadOnlyCollection<RegionCode>? regions) => regions is null ? default : new Scope(regions);

        public bool Contains(RegionCode region) => _regions is null || _regions[region.Number];

        public bool Contains(string regionCode) => _codes is null || _codes.Contains(regionCode);
    }
}
