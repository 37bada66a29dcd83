namespace Wsp.Sdk.Counting;

/// <summary>The coverage ratio (dekkingsgraad) of one sector: employers with at least 10 staff in contact versus all of them.</summary>
/// <param name="SectorCode">The sector.</param>
/// <param name="EmployersInContact">Distinct employers with at least 10 employees the partners are in contact with.</param>
/// <param name="EmployersInRegion">All employers with at least 10 employees in the region (input data).</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record SectorCoverage(string SectorCode, int EmployersInContact, int EmployersInRegion)
{
    /// <summary>
    /// Gets <see cref="EmployersInContact"/> / <see cref="EmployersInRegion"/>, or null when the region has no such
    /// employer. Not capped: above 1 means the regional totals are older or narrower than the contacts.
    /// </summary>
    public decimal? Ratio => EmployersInRegion == 0 ? null : (decimal)EmployersInContact / EmployersInRegion;
}
