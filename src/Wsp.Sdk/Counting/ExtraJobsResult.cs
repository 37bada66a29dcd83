using NodaTime;

namespace Wsp.Sdk.Counting;

/// <summary>The result of <see cref="ExtraJobs"/>: jobs at a date minus jobs at the baseline, per employer kind.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ExtraJobsResult
{
    internal ExtraJobsResult(LocalDate date, JobAgreementBaseline baseline, decimal market, decimal government)
    {
        Date = date;
        Baseline = baseline;
        Market = market;
        Government = government;
    }

    /// <summary>Gets the definition that produced the result.</summary>
    public CountingDefinitionId Definition { get; } = ExtraJobs.Definition.Id;

    /// <summary>Gets the measuring date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the baseline measured against.</summary>
    public JobAgreementBaseline Baseline { get; }

    /// <summary>Gets the extra jobs at market employers; negative when fewer than at the baseline.</summary>
    public decimal Market { get; }

    /// <summary>Gets the extra jobs at government employers; negative when fewer than at the baseline.</summary>
    public decimal Government { get; }

    /// <summary>Gets the extra jobs in all.</summary>
    public decimal Total => Market + Government;
}
