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
        Jobs(figure) is { } jobs && figure.Result.IsCovered ? jobs - figure.Result.BaselineJobs : null;

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
    public static decimal? ExtraJobsFor(DisclosedFigure<ExtraJobsReport, ExtraJobsCount> figure, EmployerKind kind)
    {
        var groups = Preconditions.CheckNotNull(figure).Result.Groups.Where(g => g.EmployerKind == kind).ToArray();
        return JobsFor(figure, kind) is { } jobs && groups.All(g => g.BaselineJobs is not null) ? jobs - groups.Sum(g => g.BaselineJobs!.Value) : null;
    }
}
