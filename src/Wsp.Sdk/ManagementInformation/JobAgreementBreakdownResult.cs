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
        // Region, sector, employer, partner, arrangement; the partner's text computed once per group, not per comparison
        // (a national breakdown by employer has some 200,000 groups). Group keys are unique, so the order is total.
        var sorted = sums
            .Select(pair => (Group: new JobAgreementGroup(pair.Key, pair.Value.Hours, pair.Value.Persons), Partner: pair.Key.Partner?.ToString()))
            .ToArray();
        Array.Sort(sorted, static (a, b) =>
        {
            var (x, y) = (a.Group.Group, b.Group.Group);
            var order = Nullable.Compare(x.Region, y.Region);
            order = order != 0 ? order : string.CompareOrdinal(x.SectorCode, y.SectorCode);
            order = order != 0 ? order : Nullable.Compare(x.Employer, y.Employer);
            order = order != 0 ? order : string.CompareOrdinal(a.Partner, b.Partner);
            return order != 0 ? order : string.CompareOrdinal(x.ArrangementId, y.ArrangementId);
        });
        return new JobAgreementBreakdownResult(date, dimensions, [.. sorted.Select(s => s.Group)]);
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
