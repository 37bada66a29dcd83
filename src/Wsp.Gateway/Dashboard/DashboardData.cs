using NodaTime;
using Wsp.Sdk;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Dashboard;

/// <summary>
/// Reads the dashboard's figures through the viewer's <see cref="WspClient"/> (the same counting definitions, access
/// decisions, figure inputs and disclosure as GraphQL and the extracts): nothing is counted or decided here, only selected and handed over.
/// </summary>
internal static class DashboardData
{
    /// <summary>The year shown when none is asked: that of the region's newest ambition table (imported or the SDK's) up to this year, else this year.</summary>
    public static async Task<int> DefaultYearAsync(WspClient client, RegionCode region, LocalDate today, CancellationToken cancellationToken) =>
        (await client.PlacementAmbitionsAsync(region, cancellationToken).ConfigureAwait(false))
            .Select(a => (int?)a.Value.Year).Where(y => y <= today.Year).Max() ?? today.Year;

    public static async Task<DashboardView> LoadAsync(WspClient client, LabourMarketRegion region, int year, LocalDate today, CancellationToken cancellationToken)
    {
        // The region's page counts the region's records only; the client refuses a region whose figures the viewer may not read.
        var ambition = await client.AmbitionRealisationAsync(region.Code, year, cancellationToken).ConfigureAwait(false);
        var monthEnds = DashboardView.MonthEnds(year, today);
        var jobs = await client.JobAgreementJobsAtAsync(monthEnds, region.Code, cancellationToken).ConfigureAwait(false);

        // Extra jobs only where the baseline (nulmeting) covers the region: the targets count extra jobs, never gross ones.
        var baseline = (await client.JobAgreementBaselineAsync(cancellationToken).ConfigureAwait(false))?.Value;
        var extra = baseline is not null && monthEnds.Count > 0 && monthEnds[0] > baseline.Date && baseline.Cells.Any(c => c.Region == region.Code)
            ? await client.ExtraJobsAtAsync(monthEnds, region.Code, cancellationToken).ConfigureAwait(false)
            : null;
        var covered = extra is not null && extra.All(e => e.Result.IsCovered) ? extra : null;
        var targets = await client.RegionalJobAgreementTargetsAsync(region.Code, cancellationToken).ConfigureAwait(false);

        // Monitoring (L5) of the placements started in the year: every region's for a partner that reads national
        // aggregates, only its own regions' for a municipality (as GraphQL's arrangementMonitoring).
        var period = new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        var monitoring = (await client.ArrangementMonitoringAsync(null, period, cancellationToken).ConfigureAwait(false))!;
        var arrangements = monitoring.Result.Arrangements.Select(a => ArrangementRow.Of(a, client.Caller));

        // Durability of the region's placements started in the year, per sector, measured today (the ministry: at the last month end).
        var durability = await client.PlacementDurabilityAsync(period, PlacementDimensions.Sector, null, region.Code, cancellationToken).ConfigureAwait(false);
        return new DashboardView(
            client.Caller,
            region,
            year,
            ambition,
            jobs,
            covered,
            FigureInputHistory.TargetFor(targets, year),
            [.. arrangements.OrderBy(a => a.Arrangement.EmployerName, StringComparer.Ordinal).ThenBy(a => a.Arrangement.ArrangementId, StringComparer.Ordinal)],
            monitoring,
            durability);
    }
}
