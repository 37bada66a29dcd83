using NodaTime;
using Wsp.Sdk.Employers;

namespace Wsp.Sdk.Counting;

/// <summary>
/// A placement's start (plaatsing), narrowed to what a flow by employer needs: the cell of the placement-starts
/// pre-aggregate it counts in, its start date and its employer. A store hands these out instead of whole placements,
/// so a flow by employer reads a few columns of the placements that started in the period.
/// </summary>
/// <param name="Key">The cell the placement counts in (region, sector, partner, arrangement, target groups, employer kind).</param>
/// <param name="Start">The start date.</param>
/// <param name="Employer">The employer (KvK number).</param>
/// <param name="RecordKey">The placement's record key (<see cref="RecordKey"/>), which its cells' keys sum.</param>
/// <remarks>
/// This is an immutable value type and is thread-safe: a flow by employer over years reads millions of these, and as
/// values they cost no allocation of their own.
/// </remarks>
public readonly record struct PlacementStart(PlacementStartsKey Key, LocalDate Start, KvkNumber Employer, uint RecordKey);
