using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.ManagementInformation;

namespace Wsp.Sdk.Disclosure;

/// <summary>
/// Small-count suppression (onderdrukking kleine aantallen) of each management figure: the one place that says which
/// table a figure's counts form for <see cref="SmallCountSuppression"/> (rows, columns, and which count and measure a
/// group holds), used alike by the ministry's extracts and by the gateway's answers to the ministry (DESIGN.md, Security
/// model: the ministry reads aggregates only, never a single placement; H4, H6, L5).
/// </summary>
/// <remarks>
/// Figures about vacancies or employers (late registrations, H10; coverage, H5) count no people and have no suppression.
/// This type is thread-safe.
/// </remarks>
public static partial class SuppressedFigures
{
    // The dimensions' fixed order: a group's row is the values of all but the last dimension it is grouped by, its column the last.
    private static readonly PlacementDimensions[] s_order =
    [
        PlacementDimensions.Region, PlacementDimensions.Sector, PlacementDimensions.TargetGroup,
        PlacementDimensions.Employer, PlacementDimensions.Partner, PlacementDimensions.Arrangement,
    ];

    /// <summary>
    /// Suppresses a placements flow (placements-flow/1): the count is the group's placements; the row is the values of all
    /// but the last dimension grouped by (in the order region, sector, target group, employer, partner, arrangement), the
    /// column the last (by region and sector: region × sector, the placements extract's table).
    /// </summary>
    /// <param name="flow">The flow.</param>
    /// <param name="suppression">The suppression.</param>
    /// <returns>The flow's groups in its order, suppressed, with the table's totals.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static SuppressedFigure<PlacementCount> Of(PlacementFlowResult flow, SmallCountSuppression suppression)
    {
        Preconditions.CheckNotNull(flow);
        return ByDimensions(suppression, flow.Groups, flow.Dimensions, static g => g.Group, static g => (g.Placements, 0m));
    }

    /// <summary>
    /// Suppresses a job-agreement stock (job-agreement-jobs/1): the count is the working persons, the hours travel with
    /// them (and the jobs, hours / 25.5, with the hours); rows are regions, columns the employer kinds <c>MARKET</c> and
    /// <c>GOVERNMENT</c>.
    /// </summary>
    /// <param name="stock">The stock.</param>
    /// <param name="suppression">The suppression.</param>
    /// <returns>The stock's groups in its order, suppressed, with the table's totals.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static SuppressedFigure<JobAgreementCount> Of(JobAgreementStockResult stock, SmallCountSuppression suppression)
    {
        Preconditions.CheckNotNull(stock);
        return Apply(suppression, stock.Groups, g => new SuppressionCell(g.Region.ToString(), KindCode(g.EmployerKind), g.WorkingPersons, g.HoursPerWeek));
    }

    /// <summary>
    /// Suppresses a job-agreement breakdown (job-agreement-breakdown/1): the count is the working persons, the hours (and
    /// jobs) travel with them; the row is the values of all but the last dimension grouped by (region, sector, employer,
    /// partner, arrangement in that order), the column the last.
    /// </summary>
    /// <param name="breakdown">The breakdown.</param>
    /// <param name="suppression">The suppression.</param>
    /// <returns>The breakdown's groups in its order, suppressed, with the table's totals (a row total is the subtotal of a combination of all but the last dimension).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static SuppressedFigure<JobAgreementGroup> Of(JobAgreementBreakdownResult breakdown, SmallCountSuppression suppression)
    {
        Preconditions.CheckNotNull(breakdown);
        return ByDimensions(suppression, breakdown.Groups, breakdown.Dimensions, static g => g.Group, static g => (g.WorkingPersons, g.HoursPerWeek));
    }

    /// <summary>
    /// Suppresses the realisation of an ambition table (ambition-realisation/1, H4): the count is a cell's realised
    /// placements; rows are sectors, columns partners (their codes). The ambitions are targets and never withheld.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="suppression">The suppression.</param>
    /// <returns>The report's cells in its order, suppressed, with the sector (row), partner (column) and region totals.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static SuppressedFigure<AmbitionCell> Of(AmbitionRealisationReport report, SmallCountSuppression suppression)
    {
        Preconditions.CheckNotNull(report);
        return Apply(suppression, report.Cells, c => new SuppressionCell(c.SectorCode, c.Partner.ToString(), c.Realised));
    }

    /// <summary>
    /// Suppresses a region's placements outside an ambition table (H4): one count on its own, withheld when small, like any
    /// cell (it adds up to no published total).
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="suppression">The suppression.</param>
    /// <returns>The entry, with row <c>OUTSIDE_TABLE</c>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static SuppressedEntry OutsideTable(AmbitionRealisationReport report, SmallCountSuppression suppression)
    {
        Preconditions.CheckNotNull(report);
        Preconditions.CheckNotNull(suppression);
        return report.OutsideTable > 0 && report.OutsideTable < suppression.Threshold
            ? new SuppressedEntry("OUTSIDE_TABLE", null, null, null, SuppressionKind.SmallCount)
            : new SuppressedEntry("OUTSIDE_TABLE", null, report.OutsideTable, null, SuppressionKind.None);
    }

    /// <summary>
    /// Suppresses arrangement monitoring (arrangement-monitoring/1, L5): the count is a region's placements under an
    /// arrangement; rows are arrangement ids, columns region codes. An arrangement's placements are its row total; its
    /// realisation (placements / job opportunities, which are published) is withheld with that total.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="suppression">The suppression.</param>
    /// <returns>The regions' results, arrangement by arrangement in the report's order, suppressed, with the totals.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static SuppressedFigure<ArrangementRegionResult> Of(ArrangementMonitoringReport report, SmallCountSuppression suppression)
    {
        Preconditions.CheckNotNull(report);
        var cells = report.Arrangements.SelectMany(a => a.Regions.Select(r => (Group: r, Cell: new SuppressionCell(a.ArrangementId, r.Region.ToString(), r.Placements))));
        return Apply(suppression, cells);
    }

    /// <summary>
    /// Suppresses placements per regional project (regional-project-placements/1, H6): the count is a partner's
    /// placements in a project; rows are project ids, columns partner codes; a project's placements are its row total.
    /// Each project has one group per partner with placements, ordered by partner code (ordinal).
    /// </summary>
    /// <param name="projects">The projects' counts.</param>
    /// <param name="suppression">The suppression.</param>
    /// <returns>One group per project and partner (its <see cref="SuppressedGroup{TGroup}.Column"/> the partner's code), suppressed, with the totals.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static SuppressedFigure<RegionalProjectCount> Of(IReadOnlyList<RegionalProjectCount> projects, SmallCountSuppression suppression)
    {
        Preconditions.CheckNotNull(projects);
        var cells = projects.SelectMany(p => Preconditions.CheckNotNull(p, nameof(projects)).ByPartner
            .Select(b => (Partner: b.Key.ToString(), Placements: b.Value))
            .OrderBy(b => b.Partner, StringComparer.Ordinal)
            .Select(b => (Group: p, Cell: new SuppressionCell(p.ProjectId, b.Partner, b.Placements))));
        return Apply(suppression, cells);
    }

    /// <summary>The code of an employer kind in the tables: <c>MARKET</c> or <c>GOVERNMENT</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The code.</returns>
    public static string KindCode(EmployerKind kind) => kind == EmployerKind.Market ? "MARKET" : "GOVERNMENT";

    private static SuppressedFigure<TGroup> Apply<TGroup>(SmallCountSuppression suppression, IEnumerable<TGroup> groups, Func<TGroup, SuppressionCell> cellOf)
        where TGroup : class =>
        Apply(suppression, groups.Select(g => (Group: g, Cell: cellOf(g))));

    private static SuppressedFigure<TGroup> Apply<TGroup>(SmallCountSuppression suppression, IEnumerable<(TGroup Group, SuppressionCell Cell)> cells)
        where TGroup : class
    {
        Preconditions.CheckNotNull(suppression);
        var list = cells.ToArray();
        return new SuppressedFigure<TGroup>(suppression.Threshold, [.. list.Select(c => c.Group)], SuppressedTable.Of(suppression.Threshold, [.. list.Select(c => c.Cell)]));
    }

    // A figure grouped by placement dimensions: its rows and columns come from the group keys by index (a national
    // breakdown by employer has some 200,000 groups; no label is built or compared per group).
    private static SuppressedFigure<TGroup> ByDimensions<TGroup>(SmallCountSuppression suppression, IReadOnlyList<TGroup> groups, PlacementDimensions by, Func<TGroup, PlacementGroupKey> keyOf, Func<TGroup, (int Count, decimal Measure)> valuesOf)
        where TGroup : class
    {
        Preconditions.CheckNotNull(suppression);
        var keys = new PlacementGroupKey[groups.Count];
        var counts = new int[keys.Length];
        var measures = new decimal[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = keyOf(groups[i]);
            (counts[i], measures[i]) = valuesOf(groups[i]);
        }

        var axes = PlacementTableAxes.Of(keys, [.. s_order.Where(d => (by & d) != 0)]);
        var table = new SuppressedTable(suppression.Threshold, axes.RowLabels, axes.ColumnLabels, axes.Rows, axes.Columns, counts, measures);
        return new SuppressedFigure<TGroup>(suppression.Threshold, groups, table);
    }
}
