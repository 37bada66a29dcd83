using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.JobAgreements;

namespace Wsp.Sdk.Counting;

/// <summary>Job-agreement jobs (banenafspraakbanen) at a date in one region for one employer kind.</summary>
/// <param name="Region">The labour market region.</param>
/// <param name="EmployerKind">Market or government.</param>
/// <param name="HoursPerWeek">The paid hours per week of the placements active at the date.</param>
/// <param name="WorkingPersons">The placements active at the date: working persons, one per placement.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record JobAgreementCount(RegionCode Region, EmployerKind EmployerKind, decimal HoursPerWeek, int WorkingPersons)
{
    /// <summary>Gets the jobs: <see cref="HoursPerWeek"/> / 25.5, unrounded.</summary>
    public decimal Jobs => JobAgreement.ToJobs(HoursPerWeek);
}
