using Wsp.Sdk.Partners;

namespace Wsp.Sdk.Ambitions;

/// <summary>
/// One cell of a placement ambition (plaatsingsambitie): the placements one partner aims to realise in one sector in
/// one year (rule H4).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record PlacementAmbition
{
    /// <summary>Initializes a cell.</summary>
    /// <param name="sectorCode">The sector's code in the table's classification.</param>
    /// <param name="partner">The partner (a municipality or UWV).</param>
    /// <param name="placements">The placements aimed for, not negative.</param>
    /// <exception cref="ArgumentException">An argument is missing or negative.</exception>
    public PlacementAmbition(string sectorCode, BookingPartner partner, int placements)
    {
        SectorCode = Preconditions.CheckNotNullOrWhiteSpace(sectorCode);
        Partner = Preconditions.CheckInitialized(partner);
        Placements = Preconditions.CheckArgumentRange(placements, 0, int.MaxValue);
    }

    /// <summary>Gets the sector's code.</summary>
    public string SectorCode { get; }

    /// <summary>Gets the partner.</summary>
    public BookingPartner Partner { get; }

    /// <summary>Gets the placements aimed for.</summary>
    public int Placements { get; }
}
