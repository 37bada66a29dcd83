using Wsp.Sdk.Employers;

namespace Wsp.Sdk.Counting;

/// <summary>
/// Counting definition <c>extra-jobs/1</c>: extra job-agreement jobs (extra banen) = jobs at the measuring date
/// (<see cref="JobAgreementJobs"/>) − jobs at the baseline (nulmeting), per employer kind. The national targets
/// (<see cref="JobAgreements.JobAgreementTargets"/>) are expressed in extra jobs.
/// </summary>
/// <remarks>Methods are thread-safe.</remarks>
public static class ExtraJobs
{
    /// <summary>Gets the definition's id and description.</summary>
    public static CountingDefinition Definition { get; } = new(
        new CountingDefinitionId("extra-jobs", 1),
        "Extra job-agreement jobs against a baseline",
        "Jobs at the measuring date (job-agreement-jobs/2) minus the jobs at the given baseline (nulmeting, an input), for market and government employers.");

    /// <summary>Computes the extra jobs at the date of <paramref name="stock"/>.</summary>
    /// <param name="stock">The jobs at the measuring date.</param>
    /// <param name="baseline">The baseline; its date lies before the measuring date.</param>
    /// <returns>The extra jobs.</returns>
    /// <exception cref="ArgumentException">An argument is null, or the baseline is not before the measuring date.</exception>
    public static ExtraJobsResult Compute(JobAgreementStockResult stock, JobAgreementBaseline baseline)
    {
        Preconditions.CheckNotNull(stock);
        Preconditions.CheckNotNull(baseline);
        Preconditions.CheckArgument(baseline.Date < stock.Date, nameof(baseline), $"The baseline {baseline.Date:uuuu-MM-dd} lies before the measuring date {stock.Date:uuuu-MM-dd}.");
        return new ExtraJobsResult(
            stock.Date,
            baseline,
            stock.JobsFor(EmployerKind.Market) - baseline.MarketJobs,
            stock.JobsFor(EmployerKind.Government) - baseline.GovernmentJobs);
    }
}
