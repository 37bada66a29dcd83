using Wsp.Sdk.Geography;

namespace Wsp.Sdk.Arrangements;

/// <summary>An agreement a region already had with the employer, kept and taken into the national arrangement (rule L3).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record RegionalAgreement
{
    /// <summary>Initializes an agreement.</summary>
    /// <param name="region">The region.</param>
    /// <param name="reference">The region's reference to its agreement.</param>
    /// <exception cref="ArgumentException">An argument is missing.</exception>
    public RegionalAgreement(RegionCode region, string reference)
    {
        Region = Preconditions.CheckInitialized(region);
        Reference = Preconditions.CheckNotNullOrWhiteSpace(reference);
    }

    /// <summary>Gets the region.</summary>
    public RegionCode Region { get; }

    /// <summary>Gets the region's reference to its agreement.</summary>
    public string Reference { get; }
}
