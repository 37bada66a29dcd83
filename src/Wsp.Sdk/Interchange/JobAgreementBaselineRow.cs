using Wsp.Sdk.Counting;

namespace Wsp.Sdk.Interchange;

/// <summary>One row of a baseline file (<see cref="JobAgreementBaselineCsvV1"/>): a region's jobs of one employer kind at the baseline, with the line it was read from.</summary>
/// <param name="Line">The 1-based line number in the file.</param>
/// <param name="Cell">The region, the kind and the jobs.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record JobAgreementBaselineRow(long Line, JobAgreementBaselineCell Cell)
{
    /// <summary>Gets the region, the kind and the jobs.</summary>
    public JobAgreementBaselineCell Cell { get; init; } = Preconditions.CheckNotNull(Cell);
}
