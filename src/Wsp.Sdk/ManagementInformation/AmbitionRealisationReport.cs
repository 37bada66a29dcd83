using Wsp.Sdk.Ambitions;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;

namespace Wsp.Sdk.ManagementInformation;

/// <summary>
/// A region's placement ambition (plaatsingsambitie, rule H4) against its realisation in one year, per sector × partner,
/// with the row, column and region totals: figure <c>ambition-realisation/1</c>.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class AmbitionRealisationReport
{
    internal AmbitionRealisationReport(PlacementAmbitionTable ambition, IReadOnlyList<AmbitionCell> cells, Tally outsideTable)
    {
        Region = ambition.Region;
        Year = ambition.Year;
        Period = AmbitionRealisation.PeriodOf(ambition);
        ClassificationId = ambition.Classification.Id;
        Partners = ambition.Partners;
        Cells = cells;
        OutsideTable = outsideTable.Count;
        OutsideTally = outsideTable;
    }

    /// <summary>Gets the figure's id.</summary>
    public CountingDefinitionId Figure { get; } = ManagementFigures.AmbitionRealisation.Id;

    /// <summary>Gets the counting definition the realised placements come from.</summary>
    public CountingDefinitionId Definition { get; } = PlacementsFlow.Definition.Id;

    /// <summary>Gets the region.</summary>
    public RegionCode Region { get; }

    /// <summary>Gets the year.</summary>
    public int Year { get; }

    /// <summary>Gets the period the realised placements started in: the year, 1 January to 31 December.</summary>
    public NodaTime.DateInterval Period { get; }

    /// <summary>Gets the id of the sector classification of the rows.</summary>
    public string ClassificationId { get; }

    /// <summary>Gets the partners in column order.</summary>
    public IReadOnlyList<BookingPartner> Partners { get; }

    /// <summary>Gets every cell, row by row in the table's order.</summary>
    public IReadOnlyList<AmbitionCell> Cells { get; }

    /// <summary>Gets the region's placements of the year in a sector or by a partner the table has no row or column for.</summary>
    public int OutsideTable { get; }

    /// <summary>Gets the placements outside the table as a tally (count and cell key), for the disclosure.</summary>
    internal Tally OutsideTally { get; }

    /// <summary>Gets the region's total ambition.</summary>
    public int TotalAmbition => Cells.Sum(c => c.Ambition);

    /// <summary>Gets the placements realised in the table's cells.</summary>
    public int TotalRealised => Cells.Sum(c => c.Realised);

    /// <summary>Gets <see cref="TotalRealised"/> / <see cref="TotalAmbition"/>, or null when nothing was aimed for.</summary>
    public decimal? TotalRatio => Ratio(TotalRealised, TotalAmbition);

    /// <summary>Returns a partner's realisation over all sectors against its ambition.</summary>
    /// <param name="partner">The partner.</param>
    /// <returns>Realised / ambition of the partner's column, or null when the partner aimed for nothing.</returns>
    /// <exception cref="ArgumentException">The partner is not a column of the table.</exception>
    public decimal? RatioFor(BookingPartner partner)
    {
        var (ambition, realised) = TotalFor(partner);
        return Ratio(realised, ambition);
    }

    /// <summary>Returns a sector's realisation over all partners against its ambition.</summary>
    /// <param name="sectorCode">The sector's code.</param>
    /// <returns>Realised / ambition of the sector's row, or null when nothing was aimed for in it.</returns>
    /// <exception cref="ArgumentException">The sector is not a row of the table.</exception>
    public decimal? RatioForSector(string sectorCode)
    {
        var (ambition, realised) = TotalForSector(sectorCode);
        return Ratio(realised, ambition);
    }

    /// <summary>Returns a partner's column totals.</summary>
    /// <param name="partner">The partner.</param>
    /// <returns>The ambition and the realisation over all sectors.</returns>
    /// <exception cref="ArgumentException">The partner is not a column of the table.</exception>
    public (int Ambition, int Realised) TotalFor(BookingPartner partner)
    {
        Preconditions.CheckArgument(Partners.Contains(partner), nameof(partner), $"Partner {partner} is not a column of the table.");
        var cells = Cells.Where(c => c.Partner == partner).ToArray();
        return (cells.Sum(c => c.Ambition), cells.Sum(c => c.Realised));
    }

    /// <summary>Returns a sector's row totals.</summary>
    /// <param name="sectorCode">The sector's code.</param>
    /// <returns>The ambition and the realisation over all partners.</returns>
    /// <exception cref="ArgumentException">The sector is not a row of the table.</exception>
    public (int Ambition, int Realised) TotalForSector(string sectorCode)
    {
        Preconditions.CheckNotNull(sectorCode);
        var cells = Cells.Where(c => c.SectorCode == sectorCode).ToArray();
        Preconditions.CheckArgument(cells.Length > 0, nameof(sectorCode), $"Sector '{sectorCode}' is not a row of the table.");
        return (cells.Sum(c => c.Ambition), cells.Sum(c => c.Realised));
    }

    private static decimal? Ratio(int realised, int ambition) => ambition == 0 ? null : (decimal)realised / ambition;
}
