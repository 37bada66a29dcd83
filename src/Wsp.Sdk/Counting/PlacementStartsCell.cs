using NodaTime;
using Wsp.Sdk.Employers;

namespace Wsp.Sdk.Counting;

/// <summary>One cell of the placement-starts pre-aggregate: how many placements of a cell started on a date.</summary>
/// <param name="Key">The cell.</param>
/// <param name="Date">The start date.</param>
/// <param name="Placements">The number of placements that started on it; at least 1.</param>
/// <param name="KeySum">The sum of those placements' record keys modulo 2^32 (<see cref="RecordKey"/>): cells add up, keys with them.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record PlacementStartsCell(PlacementStartsKey Key, LocalDate Date, int Placements, uint KeySum)
{
    /// <summary>
    /// Gets the employer (KvK number) of the cell's placements when the cells were read grouped by employer
    /// (<see cref="IPlacementAggregates.ReadPlacementStartsAsync"/> with <see cref="PlacementDimensions.Employer"/>);
    /// null otherwise: the pre-aggregate itself holds no employer.
    /// </summary>
    public KvkNumber? Employer { get; init; }
}
