using NodaTime;

namespace Wsp.Sdk.JobAgreements;

/// <summary>
/// The job agreement (banenafspraak) unit: one job is a working week of 25.5 paid hours (rule H2); smaller jobs count
/// pro rata (12.75 hours is half a job).
/// </summary>
public static class JobAgreement
{
    /// <summary>The paid hours per week that make one job: 25.5.</summary>
    public const decimal HoursPerJob = 25.5m;

    /// <summary>Gets the baseline date (nulmeting) of the job agreement: 31 December 2012.</summary>
    public static LocalDate BaselineDate { get; } = new(2012, 12, 31);

    /// <summary>Converts paid hours per week to jobs.</summary>
    /// <param name="hoursPerWeek">Hours per week, not negative.</param>
    /// <returns>The jobs, unrounded.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hoursPerWeek"/> is negative.</exception>
    public static decimal ToJobs(decimal hoursPerWeek) => hoursPerWeek >= 0m
        ? hoursPerWeek / HoursPerJob
        : throw new ArgumentOutOfRangeException(nameof(hoursPerWeek), hoursPerWeek, "Hours per week are not negative.");

    /// <summary>Converts jobs to paid hours per week.</summary>
    /// <param name="jobs">Jobs, not negative.</param>
    /// <returns>The hours per week.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="jobs"/> is negative.</exception>
    public static decimal ToHours(decimal jobs) => jobs >= 0m
        ? jobs * HoursPerJob
        : throw new ArgumentOutOfRangeException(nameof(jobs), jobs, "Jobs are not negative.");
}
