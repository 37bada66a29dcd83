using NodaTime;
using Wsp.Sdk.Ambitions;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Disclosure;
using Wsp.Sdk.Geography;
using Wsp.Sdk.JobAgreements;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Dashboard;

/// <summary>
/// What one region's page shows its viewer: the figures exactly as the SDK's client disclosed them for the viewer (the
/// objects GraphQL and the extracts render), the ambition table and regional target that hold for the region (imported,
/// else the SDK's example data), the extra jobs where the baseline covers the region, the durability of the region's
/// placements started in the year, and the arrangements the viewer may see.
/// </summary>
internal sealed record DashboardView(
    PartnerIdentity Viewer,
    LabourMarketRegion Region,
    int Year,
    DisclosedAmbitionRealisation? Ambition,
    IReadOnlyList<DisclosedFigure<JobAgreementStockResult, JobAgreementCount>> Jobs,
    IReadOnlyList<DisclosedFigure<ExtraJobsReport, ExtraJobsCount>>? ExtraJobs,
    Imported<JobAgreementTarget>? JobTarget,
    IReadOnlyList<ArrangementRow> Arrangements,
    DisclosedFigure<ArrangementMonitoringReport, ArrangementRegionResult> Monitoring,
    DisclosedDurability Durability)
{
    /// <summary>Gets the ambition table the realisation is set against (imported or the SDK's), when the region has one for the year.</summary>
    public PlacementAmbitionTable? AmbitionTable => Ambition?.AmbitionTable?.Value;

    public bool AllRegions => Viewer.CanReadNationalAggregates;

    /// <summary>Gets whether counts of people may be withheld on the page (then it carries the marks' legend).</summary>
    public bool WithholdsCounts => Monitoring.WithholdsCounts;

    /// <summary>Gets the threshold below which a count is withheld.</summary>
    public int Threshold => Monitoring.Threshold;

    public static IReadOnlyList<LocalDate> MonthEnds(int year, LocalDate today) =>
        [.. Enumerable.Range(1, 12)
            .Select(month => new LocalDate(year, month, 1).PlusMonths(1).PlusDays(-1))
            .Where(date => date <= today)];
}

/// <summary>
/// One row of the arrangements table (L2): an arrangement with the regions' standings the viewer may see, from the
/// arrangement monitoring the SDK's client answered for the viewer (a municipality sees its own regions' standings,
/// as GraphQL's arrangement does; the ministry what the monitoring publishes).
/// </summary>
internal sealed record ArrangementRow(ArrangementResult Arrangement, IReadOnlyList<(RegionCode Region, RegionParticipation Participation)> Standings)
{
    public static ArrangementRow Of(ArrangementResult result, PartnerIdentity viewer)
    {
        // Monitoring lists the regions that decided or placed; while the arrangement is final every other region the
        // viewer may read is pending.
        var listed = result.Regions.Where(r => r.Participation is not null).Select(r => (r.Region, r.Participation!.Value)).ToList();
        if (result.Status == ArrangementStatus.Final)
        {
            listed.AddRange(Gazetteer.Default.Regions.Select(r => r.Code).Where(viewer.CanReadAggregates).Except(listed.Select(l => l.Region)).Select(r => (r, RegionParticipation.Pending)));
        }

        return new(result, [.. listed.OrderBy(l => l.Region)]);
    }

    public RegionParticipation? ParticipationOf(RegionCode region) =>
        Standings.Where(s => s.Region == region).Select(s => (RegionParticipation?)s.Participation).FirstOrDefault();

    public IEnumerable<RegionCode> With(RegionParticipation participation) => Standings.Where(s => s.Participation == participation).Select(s => s.Region);
}
