using NodaTime;

namespace Wsp.Sdk.Counting;

/// <summary>The result of <see cref="ExtraJobs"/>: jobs at a date minus jobs at the baseline, per employer kind.</summary>
/// <param name="Date">The measuring date.</param>
/// <param name="Baseline">The baseline measured against.</param>
/// <param name="Market">Extra jobs at market employers; negative when fewer than at the baseline.</param>
/// <param name="Government">Extra jobs at government employers; negative when fewer than at the baseline.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ExtraJobsResult(LocalDate Date, JobAgreementBaseline Baseline, decimal Market, decimal Government)
{
    /// <summary>Gets the definition that produced the result.</summary>
    public CountingDefinitionId Definition { get; } = ExtraJobs.Definition.Id;

    /// <summary>Gets the extra jobs in all.</summary>
    public decimal Total => Market + Government;
}
