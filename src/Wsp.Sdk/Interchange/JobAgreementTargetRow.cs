using Wsp.Sdk.JobAgreements;

namespace Wsp.Sdk.Interchange;

/// <summary>One row of a regional targets file (<see cref="JobAgreementTargetsCsvV1"/>): a region's target with the line it was read from.</summary>
/// <param name="Line">The 1-based line number in the file.</param>
/// <param name="Target">The target.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record JobAgreementTargetRow(long Line, JobAgreementTarget Target)
{
    /// <summary>Gets the target.</summary>
    public JobAgreementTarget Target { get; init; } = Preconditions.CheckNotNull(Target);
}
