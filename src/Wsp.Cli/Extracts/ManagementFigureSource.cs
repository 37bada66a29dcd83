using System.Runtime.CompilerServices;
using NodaTime;
using Wsp.Sdk.Ambitions;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Geography;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.Specifications;
using Wsp.Sdk.Storage;

namespace Wsp.Cli.Extracts;

/// <summary>
/// The one place the tool gets management figures (managementinformatie) from: the SDK's computations over the store.
/// The tool never counts; it only turns a figure into a table. Everything the extracts need goes through here, so the
/// tool reads through one SDK entry point and answers the numbers the gateway answers.
/// </summary>
internal sealed class ManagementFigureSource(IWspStore store)
{
    private const int VacancyPage = 1_000;

    public static IReadOnlyList<PlacementAmbitionTable> AmbitionTables { get; } = [PlacementAmbitions.Haaglanden2015];

    public Task<ArrangementMonitoringReport> ArrangementMonitoringAsync(IReadOnlyList<Arrangement> arrangements, DateInterval period, CancellationToken cancellationToken) =>
        ArrangementMonitoring.ComputeAsync(arrangements, store.Placements.StreamAsync(PlacementFilter.StartedIn(period), cancellationToken), period, cancellationToken);

    public Task<AmbitionRealisationReport> AmbitionRealisationAsync(PlacementAmbitionTable table, CancellationToken cancellationToken) =>
        AmbitionRealisation.ComputeAsync(table, store.Placements.StreamAsync(PlacementFilter.StartedIn(AmbitionRealisation.PeriodOf(table), table.Region), cancellationToken), cancellationToken);

    public Task<JobAgreementBreakdownResult> JobAgreementBreakdownAsync(LocalDate date, PlacementDimensions by, RegionCode? region, CancellationToken cancellationToken) =>
        JobAgreementBreakdown.CountAsync(store.Placements.StreamAsync(PlacementFilter.ActiveOn(date, region), cancellationToken), date, by, cancellationToken);

    public Task<LateRegistrationReport> LateVacancyRegistrationsAsync(DateInterval period, RegionCode? region, CancellationToken cancellationToken) =>
        LateVacancyRegistrations.CountAsync(Vacancies(region, cancellationToken), period, cancellationToken);

    public Task<IReadOnlyList<RegionalProjectCount>> RegionalProjectPlacementsAsync(IReadOnlyList<RegionalProject> projects, CancellationToken cancellationToken)
    {
        var regions = projects.Select(p => p.Region).Distinct().ToArray();
        return RegionalProjectPlacements.CountAsync(projects, store.Placements.StreamAsync(new PlacementFilter(regions is [var only] ? only : null), cancellationToken), cancellationToken);
    }

    /// <summary>The coverage per sector against the newest stored totals on or before <paramref name="asOf"/>; null when none are stored.</summary>
    public async Task<CoverageReport?> CoverageAsync(RegionCode region, LocalDate asOf, IReadOnlyList<EmployerContact> contacts, CancellationToken cancellationToken)
    {
        var totals = await store.EmployerTotals.FindLatestAsync(region, asOf, cancellationToken).ConfigureAwait(false);
        return totals is null ? null : CoverageBySector.Compute(totals, contacts);
    }

    private async IAsyncEnumerable<VacancySummary> Vacancies(RegionCode? region, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var code = region?.ToString();
        string? continuation = null;
        do
        {
            var page = await store.Vacancies.QueryAsync(new VacancyPages(), continuation, cancellationToken).ConfigureAwait(false);
            foreach (var vacancy in page.Items)
            {
                if (code is null || vacancy.RegionCode == code)
                {
                    yield return vacancy;
                }
            }

            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
    }

    private sealed class VacancyPages : Specification<VacancySummary>
    {
        public VacancyPages() => Query.OrderBy(v => v.Id).Take(VacancyPage);
    }
}
