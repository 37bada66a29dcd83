using Wsp.Sdk.Counting;
using Wsp.Sdk.Partners;

namespace Wsp.Sdk.ManagementInformation;

/// <summary>One cell of a placement ambition (plaatsingsambitie, rule H4) against its realisation: one sector, one partner, one year.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record AmbitionCell
{
    internal AmbitionCell(string sectorCode, BookingPartner partner, int ambition, Tally realised)
    {
        SectorCode = sectorCode;
        Partner = partner;
        Ambition = ambition;
        Realised = realised.Count;
        RealisedTally = realised;
    }

    /// <summary>Gets the sector's code.</summary>
    public string SectorCode { get; }

    /// <summary>Gets the partner.</summary>
    public BookingPartner Partner { get; }

    /// <summary>Gets the placements aimed for.</summary>
    public int Ambition { get; }

    /// <summary>Gets the placements realised (placements-flow/1 over the year).</summary>
    public int Realised { get; }

    /// <summary>Gets the realised placements' tally (count and cell key), for the disclosure.</summary>
    internal Tally RealisedTally { get; }

    /// <summary>Gets <see cref="Realised"/> / <see cref="Ambition"/>, or null when nothing was aimed for.</summary>
    public decimal? Ratio => Ambition == 0 ? null : (decimal)Realised / Ambition;
}
