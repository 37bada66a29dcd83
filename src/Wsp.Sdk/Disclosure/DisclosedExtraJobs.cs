using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.JobAgreements;

namespace Wsp.Sdk.Disclosure;

/// <summary>
/// Reads the extra jobs (extra banen) of a disclosed extra-jobs/1 figure: the disclosed jobs (hours / 25.5) minus the
/// baseline's, withheld (null) with the jobs. GraphQL, the dashboard and the extract read them here, so they agree.
/// </summary>
public static class DisclosedExtraJobs
{
    /// <summary>Returns a group's jobs at the date, or null when withheld.</summary>
    /// <param name="group">The disclosed group.</param>
    /// <returns>The jobs.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="group"/> is null.</exception>
    public static decimal? JobsOf(SuppressedGroup<ExtraJobsCount> group) =>
        Preconditions.CheckNotNull(group).Measure is { } hours ? JobAgreement.ToJobs(hours) : null;

    /// <summary>Returns a group's extra jobs, or null when its jobs are withheld or it has no baseline.</summary>
    /// <param name="group">The disclosed group.</param>
    /// <returns>The extra jobs (negative when fewer than at the baseline).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="group"/> is null.</exception>
    public static decimal? ExtraJobsOf(SuppressedGroup<ExtraJobsCount> group) =>
        JobsOf(group) is { } jobs && group.Group.BaselineJobs is { } baseline ? jobs - baseline : null;

    /// <summary>Returns the figure's jobs at the date in all, or null when withheld.</summary>
    /// <param name="figure">The disclosed figure.</param>
    /// <returns>The jobs.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figure"/> is null.</exception>
    public static decimal? Jobs(DisclosedFigure<ExtraJobsReport, ExtraJobsCount> figure) =>
        Preconditions.CheckNotNull(figure).Total.Measure is { } hours ? JobAgreement.ToJobs(hours) : null;

    /// <summary>Returns the figure's extra jobs in all, or null when its jobs are withheld or a group has no baseline.</summary>
    /// <param name="figure">The disclosed figure.</param>
    /// <returns>The extra jobs.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figure"/> is null.</exception>
    public static decimal? ExtraJobs(DisclosedFigure<ExtraJobsReport, ExtraJobsCount> figure) =>
        ExtraJobsOf(figure, Preconditions.CheckNotNull(figure).Total);

    /// <summary>Returns the jobs at the date of one employer kind over the figure's regions, or null when withheld.</summary>
    /// <param name="figure">The disclosed figure.</param>
    /// <param name="kind">Market or government.</param>
    /// <returns>The jobs.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figure"/> is null.</exception>
    public static decimal? JobsFor(DisclosedFigure<ExtraJobsReport, ExtraJobsCount> figure, EmployerKind kind) =>
        Preconditions.CheckNotNull(figure).ColumnTotal(EmployerKinds.Code(Preconditions.CheckDefined(kind))).Measure is { } hours ? JobAgreement.ToJobs(hours) : null;

    /// <summary>Returns the extra jobs of one employer kind over the figure's regions (the part a target names), or null when withheld or not covered by the baseline.</summary>
    /// <param name="figure">The disclosed figure.</param>
    /// <param name="kind">Market or government.</param>
    /// <returns>The extra jobs.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figure"/> is null.</exception>
    public static decimal? ExtraJobsFor(DisclosedFigure<ExtraJobsReport, ExtraJobsCount> figure, EmployerKind kind) =>
        ExtraJobsOf(figure, Preconditions.CheckNotNull(figure).ColumnTotal(EmployerKinds.Code(Preconditions.CheckDefined(kind))));

    /// <summary>
    /// Returns the baseline's jobs of an entry of the figure (<see cref="DisclosedFigure{TResult, TGroup}.Entries"/>: a
    /// group, a region's or an employer kind's total, the grand total): the sum over the groups it covers, or null when
    /// one of them has no baseline cell. The baseline is an input and always shown, also beside withheld jobs.
    /// </summary>
    /// <param name="figure">The disclosed figure.</param>
    /// <param name="entry">One of its entries; a null row or column covers every region or kind.</param>
    /// <returns>The baseline's jobs.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static decimal? BaselineJobsOf(DisclosedFigure<ExtraJobsReport, ExtraJobsCount> figure, SuppressedEntry entry)
    {
        Preconditions.CheckNotNull(figure);
        Preconditions.CheckNotNull(entry);
        var covered = figure.Result.Groups
            .Where(g => (entry.Row is null || string.Equals(g.Region.ToString(), entry.Row, StringComparison.Ordinal))
                && (entry.Column is null || string.Equals(EmployerKinds.Code(g.EmployerKind), entry.Column, StringComparison.Ordinal)))
            .ToArray();
        return covered.All(g => g.BaselineJobs is not null) ? covered.Sum(g => g.BaselineJobs!.Value) : null;
    }

    /// <summary>Returns the extra jobs of an entry of the figure: its disclosed jobs minus its baseline's, or null when the jobs are withheld or a group it covers has no baseline.</summary>
    /// <param name="figure">The disclosed figure.</param>
    /// <param name="entry">One of its entries.</param>
    /// <returns>The extra jobs (negative when fewer than at the baseline).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static decimal? ExtraJobsOf(DisclosedFigure<ExtraJobsReport, ExtraJobsCount> figure, SuppressedEntry entry) =>
        Preconditions.CheckNotNull(entry).Measure is { } hours && BaselineJobsOf(figure, entry) is { } baseline ? JobAgreement.ToJobs(hours) - baseline : null;
}
