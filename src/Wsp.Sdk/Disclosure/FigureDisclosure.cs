using System.Globalization;
using Wsp.Sdk.Counting;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.Partners;

namespace Wsp.Sdk.Disclosure;

/// <summary>
/// How a reader's figures are disclosed (openbaarmaking): exact for partners that may read the records behind them; for
/// a reader of aggregates only (the ministry, DESIGN.md, Disclosure to the ministry) by the cell key method
/// (<see cref="CellKeyMethod"/>, docs/disclosure.md). The one place that turns a counted result into what every surface
/// renders, and that names the method and its parameters for the manifests and GraphQL.
/// </summary>
/// <remarks>
/// <para>The cell key method, per count (a group's, a row's, a column's, a total; persons, placements, vacancies, employers):</para>
/// <list type="number">
/// <item>The count's cell key is the sum of its records' keys modulo 2^32 (<see cref="RecordKey"/>): fixed by which
/// records the cell holds, so the same cell always gets the same answer, asked twice, with or without a region filter,
/// from GraphQL, the dashboard or an extract.</item>
/// <item>A count below the threshold — zero included — is withheld; so is a count whose perturbed value would be.</item>
/// <item>Any other count is published as count + noise, the noise read from the <see cref="PerturbationTable"/> by the
/// cell key; the hours travelling with it are its mean per unit times (the published count + a fraction in (−1, 1)
/// drawn from the same key).</item>
/// <item>A group that holds records is listed only when its count is published, so the listing itself tells nothing;
/// a group of a grid the figure fixes (an ambition table's cells) is listed with its count withheld.</item>
/// </list>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed partial class FigureDisclosure
{
    /// <summary>The default threshold: counts below 5 (zero included) are withheld from a reader of aggregates only.</summary>
    public const int DefaultThreshold = 5;

    /// <summary>The id of the exact method: every count as counted.</summary>
    public const string ExactMethod = "exact";

    /// <summary>The id of the cell key method with the restricted query space (docs/disclosure.md).</summary>
    public const string CellKeyMethod = "cell-key/1";

    private FigureDisclosure(int threshold, PerturbationTable? perturbation)
    {
        Threshold = threshold;
        Perturbation = perturbation;
        Method = perturbation is null ? ExactMethod : CellKeyMethod;
        Parameters = perturbation is null
            ? []
            :
            [
                new("threshold", threshold.ToString(CultureInfo.InvariantCulture)),
                new("withheld", $"counts below {threshold.ToString(CultureInfo.InvariantCulture)}, zero included, and counts perturbed below it; a group holding records is listed only when published"),
                new("recordKey", "low 32 bits of XxHash3 (seed 0) of the record id's UTF-8 bytes; a cell key is the sum of its records' keys modulo 2^32"),
                new("perturbationTable", perturbation.Id),
                new("noise", $"two-sided geometric, P(e) = 0.6 * 0.25^|e|, |e| <= {perturbation.MaxNoise.ToString(CultureInfo.InvariantCulture)}"),
                new("measure", "mean per unit * (published count + u), u in (-1, 1) from the cell key; rounded to 0.01 hour"),
                new("periods", AggregateQuerySpace.Periods),
                new("measuringDates", AggregateQuerySpace.MeasuringDates),
                new("groupings", AggregateQuerySpace.Groupings),
                new("whatIf", "not offered"),
            ];
    }

    /// <summary>Gets the disclosure that withholds nothing: partners' figures, and the extracts for partners.</summary>
    public static FigureDisclosure Exact { get; } = new(1, null);

    /// <summary>Gets the method's id: <see cref="ExactMethod"/> or <see cref="CellKeyMethod"/>.</summary>
    public string Method { get; }

    /// <summary>Gets the method's parameters, by name, as the manifests and GraphQL state them; none for the exact method.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; }

    /// <summary>Gets the threshold: counts below it are withheld (1 for the exact method).</summary>
    public int Threshold { get; }

    /// <summary>Gets the perturbation table, or null for the exact method.</summary>
    public PerturbationTable? Perturbation { get; }

    /// <summary>Gets whether counts are withheld and perturbed (the cell key method): then the query space is restricted too (<see cref="AggregateQuerySpace"/>).</summary>
    public bool WithholdsCounts => Perturbation is not null;

    /// <summary>Returns the disclosure for a reader: the cell key method when it reads aggregates only, else exact.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="threshold">The threshold for an aggregates-only reader (DESIGN.md: 5).</param>
    /// <returns>The disclosure.</returns>
    /// <exception cref="ArgumentException"><paramref name="reader"/> is null, or the threshold is below 1.</exception>
    public static FigureDisclosure For(PartnerIdentity reader, int threshold = DefaultThreshold)
    {
        Preconditions.CheckNotNull(reader);
        Preconditions.CheckArgumentRange(threshold, 1, int.MaxValue);
        return reader.ReadsSuppressedFigures ? CellKey(threshold) : Exact;
    }

    /// <summary>Returns the cell key method with a threshold and the SDK's <see cref="PerturbationTable.Default"/>.</summary>
    /// <param name="threshold">Counts below this (zero included) are withheld; at least 1.</param>
    /// <returns>The disclosure.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is below 1.</exception>
    public static FigureDisclosure CellKey(int threshold = DefaultThreshold) =>
        new(Preconditions.CheckArgumentRange(threshold, 1, int.MaxValue), PerturbationTable.Default);

    /// <summary>Discloses a placements flow (placements-flow/1); its total counts each placement once, whatever its target groups.</summary>
    /// <param name="flow">The flow.</param>
    /// <returns>The disclosed flow.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="flow"/> is null.</exception>
    public DisclosedFigure<PlacementFlowResult, PlacementCount> Disclose(PlacementFlowResult flow) =>
        new(Preconditions.CheckNotNull(flow), flow.Groups, flow.Table, this);

    /// <summary>Discloses a job-agreement stock (job-agreement-jobs/2): working persons per region and employer kind, the hours travelling with them.</summary>
    /// <param name="stock">The stock.</param>
    /// <returns>The disclosed stock.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stock"/> is null.</exception>
    public DisclosedFigure<JobAgreementStockResult, JobAgreementCount> Disclose(JobAgreementStockResult stock) =>
        new(Preconditions.CheckNotNull(stock), stock.Groups, stock.Table, this);

    /// <summary>Discloses a job-agreement breakdown (job-agreement-breakdown/1).</summary>
    /// <param name="breakdown">The breakdown.</param>
    /// <returns>The disclosed breakdown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="breakdown"/> is null.</exception>
    public DisclosedFigure<JobAgreementBreakdownResult, JobAgreementGroup> Disclose(JobAgreementBreakdownResult breakdown) =>
        new(Preconditions.CheckNotNull(breakdown), breakdown.Groups, breakdown.Table, this);

    /// <summary>Discloses realisation against an ambition table (ambition-realisation/1, H4): its cells are a fixed grid; the placements outside it on their own.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The disclosed report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public DisclosedAmbitionRealisation Disclose(AmbitionRealisationReport report)
    {
        Preconditions.CheckNotNull(report);
        var table = FigureTable.Additive([.. report.Cells.Select(c => (c.SectorCode, c.Partner.ToString(), c.RealisedTally, true))]);
        return new DisclosedAmbitionRealisation(new DisclosedFigure<AmbitionRealisationReport, AmbitionCell>(report, report.Cells, table, this), Entry("OUTSIDE_TABLE", null, report.OutsideTally));
    }

    /// <summary>
    /// Discloses arrangement monitoring (arrangement-monitoring/1, L5): rows are arrangements, columns regions; a region
    /// that decided on the arrangement is listed whatever its placements, one listed for its placements only when
    /// published; an arrangement's placements are its row total.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <returns>The disclosed report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public DisclosedFigure<ArrangementMonitoringReport, ArrangementRegionResult> Disclose(ArrangementMonitoringReport report)
    {
        Preconditions.CheckNotNull(report);
        var cells = report.Arrangements.SelectMany(a => a.Regions.Select(r => (Group: r, Cell: (a.ArrangementId, r.Region.ToString(), r.Tally, r.Participation is not null)))).ToArray();
        return new(report, [.. cells.Select(c => c.Group)], FigureTable.Additive([.. cells.Select(c => c.Cell)]), this);
    }

    /// <summary>
    /// Discloses placements per regional project (regional-project-placements/1, H6): rows are project ids, columns
    /// partner codes (one group per partner with placements, ordered by code); a project's placements are its row total.
    /// </summary>
    /// <param name="projects">The projects' counts.</param>
    /// <returns>The disclosed counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="projects"/> is null.</exception>
    public DisclosedFigure<IReadOnlyList<RegionalProjectCount>, RegionalProjectCount> Disclose(IReadOnlyList<RegionalProjectCount> projects)
    {
        Preconditions.CheckNotNull(projects);
        var groups = new List<RegionalProjectCount>();
        var cells = new List<(string Row, string Column, Tally Tally)>();
        var rows = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var grand = Tally.Zero;
        foreach (var project in projects)
        {
            Preconditions.CheckNotNull(project, nameof(projects));
            var flow = project.Flow;
            for (var i = 0; i < flow.Groups.Count; i++)
            {
                groups.Add(project);
                cells.Add((project.ProjectId, flow.Groups[i].Group.Partner!.Value.ToString(), flow.TallyOf(i)));
            }

            rows[project.ProjectId] = flow.Table.Grand;
            grand += flow.Table.Grand;
        }

        var order = Enumerable.Range(0, cells.Count).OrderBy(i => cells[i].Row, StringComparer.Ordinal).ThenBy(i => cells[i].Column, StringComparer.Ordinal).ToArray();
        var columns = new Dictionary<string, Tally>(StringComparer.Ordinal);
        foreach (var (_, column, tally) in cells)
        {
            columns[column] = columns.GetValueOrDefault(column) + tally;
        }

        // Projects may overlap: the grand total is the sum of the projects' totals, a placement in two projects twice.
        return new(projects, [.. order.Select(i => groups[i])], FigureTable.Counted([.. order.Select(i => cells[i])], rows, columns, grand), this);
    }

    /// <summary>Discloses late vacancy registrations (late-vacancy-registrations/1, H10): a region is listed when its registered vacancies are published.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The disclosed report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public DisclosedLateRegistrations Disclose(LateRegistrationReport report)
    {
        Preconditions.CheckNotNull(report);
        var registered = report.Regions.Aggregate(Tally.Zero, (sum, r) => sum + r.RegisteredTally);
        var late = report.Regions.Aggregate(Tally.Zero, (sum, r) => sum + r.LateTally);
        var regions = report.Regions
            .Select(r => new DisclosedLateRegistrationCount(r, Entry(r.Region.ToString(), "REGISTERED", r.RegisteredTally), Entry(r.Region.ToString(), "LATE", r.LateTally)))
            .Where(r => !WithholdsCounts || !r.Registered.IsSuppressed)
            .ToArray();
        return new DisclosedLateRegistrations(report, regions, Entry(null, "REGISTERED", registered), Entry(null, "LATE", late), this);
    }

    /// <summary>Discloses coverage by sector (sector-coverage/1, H5): the stored totals' sectors are a fixed grid; no account id reaches a reader of aggregates only.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The disclosed report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public DisclosedCoverage Disclose(CoverageReport report)
    {
        Preconditions.CheckNotNull(report);
        var visible = WithholdsCounts ? report.WithoutAccountIds() : report;
        var sectors = visible.Sectors
            .Select(s => new DisclosedSectorCoverage(s, Entry(s.SectorCode, "IN_CONTACT", s.InContactTally), Entry(s.SectorCode, "IN_REGION", visible.InRegionTally(s))))
            .ToArray();
        var withoutStaffCount = visible.DerivedContacts is { } derived ? Entry("ACCOUNTS_WITHOUT_STAFF_COUNT", null, derived.WithoutStaffCountTally) : null;
        return new DisclosedCoverage(visible, sectors, Entry("CONTACTS_OUTSIDE_TOTALS", null, visible.OutsideTally), withoutStaffCount, this);
    }

    /// <summary>Discloses one tally: exact, or by the cell key method.</summary>
    internal (int? Count, decimal? Measure, SuppressionKind Kind) Disclose(Tally tally)
    {
        if (Perturbation is not { } table)
        {
            return (tally.Count, tally.Measure, SuppressionKind.None);
        }

        if (tally.Count < Threshold)
        {
            return (null, null, SuppressionKind.SmallCount);
        }

        var published = tally.Count + table.NoiseOf(tally.Key);
        if (published < Threshold)
        {
            return (null, null, SuppressionKind.SmallCount);
        }

        var measure = tally.Measure == 0m
            ? 0m
            : Math.Round(tally.Measure / tally.Count * (published + PerturbationTable.MeasureFraction(tally.Key)), 2, MidpointRounding.ToEven);
        return (published, measure, SuppressionKind.None);
    }

    /// <summary>Discloses one tally as an entry of a table.</summary>
    internal SuppressedEntry Entry(string? row, string? column, Tally tally)
    {
        var (count, measure, kind) = Disclose(tally);
        return new SuppressedEntry(row, column, count, measure, kind);
    }
}
