using Wsp.Sdk.Partners;

namespace Wsp.Sdk.Ambitions;

/// <summary>
/// One cell of a placement ambition (plaatsingsambitie): the placements one partner aims to realise in one sector in
/// one year (rule H4).
/// </summary>
/// <param name="SectorCode">The sector's code in the table's classification.</param>
/// <param name="Partner">The partner (a municipality or UWV).</param>
/// <param name="Placements">The placements aimed for.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record PlacementAmbition(string SectorCode, BookingPartner Partner, int Placements);
