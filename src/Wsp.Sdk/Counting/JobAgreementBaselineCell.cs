using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;

namespace Wsp.Sdk.Counting;

/// <summary>One cell of a baseline table (nulmeting): the job-agreement jobs one region had at one employer kind at the baseline date.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record JobAgreementBaselineCell
{
    /// <summary>Initializes a cell.</summary>
    /// <param name="region">The labour market region.</param>
    /// <param name="employerKind">Market or government.</param>
    /// <param name="jobs">The jobs at the baseline, not negative.</param>
    /// <exception cref="ArgumentException">The region is not initialized, the kind undefined, or the jobs negative.</exception>
    public JobAgreementBaselineCell(RegionCode region, EmployerKind employerKind, decimal jobs)
    {
        Region = Preconditions.CheckInitialized(region);
        EmployerKind = Preconditions.CheckDefined(employerKind);
        Jobs = jobs >= 0m ? jobs : throw new ArgumentOutOfRangeException(nameof(jobs), jobs, "Jobs are not negative.");
    }

    /// <summary>Gets the labour market region.</summary>
    public RegionCode Region { get; }

    /// <summary>Gets whether these are market or government jobs.</summary>
    public EmployerKind EmployerKind { get; }

    /// <summary>Gets the jobs at the baseline.</summary>
    public decimal Jobs { get; }
}
