using Wsp.Gateway.Schema;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Disclosure;
using Wsp.Sdk.JobAgreements;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.Partners;

namespace Wsp.Gateway.Dashboard;

/// <summary>
/// The counts of people on a dashboard page as its viewer may read them. A partner that reads suppressed figures
/// (<see cref="PartnerIdentity.ReadsSuppressedFigures"/>: the ministry) gets each figure through the SDK's
/// <see cref="SuppressedFigures"/> with the ministry's suppression (threshold 5, primary and secondary), so the page
/// shows exactly what GraphQL and <c>wsp extract … --for ministry</c> publish; every other partner the counts as they are.
/// </summary>
/// <remarks>
/// Which SDK figure each chart is: realisation against ambition by sector is <see cref="AmbitionRealisationReport"/>
/// (its cells, the sector totals as row totals, the partner totals as column totals, the grand total, and the
/// placements outside the table on their own); job-agreement jobs over time is one <see cref="JobAgreementStockResult"/>
/// per month end (its grand total: working persons, with the hours and so the jobs travelling with them); placements
/// per arrangement per region is <see cref="ArrangementMonitoringReport"/> (its cells, an arrangement's placements as
/// its row total). The arrangements table counts regions, not people, and is not suppressed.
/// </remarks>
internal sealed class DashboardCounts
{
    private readonly SuppressedFigure<AmbitionCell>? _ambition;
    private readonly SuppressedEntry? _outsideTable;
    private readonly Dictionary<object, SuppressedEntry> _stocks = new(ReferenceEqualityComparer.Instance);
    private readonly SuppressedFigure<ArrangementRegionResult>? _monitoring;
    private readonly Dictionary<object, ShownCount> _groups = new(ReferenceEqualityComparer.Instance);

    private DashboardCounts()
    {
    }

    private DashboardCounts(AmbitionRealisationReport? ambition, IReadOnlyList<JobAgreementStockResult> jobs, ArrangementMonitoringReport monitoring)
    {
        Suppressed = true;
        var suppression = MinistrySuppression.Suppression;
        if (ambition is not null)
        {
            _ambition = SuppressedFigures.Of(ambition, suppression);
            _outsideTable = SuppressedFigures.OutsideTable(ambition, suppression);
            Index(_ambition);
        }

        foreach (var stock in jobs)
        {
            _stocks[stock] = SuppressedFigures.Of(stock, suppression).Total;
        }

        _monitoring = SuppressedFigures.Of(monitoring, suppression);
        Index(_monitoring);
    }

    /// <summary>Gets whether the page's counts are suppressed (then the page carries the legend of the marks).</summary>
    public bool Suppressed { get; }

    /// <summary>The counts for <paramref name="viewer"/>: suppressed when it reads suppressed figures, else as they are.</summary>
    public static DashboardCounts For(PartnerIdentity viewer, AmbitionRealisationReport? ambition, IReadOnlyList<JobAgreementStockResult> jobs, ArrangementMonitoringReport monitoring) =>
        viewer.ReadsSuppressedFigures ? new DashboardCounts(ambition, jobs, monitoring) : new DashboardCounts();

    /// <summary>A cell's realised placements (H4).</summary>
    public ShownCount Realised(AmbitionCell cell) => Group(cell, cell.Realised);

    /// <summary>A sector's realised placements (a row total, H4).</summary>
    public ShownCount SectorRealised(AmbitionRealisationReport report, string sectorCode) =>
        _ambition is { } figure ? ShownCount.Of(figure.RowTotal(sectorCode)) : ShownCount.Of(report.TotalForSector(sectorCode).Realised);

    /// <summary>A partner's realised placements (a column total, H4).</summary>
    public ShownCount PartnerRealised(AmbitionRealisationReport report, BookingPartner partner) =>
        _ambition is { } figure ? ShownCount.Of(figure.ColumnTotal(partner.ToString())) : ShownCount.Of(report.TotalFor(partner).Realised);

    /// <summary>The region's realised placements in the table (the grand total, H4).</summary>
    public ShownCount TotalRealised(AmbitionRealisationReport report) =>
        _ambition is { } figure ? ShownCount.Of(figure.Total) : ShownCount.Of(report.TotalRealised);

    /// <summary>The placements outside the ambition table, a count on its own (H4).</summary>
    public ShownCount OutsideTable(AmbitionRealisationReport report) =>
        _outsideTable is { } entry ? ShownCount.Of(entry) : ShownCount.Of(report.OutsideTable);

    /// <summary>Job-agreement jobs and working persons at a month end (H2, H6): the jobs are withheld with the persons.</summary>
    public (ShownCount Jobs, ShownCount WorkingPersons) Stock(JobAgreementStockResult stock)
    {
        if (!_stocks.TryGetValue(stock, out var total))
        {
            return (ShownCount.Of(stock.Jobs), ShownCount.Of(stock.WorkingPersons));
        }

        return total.IsSuppressed
            ? (ShownCount.Withhold(total.Suppression), ShownCount.Withhold(total.Suppression))
            : (ShownCount.Of(JobAgreement.ToJobs(total.Measure ?? 0m)), ShownCount.Of(total.Count ?? 0));
    }

    /// <summary>A region's placements under an arrangement (L5).</summary>
    public ShownCount Placements(ArrangementRegionResult region) => Group(region, region.Placements);

    /// <summary>An arrangement's placements over every region (its row total, L5).</summary>
    public ShownCount Placements(ArrangementResult arrangement) =>
        _monitoring is { } figure ? ShownCount.Of(figure.RowTotal(arrangement.ArrangementId)) : ShownCount.Of(arrangement.Placements);

    private ShownCount Group(object group, int count) => _groups.TryGetValue(group, out var shown) ? shown : ShownCount.Of(count);

    private void Index<TGroup>(SuppressedFigure<TGroup> figure)
        where TGroup : class
    {
        foreach (var group in figure.Groups)
        {
            _groups[group.Group] = group.IsSuppressed ? ShownCount.Withhold(group.Suppression) : ShownCount.Of(group.Count ?? 0);
        }
    }
}
