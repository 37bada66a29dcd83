using NodaTime;

namespace Wsp.Sdk.Counting;

/// <summary>
/// A placement (plaatsing) narrowed to what its durability needs: the cell of the placement-starts pre-aggregate it
/// counts in, its start date, its end date and its record key. A store hands these out instead of whole placements
/// (<see cref="IPlacementSpans"/>), so placement-durability/1 reads a few columns of the placements that started in the period.
/// </summary>
/// <param name="Key">The cell the placement counts in (region, sector, partner, arrangement, target groups, employer kind).</param>
/// <param name="Start">The first working day.</param>
/// <param name="End">The last working day, or null while the placement runs.</param>
/// <param name="RecordKey">The placement's record key (<see cref="RecordKey"/>), which its cells' keys sum.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record PlacementSpan(PlacementStartsKey Key, LocalDate Start, LocalDate? End, uint RecordKey);
