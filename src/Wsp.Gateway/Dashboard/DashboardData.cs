using NodaTime;
using Wsp.Sdk.Ambitions;
using Wsp.Sdk.Geography;
using Wsp.Sdk.JobAgreements;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Dashboard;

/// <summary>
/// Reads the dashboard's figures from the store through the SDK's <see cref="ManagementInformationReader"/> (the same
/// counting definitions and feeds as GraphQL and the extracts): nothing is counted here, only selected and handed over.
/// </summary>
internal static class DashboardData
{
    /// <summary>The ambition tables the SDK ships (H4); a region without one shows "no ambition table".</summary>
    private static readonly IReadOnlyList<PlacementAmbitionTable> s_ambitions = PlacementAmbitions.All;

    /// <summary>The regional job-agreement targets the SDK ships (H2); other regions show "no regional target".</summary>
    private static readonly IReadOnlyList<JobAgreementTarget> s_targets = [JobAgreementTargets.Haaglanden2016];

    /// <summary>The year shown when none is asked: that of the region's newest ambition table, else the current year.</summary>
    public static int DefaultYear(RegionCode region, LocalDate today) =>
        s_ambitions.Where(a => a.Region == region).Select(a => (int?)a.Year).Max() ?? today.Year;

    public static async Task<DashboardView> LoadAsync(IWspStore store, PartnerIdentity viewer, LabourMarketRegion region, int year, LocalDate today, CancellationToken cancellationToken)
    {
        // Every figure through the SDK's reader (from the store's pre-aggregates where it keeps them): the same
        // numbers as GraphQL and the extracts. The region's page counts the region's records only.
        var reader = new ManagementInformationReader(store);
        IReadOnlyCollection<RegionCode> here = [region.Code];
        var table = s_ambitions.FirstOrDefault(a => a.Region == region.Code && a.Year == year);
        var ambition = table is null ? null : await reader.AmbitionRealisationAsync(table, here, cancellationToken).ConfigureAwait(false);

        var dates = DashboardView.MonthEnds(year, today);
        var jobs = dates.Count == 0 ? [] : await reader.JobAgreementJobsAtAsync(dates, here, cancellationToken).ConfigureAwait(false);

        // Monitoring (L5) of the placements started in the year: every region's for a partner that reads national
        // aggregates, only this region's for a municipality (as GraphQL's arrangementMonitoring).
        var arrangements = (await store.Arrangements.ListAsync(ArrangementFilter.All, cancellationToken).ConfigureAwait(false)).Where(a => a.IsVisibleTo(viewer)).ToArray();
        var period = new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        var monitoring = await reader.ArrangementMonitoringAsync(arrangements, period, viewer.CanReadNationalAggregates ? null : here, cancellationToken).ConfigureAwait(false);
        return new DashboardView(
            viewer,
            region,
            year,
            table,
            ambition,
            jobs,
            s_targets.FirstOrDefault(t => t.Region == region.Code),
            [.. arrangements.OrderBy(a => a.EmployerName, StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal)],
            monitoring,
            DashboardCounts.For(viewer, ambition, jobs, monitoring));
    }
}
