using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.JobAgreements;

namespace Wsp.Sdk.Counting;

/// <summary>
/// Extra job-agreement jobs (extra banen) of one region and employer kind: the jobs at the measuring date
/// (job-agreement-jobs/2) minus the baseline's (nulmeting).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ExtraJobsCount
{
    internal ExtraJobsCount(RegionCode region, EmployerKind employerKind, decimal hoursPerWeek, int workingPersons, decimal? baselineJobs, Tally tally)
    {
        Tally = tally;
        Region = region;
        EmployerKind = employerKind;
        HoursPerWeek = hoursPerWeek;
        WorkingPersons = workingPersons;
        BaselineJobs = baselineJobs;
    }

    /// <summary>Gets the labour market region.</summary>
    public RegionCode Region { get; }

    /// <summary>Gets whether these are market or government jobs.</summary>
    public EmployerKind EmployerKind { get; }

    /// <summary>Gets the paid hours per week of the job-agreement placements active at the measuring date.</summary>
    public decimal HoursPerWeek { get; }

    /// <summary>Gets the working persons at the measuring date.</summary>
    public int WorkingPersons { get; }

    /// <summary>Gets the jobs at the measuring date: <see cref="HoursPerWeek"/> / 25.5.</summary>
    public decimal Jobs => JobAgreement.ToJobs(HoursPerWeek);

    /// <summary>Gets the jobs at the baseline, or null when the baseline has no cell for this region and kind.</summary>
    public decimal? BaselineJobs { get; }

    /// <summary>Gets the extra jobs (<see cref="Jobs"/> − <see cref="BaselineJobs"/>; negative when fewer), or null without a baseline.</summary>
    public decimal? ExtraJobs => BaselineJobs is { } baseline ? Jobs - baseline : null;

    /// <summary>Gets the stock's tally of the group (working persons, their record keys, the hours), for disclosure.</summary>
    internal Tally Tally { get; }
}
