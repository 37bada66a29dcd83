using Wsp.Sdk.Counting;
using Wsp.Sdk.JobAgreements;

namespace Wsp.Sdk.ManagementInformation;

/// <summary>Job-agreement jobs (banenafspraakbanen) at a date in one group of sector, employer, partner, region or arrangement (rule H6).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record JobAgreementGroup
{
    internal JobAgreementGroup(PlacementGroupKey group, decimal hoursPerWeek, int workingPersons)
    {
        Group = group;
        HoursPerWeek = hoursPerWeek;
        WorkingPersons = workingPersons;
    }

    /// <summary>Gets the group; its target group is always null.</summary>
    public PlacementGroupKey Group { get; }

    /// <summary>Gets the paid hours per week of the placements active at the date.</summary>
    public decimal HoursPerWeek { get; }

    /// <summary>Gets the working persons: the distinct candidates (per booking partner, H3) of the placements active at the date.</summary>
    public int WorkingPersons { get; }

    /// <summary>Gets the jobs: <see cref="HoursPerWeek"/> / 25.5, unrounded.</summary>
    public decimal Jobs => JobAgreement.ToJobs(HoursPerWeek);
}
