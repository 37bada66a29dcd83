using NodaTime;
using Wsp.Sdk.Ambitions;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Geography;
using Wsp.Sdk.JobAgreements;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.Partners;

namespace Wsp.Gateway.Dashboard;

/// <summary>What one dashboard page shows for one region and year: aggregates only, each from an SDK computation.</summary>
/// <param name="Viewer">Who asked.</param>
/// <param name="Region">The region shown.</param>
/// <param name="Year">The year shown.</param>
/// <param name="AmbitionTable">The region's placement ambition table for the year (H4), or null when the SDK has none.</param>
/// <param name="Ambition">The ambition against realisation (<c>ambition-realisation/1</c>), or null without a table.</param>
/// <param name="Jobs">Job-agreement jobs (<c>job-agreement-jobs/1</c>) at each month end of the year up to today.</param>
/// <param name="JobTarget">The region's job-agreement target (H2), or null when the SDK has no regional target.</param>
/// <param name="Arrangements">Every national arrangement (L2), for the regions' participation.</param>
/// <param name="Monitoring">
/// Placements realised per arrangement per region in the year against its job opportunities (L5,
/// <c>arrangement-monitoring</c>): every region's for a partner that reads national aggregates, this region's for a municipality.
/// </param>
/// <param name="Counts">The counts of people as the viewer may read them (suppressed for the ministry).</param>
internal sealed record DashboardView(
    PartnerIdentity Viewer,
    LabourMarketRegion Region,
    int Year,
    PlacementAmbitionTable? AmbitionTable,
    AmbitionRealisationReport? Ambition,
    IReadOnlyList<JobAgreementStockResult> Jobs,
    JobAgreementTarget? JobTarget,
    IReadOnlyList<Arrangement> Arrangements,
    ArrangementMonitoringReport Monitoring,
    DashboardCounts Counts)
{
    /// <summary>Whether <see cref="Monitoring"/> covers every region (the viewer reads national aggregates).</summary>
    public bool AllRegions => Viewer.CanReadNationalAggregates;

    /// <summary>The regions that have not yet decided on a final arrangement (L2), in code order: none before it is final.</summary>
    public static IReadOnlyList<LabourMarketRegion> PendingRegions(Arrangement arrangement) =>
        [.. Gazetteer.Default.Regions.Where(r => arrangement.ParticipationOf(r.Code) == RegionParticipation.Pending).OrderBy(r => r.Code)];

    /// <summary>The month ends of <paramref name="year"/> on or before <paramref name="today"/> (all twelve for a past year).</summary>
    public static IReadOnlyList<LocalDate> MonthEnds(int year, LocalDate today) =>
        [.. Enumerable.Range(1, 12)
            .Select(month => new LocalDate(year, month, 1).PlusMonths(1).PlusDays(-1))
            .Where(date => date <= today)];
}
