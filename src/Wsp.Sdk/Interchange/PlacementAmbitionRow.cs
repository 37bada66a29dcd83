using Wsp.Sdk.Ambitions;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Sectors;

namespace Wsp.Sdk.Interchange;

/// <summary>One row of a placement ambitions file (<see cref="PlacementAmbitionsCsvV1"/>): one cell of a region's ambition table for a year, with the line it was read from.</summary>
/// <param name="Line">The 1-based line number in the file.</param>
/// <param name="Region">The labour market region.</param>
/// <param name="Year">The year of the ambition.</param>
/// <param name="Classification">The sector classification of the region's table.</param>
/// <param name="Cell">The sector, the partner and the placements aimed for.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record PlacementAmbitionRow(long Line, RegionCode Region, int Year, SectorClassification Classification, PlacementAmbition Cell)
{
    /// <summary>Gets the sector classification of the region's table.</summary>
    public SectorClassification Classification { get; init; } = Preconditions.CheckNotNull(Classification);

    /// <summary>Gets the sector, the partner and the placements aimed for.</summary>
    public PlacementAmbition Cell { get; init; } = Preconditions.CheckNotNull(Cell);
}
