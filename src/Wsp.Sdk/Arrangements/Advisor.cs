using Wsp.Sdk.Geography;

namespace Wsp.Sdk.Arrangements;

/// <summary>
/// An advisor (adviseur) of the national employer desk (rule L4): holds some sectors (branches) and some adoption
/// regions (adoptieregio's), and manages arrangements.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Advisor
{
    /// <summary>Initializes an advisor.</summary>
    /// <param name="id">The advisor's id.</param>
    /// <param name="name">The advisor's name.</param>
    /// <param name="sectorCodes">The sectors the advisor holds.</param>
    /// <param name="adoptionRegions">The regions the advisor adopted.</param>
    /// <exception cref="ArgumentException">An argument is missing.</exception>
    public Advisor(string id, string name, IEnumerable<string> sectorCodes, IEnumerable<RegionCode> adoptionRegions)
    {
        Id = Preconditions.CheckNotNullOrWhiteSpace(id);
        Name = Preconditions.CheckNotNullOrWhiteSpace(name);
        SectorCodes = Preconditions.CheckNotNull(sectorCodes).Select(s => Preconditions.CheckNotNullOrWhiteSpace(s, nameof(sectorCodes))).Distinct().Order(StringComparer.Ordinal).ToArray();
        AdoptionRegions = Preconditions.CheckNotNull(adoptionRegions).Select(r => Preconditions.CheckInitialized(r, nameof(adoptionRegions))).Distinct().Order().ToArray();
    }

    /// <summary>Gets the advisor's id.</summary>
    public string Id { get; }

    /// <summary>Gets the advisor's name.</summary>
    public string Name { get; }

    /// <summary>Gets the sectors the advisor holds, ordered by code.</summary>
    public IReadOnlyList<string> SectorCodes { get; }

    /// <summary>Gets the adoption regions, ordered by code.</summary>
    public IReadOnlyList<RegionCode> AdoptionRegions { get; }
}
