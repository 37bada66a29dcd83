using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.JobAgreements;

namespace Wsp.Sdk.Counting;

/// <summary>Job-agreement jobs (banenafspraakbanen) at a date in one region for one employer kind.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record JobAgreementCount
{
    internal JobAgreementCount(RegionCode region, EmployerKind employerKind, decimal hoursPerWeek, int workingPersons)
    {
        Region = region;
        EmployerKind = employerKind;
        HoursPerWeek = hoursPerWeek;
        WorkingPersons = workingPersons;
    }

    /// <summary>Gets the labour market region.</summary>
    public RegionCode Region { get; }

    /// <summary>Gets whether these are market or government jobs.</summary>
    public EmployerKind EmployerKind { get; }

    /// <summary>Gets the paid hours per week of the placements active at the date.</summary>
    public decimal HoursPerWeek { get; }

    /// <summary>Gets the working persons: the distinct candidates (per booking partner, H3) of the placements active at the date.</summary>
    public int WorkingPersons { get; }

    /// <summary>Gets the jobs: <see cref="HoursPerWeek"/> / 25.5, unrounded.</summary>
    public decimal Jobs => JobAgreement.ToJobs(HoursPerWeek);
}
