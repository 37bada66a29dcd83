using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.JobAgreements;

namespace Wsp.Sdk.ManagementInformation;

/// <summary>Job-agreement jobs at a measuring date per group (rule H6): figure <c>job-agreement-breakdown/1</c>.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class JobAgreementBreakdownResult
{
    internal JobAgreementBreakdownResult(LocalDate date, PlacementDimensions dimensions, IReadOnlyList<JobAgreementGroup> groups)
    {
        Date = date;
        Dimensions = dimensions;
        Groups = groups;
        HoursPerWeek = groups.Sum(g => g.HoursPerWeek);
        WorkingPersons = groups.Sum(g => g.WorkingPersons);
    }

    /// <summary>Builds a result from sums per group, in the one order every source of the figure gives its groups.</summary>
    internal static JobAgreementBreakdownResult FromGroups(LocalDate date, PlacementDimensions dimensions, IEnumerable<KeyValuePair<PlacementGroupKey, (decimal Hours, int Persons)>> sums)
    {
        var groups = PlacementGroupOrder.Sort(sums.Select(pair => new JobAgreementGroup(pair.Key, pair.Value.Hours, pair.Value.Persons)), g => g.Group);
        return new JobAgreementBreakdownResult(date, dimensions, groups);
    }

    /// <summary>Gets the figure's id.</summary>
    public CountingDefinitionId Figure { get; } = ManagementFigures.JobAgreementBreakdown.Id;

    /// <summary>Gets the counting definition whose rule it applies.</summary>
    public CountingDefinitionId Definition { get; } = JobAgreementJobs.Definition.Id;

    /// <summary>Gets the measuring date (meetmoment).</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the dimensions grouped by.</summary>
    public PlacementDimensions Dimensions { get; }

    /// <summary>Gets the groups that hold at least one placement, ordered by region, sector, employer, partner and arrangement.</summary>
    public IReadOnlyList<JobAgreementGroup> Groups { get; }

    /// <summary>Gets the paid hours per week in all.</summary>
    public decimal HoursPerWeek { get; }

    /// <summary>Gets the jobs in all (equal to those of job-agreement-jobs/1 at the date).</summary>
    public decimal Jobs => JobAgreement.ToJobs(HoursPerWeek);

    /// <summary>Gets the working persons in all.</summary>
    public int WorkingPersons { get; }
}
