using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Sectors;

namespace Wsp.Sdk.Ambitions;

/// <summary>
/// A region's placement ambition (regionale plaatsingsambitie) for one year: placements per sector × partner
/// (rule H4), with the totals per partner, per sector and for the region.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class PlacementAmbitionTable
{
    /// <summary>Initializes a table, checking that its cells fit its classification and partners.</summary>
    /// <param name="region">The labour market region.</param>
    /// <param name="year">The year of the ambition.</param>
    /// <param name="classification">The sector classification the rows follow.</param>
    /// <param name="partners">The partners, in the order of the table's columns.</param>
    /// <param name="cells">One cell per sector × partner.</param>
    /// <param name="previousYearTotal">The region's total ambition of the year before, when known.</param>
    /// <exception cref="ArgumentException">A cell names an unknown sector or partner, or a cell is missing or repeated.</exception>
    public PlacementAmbitionTable(
        RegionCode region,
        int year,
        SectorClassification classification,
        IEnumerable<BookingPartner> partners,
        IEnumerable<PlacementAmbition> cells,
        int? previousYearTotal = null)
    {
        Region = Preconditions.CheckInitialized(region);
        Year = Preconditions.CheckArgumentRange(year, 1900, 2999);
        Classification = Preconditions.CheckNotNull(classification);
        Partners = Preconditions.CheckNotNull(partners).Select(p => Preconditions.CheckInitialized(p, nameof(partners))).ToArray();
        Preconditions.CheckArgument(Partners.Distinct().Count() == Partners.Count, nameof(partners), "A partner appears twice.");
        Cells = Preconditions.CheckNotNull(cells).Select(c => Preconditions.CheckNotNull(c, nameof(cells))).ToArray();
        foreach (var cell in Cells)
        {
            Preconditions.CheckArgument(classification.Find(cell.SectorCode) is not null, nameof(cells), $"Sector '{cell.SectorCode}' is not in classification {classification.Id}.");
            Preconditions.CheckArgument(Partners.Contains(cell.Partner), nameof(cells), $"Partner {cell.Partner} is not a column of the table.");
        }

        var distinct = Cells.Select(c => (c.SectorCode, c.Partner)).Distinct().Count();
        Preconditions.CheckArgument(
            distinct == Cells.Count && distinct == classification.Sectors.Count * Partners.Count,
            nameof(cells),
            "The table holds exactly one cell per sector × partner.");
        PreviousYearTotal = previousYearTotal is { } previous ? Preconditions.CheckArgumentRange(previous, 0, int.MaxValue, nameof(previousYearTotal)) : null;
    }

    /// <summary>Gets the labour market region.</summary>
    public RegionCode Region { get; }

    /// <summary>Gets the year of the ambition.</summary>
    public int Year { get; }

    /// <summary>Gets the sector classification of the rows.</summary>
    public SectorClassification Classification { get; }

    /// <summary>Gets the partners in column order.</summary>
    public IReadOnlyList<BookingPartner> Partners { get; }

    /// <summary>Gets every cell, row by row.</summary>
    public IReadOnlyList<PlacementAmbition> Cells { get; }

    /// <summary>Gets the total ambition of the year before, when the source gives it.</summary>
    public int? PreviousYearTotal { get; }

    /// <summary>Gets the region's total ambition.</summary>
    public int Total => Cells.Sum(c => c.Placements);

    /// <summary>Returns one cell.</summary>
    /// <param name="sectorCode">The sector code.</param>
    /// <param name="partner">The partner.</param>
    /// <returns>The placements aimed for.</returns>
    /// <exception cref="ArgumentException">The table has no such row or column.</exception>
    public int For(string sectorCode, BookingPartner partner)
    {
        Preconditions.CheckNotNull(sectorCode);
        return Cells.FirstOrDefault(c => c.SectorCode == sectorCode && c.Partner == partner)?.Placements
            ?? throw new ArgumentException($"The table has no cell for sector '{sectorCode}' and partner {partner}.", nameof(sectorCode));
    }

    /// <summary>Returns a partner's total over all sectors (a column total).</summary>
    /// <param name="partner">The partner.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentException">The partner is not a column of the table.</exception>
    public int TotalFor(BookingPartner partner)
    {
        Preconditions.CheckArgument(Partners.Contains(partner), nameof(partner), $"Partner {partner} is not a column of the table.");
        return Cells.Where(c => c.Partner == partner).Sum(c => c.Placements);
    }

    /// <summary>Returns a sector's total over all partners (a row total).</summary>
    /// <param name="sectorCode">The sector code.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentException">The sector is not in the classification.</exception>
    public int TotalForSector(string sectorCode)
    {
        Preconditions.CheckNotNull(sectorCode);
        var sector = Classification.Get(sectorCode);
        return Cells.Where(c => c.SectorCode == sector.Code).Sum(c => c.Placements);
    }
}
