namespace Wsp.Sdk.Counting;

/// <summary>The coverage ratio (dekkingsgraad) of one sector: employers with at least 10 staff in contact versus all of them.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record SectorCoverage
{
    internal SectorCoverage(string sectorCode, Tally employersInContact, int employersInRegion)
    {
        SectorCode = sectorCode;
        EmployersInContact = employersInContact.Count;
        EmployersInRegion = employersInRegion;
        InContactTally = employersInContact;
    }

    /// <summary>Gets the sector.</summary>
    public string SectorCode { get; }

    /// <summary>Gets the distinct employers with at least 10 employees the partners are in contact with.</summary>
    public int EmployersInContact { get; }

    /// <summary>Gets all employers with at least 10 employees in the region (input data).</summary>
    public int EmployersInRegion { get; }

    /// <summary>Gets the employers in contact as a tally (count and cell key of their KvK numbers), for the disclosure.</summary>
    internal Tally InContactTally { get; }

    /// <summary>
    /// Gets <see cref="EmployersInContact"/> / <see cref="EmployersInRegion"/>, or null when the region has no such
    /// employer. Not capped: above 1 means the regional totals are older or narrower than the contacts.
    /// </summary>
    public decimal? Ratio => EmployersInRegion == 0 ? null : (decimal)EmployersInContact / EmployersInRegion;
}
