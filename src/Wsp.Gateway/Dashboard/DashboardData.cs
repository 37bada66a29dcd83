using NodaTime;
using Wsp.Sdk.Ambitions;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Geography;
using Wsp.Sdk.JobAgreements;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Dashboard;

/// <summary>
/// Reads the dashboard's figures from the store through the SDK's computations (the same counting definitions as
/// GraphQL and the extracts): nothing is counted here, only selected and handed over.
/// </summary>
internal static class DashboardData
{
    /// <summary>The ambition tables the SDK ships (H4); a region without one shows "no ambition table".</summary>
    private static readonly IReadOnlyList<PlacementAmbitionTable> s_ambitions = [PlacementAmbitions.Haaglanden2015];

    /// <summary>The regional job-agreement targets the SDK ships (H2); other regions show "no regional target".</summary>
    private static readonly IReadOnlyList<JobAgreementTarget> s_targets = [JobAgreementTargets.Haaglanden2016];

    /// <summary>The year shown when none is asked: that of the region's newest ambition table, else the current year.</summary>
    public static int DefaultYear(RegionCode region, LocalDate today) =>
        s_ambitions.Where(a => a.Region == region).Select(a => (int?)a.Year).Max() ?? today.Year;

    public static async Task<DashboardView> LoadAsync(IWspStore store, PartnerIdentity viewer, LabourMarketRegion region, int year, LocalDate today, CancellationToken cancellationToken)
    {
        var table = s_ambitions.FirstOrDefault(a => a.Region == region.Code && a.Year == year);
        AmbitionRealisationReport? ambition = null;
        if (table is not null)
        {
            var placements = store.Placements.StreamAsync(PlacementFilter.StartedIn(AmbitionRealisation.PeriodOf(table), region.Code), cancellationToken);
            ambition = await AmbitionRealisation.ComputeAsync(table, placements, cancellationToken).ConfigureAwait(false);
        }

        var dates = DashboardView.MonthEnds(year, today);
        var jobs = new List<JobAgreementStockResult>(dates.Count);
        if (dates.Count > 0)
        {
            // One read of the region's placements active in the year; the definition then counts each month end.
            var active = new List<Placement>();
            var filter = new PlacementFilter(region.Code, StartedOnOrBefore: dates[^1], EndedOnOrAfter: dates[0]);
            await foreach (var placement in store.Placements.StreamAsync(filter, cancellationToken).ConfigureAwait(false))
            {
                if (placement.CountsForJobAgreement)
                {
                    active.Add(placement);
                }
            }

            jobs.AddRange(dates.Select(date => JobAgreementJobs.Count(active, date)));
        }

        var arrangements = await store.Arrangements.ListAsync(ArrangementFilter.All, cancellationToken).ConfigureAwait(false);

        // Monitoring (L5) over the placements started in the year: every region's for a partner that reads national
        // aggregates, only this region's for a municipality (as GraphQL's arrangementMonitoring).
        var period = new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        var started = store.Placements.StreamAsync(PlacementFilter.StartedIn(period, viewer.CanReadNationalAggregates ? null : region.Code), cancellationToken);
        var monitoring = await ArrangementMonitoring.ComputeAsync(arrangements, started, period, cancellationToken).ConfigureAwait(false);
        return new DashboardView(
            viewer,
            region,
            year,
            table,
            ambition,
            jobs,
            s_targets.FirstOrDefault(t => t.Region == region.Code),
            [.. arrangements.OrderBy(a => a.EmployerName, StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal)],
            monitoring);
    }
}
