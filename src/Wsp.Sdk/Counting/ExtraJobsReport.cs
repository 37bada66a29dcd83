using NodaTime;
using Wsp.Sdk.Employers;
using Wsp.Sdk.JobAgreements;

namespace Wsp.Sdk.Counting;

/// <summary>
/// The result of <see cref="ExtraJobs.Compute(JobAgreementStockResult, JobAgreementBaselineTable)"/> (extra-jobs/1): per
/// region and employer kind the jobs at the measuring date, the baseline's jobs, and the difference.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ExtraJobsReport
{
    internal ExtraJobsReport(LocalDate date, JobAgreementBaselineTable baseline, IReadOnlyList<ExtraJobsCount> groups, FigureTable table)
    {
        Table = table;
        Date = date;
        Baseline = baseline;
        Groups = groups;
    }

    /// <summary>Gets the definition that produced the result.</summary>
    public CountingDefinitionId Definition { get; } = Counting.ExtraJobs.Definition.Id;

    /// <summary>Gets the counting definition the jobs at the date come from.</summary>
    public CountingDefinitionId JobsDefinition { get; } = JobAgreementJobs.Definition.Id;

    /// <summary>Gets the measuring date (meetmoment).</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the baseline measured against.</summary>
    public JobAgreementBaselineTable Baseline { get; }

    /// <summary>
    /// Gets one group per region and employer kind that has jobs at the date or a baseline cell (so a region whose jobs
    /// all ended shows its loss), ordered by region, then kind.
    /// </summary>
    public IReadOnlyList<ExtraJobsCount> Groups { get; }

    /// <summary>Gets whether every group has a baseline, so the totals' extra jobs are known.</summary>
    public bool IsCovered => Groups.All(g => g.BaselineJobs is not null);

    /// <summary>Gets the jobs at the date in all.</summary>
    public decimal Jobs => JobAgreement.ToJobs(Groups.Sum(g => g.HoursPerWeek));

    /// <summary>Gets the baseline's jobs in all (of the groups).</summary>
    public decimal BaselineJobs => Groups.Sum(g => g.BaselineJobs ?? 0m);

    /// <summary>Gets the extra jobs in all, or null when a group has no baseline (<see cref="IsCovered"/>).</summary>
    public decimal? ExtraJobs => IsCovered ? Jobs - BaselineJobs : null;

    /// <summary>Returns the extra jobs of one employer kind over all regions, as the national targets split them.</summary>
    /// <param name="kind">Market or government.</param>
    /// <returns>The extra jobs, or null when a group of the kind has no baseline.</returns>
    public decimal? ExtraJobsFor(EmployerKind kind)
    {
        var groups = Groups.Where(g => g.EmployerKind == Preconditions.CheckDefined(kind)).ToArray();
        return groups.All(g => g.BaselineJobs is not null)
            ? JobAgreement.ToJobs(groups.Sum(g => g.HoursPerWeek)) - groups.Sum(g => g.BaselineJobs!.Value)
            : null;
    }

    /// <summary>Gets the table disclosure reads: the groups' tallies, a group with a baseline listed whatever its count, the stock's totals.</summary>
    internal FigureTable Table { get; }
}
