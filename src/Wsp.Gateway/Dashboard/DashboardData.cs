using NodaTime;
using Wsp.Sdk;
using Wsp.Sdk.Ambitions;
using Wsp.Sdk.Geography;
using Wsp.Sdk.JobAgreements;

namespace Wsp.Gateway.Dashboard;

/// <summary>
/// Reads the dashboard's figures through the viewer's <see cref="WspClient"/> (the same counting definitions, access
/// decisions and disclosure as GraphQL and the extracts): nothing is counted or decided here, only selected and handed over.
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

    public static async Task<DashboardView> LoadAsync(WspClient client, LabourMarketRegion region, int year, LocalDate today, CancellationToken cancellationToken)
    {
        // The region's page counts the region's records only; the client refuses a region whose figures the viewer may not read.
        var ambition = await client.AmbitionRealisationAsync(region.Code, year, cancellationToken).ConfigureAwait(false);
        var jobs = await client.JobAgreementJobsAtAsync(DashboardView.MonthEnds(year, today), region.Code, cancellationToken).ConfigureAwait(false);

        // Monitoring (L5) of the placements started in the year: every region's for a partner that reads national
        // aggregates, only its own regions' for a municipality (as GraphQL's arrangementMonitoring).
        var period = new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        var monitoring = (await client.ArrangementMonitoringAsync(null, period, cancellationToken).ConfigureAwait(false))!;
        var arrangements = monitoring.Result.Arrangements.Select(a => ArrangementRow.Of(a, client.Caller));
        return new DashboardView(
            client.Caller,
            region,
            year,
            s_ambitions.FirstOrDefault(a => a.Region == region.Code && a.Year == year),
            ambition,
            jobs,
            s_targets.FirstOrDefault(t => t.Region == region.Code),
            [.. arrangements.OrderBy(a => a.Arrangement.EmployerName, StringComparer.Ordinal).ThenBy(a => a.Arrangement.ArrangementId, StringComparer.Ordinal)],
            monitoring);
    }
}
