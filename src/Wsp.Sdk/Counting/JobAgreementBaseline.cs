using NodaTime;

namespace Wsp.Sdk.Counting;

/// <summary>
/// The baseline (nulmeting) extra jobs are measured against: the jobs that already existed at the baseline date (for
/// the banenafspraak, end December 2012). Partners' records cannot give it, so it is an input.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record JobAgreementBaseline
{
    /// <summary>Initializes a baseline.</summary>
    /// <param name="date">The baseline date.</param>
    /// <param name="marketJobs">Jobs at market employers at the baseline, not negative.</param>
    /// <param name="governmentJobs">Jobs at government employers at the baseline, not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number of jobs is negative.</exception>
    public JobAgreementBaseline(LocalDate date, decimal marketJobs, decimal governmentJobs)
    {
        Date = date;
        MarketJobs = marketJobs >= 0m ? marketJobs : throw new ArgumentOutOfRangeException(nameof(marketJobs), marketJobs, "Jobs are not negative.");
        GovernmentJobs = governmentJobs >= 0m ? governmentJobs : throw new ArgumentOutOfRangeException(nameof(governmentJobs), governmentJobs, "Jobs are not negative.");
    }

    /// <summary>Gets the baseline date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the jobs at market employers at the baseline.</summary>
    public decimal MarketJobs { get; }

    /// <summary>Gets the jobs at government employers at the baseline.</summary>
    public decimal GovernmentJobs { get; }
}
