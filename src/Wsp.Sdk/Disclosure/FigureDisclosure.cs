using Wsp.Sdk.Counting;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.Partners;

namespace Wsp.Sdk.Disclosure;

/// <summary>
/// How a reader's figures are disclosed (openbaarmaking): exact for partners that may read the records behind them, and
/// after small-count suppression for a reader of aggregates only (the ministry, DESIGN.md, Disclosure to the ministry).
/// The one place that turns a counted result into the <see cref="DisclosedFigure{TResult, TGroup}"/> every surface renders;
/// which table each figure forms is <see cref="SuppressedFigures"/>'.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed partial class FigureDisclosure
{
    private FigureDisclosure(SmallCountSuppression suppression) => Suppression = suppression;

    /// <summary>Gets the disclosure that withholds nothing (threshold 1): partners' figures, and the extracts for partners.</summary>
    public static FigureDisclosure Exact { get; } = new(new SmallCountSuppression(1));

    /// <summary>Gets the suppression applied (its threshold 1 withholds nothing).</summary>
    public SmallCountSuppression Suppression { get; }

    /// <summary>Gets whether any count can be withheld.</summary>
    public bool WithholdsCounts => Suppression.Threshold > 1;

    /// <summary>Returns the disclosure for a reader: small counts withheld below <paramref name="threshold"/> when it reads aggregates only, else exact.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="threshold">The threshold for an aggregates-only reader (DESIGN.md: 5).</param>
    /// <returns>The disclosure.</returns>
    /// <exception cref="ArgumentException"><paramref name="reader"/> is null, or the threshold is below 1.</exception>
    public static FigureDisclosure For(PartnerIdentity reader, int threshold = SmallCountSuppression.DefaultThreshold)
    {
        Preconditions.CheckNotNull(reader);
        Preconditions.CheckArgumentRange(threshold, 1, int.MaxValue);
        return reader.ReadsSuppressedFigures ? WithThreshold(threshold) : Exact;
    }

    /// <summary>Returns the disclosure that withholds counts above zero and below <paramref name="threshold"/>.</summary>
    /// <param name="threshold">The threshold; 1 withholds nothing.</param>
    /// <returns>The disclosure.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is below 1.</exception>
    public static FigureDisclosure WithThreshold(int threshold) =>
        Preconditions.CheckArgumentRange(threshold, 1, int.MaxValue) == 1 ? Exact : new FigureDisclosure(new SmallCountSuppression(threshold));

    /// <summary>
    /// Discloses a placements flow (placements-flow/1). Its total is the placements counted, which a grouping by target group
    /// can exceed: it is withheld with the table's grand total, and when it is small itself.
    /// </summary>
    /// <param name="flow">The flow.</param>
    /// <returns>The disclosed flow.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="flow"/> is null.</exception>
    public DisclosedFigure<PlacementFlowResult, PlacementCount> Disclose(PlacementFlowResult flow)
    {
        var figure = SuppressedFigures.Of(Preconditions.CheckNotNull(flow), Suppression);
        var kind = figure.Total.IsSuppressed ? figure.Total.Suppression
            : IsSmall(flow.Total) ? SuppressionKind.SmallCount
            : SuppressionKind.None;
        var total = new SuppressedEntry(null, null, kind == SuppressionKind.None ? flow.Total : null, null, kind);
        return new DisclosedFigure<PlacementFlowResult, PlacementCount>(flow, figure, total);
    }

    /// <summary>Discloses a job-agreement stock (job-agreement-jobs/1): working persons per region and employer kind, the hours travelling with them.</summary>
    /// <param name="stock">The stock.</param>
    /// <returns>The disclosed stock.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stock"/> is null.</exception>
    public DisclosedFigure<JobAgreementStockResult, JobAgreementCount> Disclose(JobAgreementStockResult stock) =>
        new(Preconditions.CheckNotNull(stock), SuppressedFigures.Of(stock, Suppression));

    /// <summary>Discloses a job-agreement breakdown (job-agreement-breakdown/1).</summary>
    /// <param name="breakdown">The breakdown.</param>
    /// <returns>The disclosed breakdown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="breakdown"/> is null.</exception>
    public DisclosedFigure<JobAgreementBreakdownResult, JobAgreementGroup> Disclose(JobAgreementBreakdownResult breakdown) =>
        new(Preconditions.CheckNotNull(breakdown), SuppressedFigures.Of(breakdown, Suppression));

    /// <summary>Discloses realisation against an ambition table (ambition-realisation/1, H4), and the placements outside it on their own.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The disclosed report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public DisclosedAmbitionRealisation Disclose(AmbitionRealisationReport report) =>
        new(
            new DisclosedFigure<AmbitionRealisationReport, AmbitionCell>(Preconditions.CheckNotNull(report), SuppressedFigures.Of(report, Suppression)),
            SuppressedFigures.OutsideTable(report, Suppression));

    /// <summary>Discloses arrangement monitoring (arrangement-monitoring/1, L5): an arrangement's placements are its row total.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The disclosed report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public DisclosedFigure<ArrangementMonitoringReport, ArrangementRegionResult> Disclose(ArrangementMonitoringReport report) =>
        new(Preconditions.CheckNotNull(report), SuppressedFigures.Of(report, Suppression));

    /// <summary>Discloses placements per regional project (regional-project-placements/1, H6): a project's placements are its row total.</summary>
    /// <param name="projects">The projects' counts.</param>
    /// <returns>The disclosed counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="projects"/> is null.</exception>
    public DisclosedFigure<IReadOnlyList<RegionalProjectCount>, RegionalProjectCount> Disclose(IReadOnlyList<RegionalProjectCount> projects) =>
        new(Preconditions.CheckNotNull(projects), SuppressedFigures.Of(projects, Suppression));

    private bool IsSmall(int count) => count > 0 && count < Suppression.Threshold;
}
