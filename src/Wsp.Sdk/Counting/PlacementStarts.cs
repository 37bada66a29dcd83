using NodaTime;
using Wsp.Sdk.Placements;

namespace Wsp.Sdk.Counting;

/// <summary>
/// The placement-starts pre-aggregate (plaatsingsstarts): placements counted per cell (<see cref="PlacementStartsKey"/>)
/// and start date. <see cref="PlacementsFlow"/> (<c>placements-flow/1</c>) over a period is a sum over the cells whose
/// date lies in it, so a store can answer it without reading the placements. The rule stays here; a store keeps the
/// cells (or an index that yields them) and hands them back.
/// </summary>
/// <remarks>
/// Every placement counts once, on its start date, whatever its hours and duration; grouping by
/// <see cref="PlacementDimensions.Employer"/> needs the placements themselves and is refused here. Instances
/// accumulate and are not thread-safe; the static members are.
/// </remarks>
public sealed class PlacementStarts
{
    private const PlacementDimensions Supported = PlacementDimensions.Region | PlacementDimensions.Sector
        | PlacementDimensions.TargetGroup | PlacementDimensions.Partner | PlacementDimensions.Arrangement;

    private readonly Dictionary<(PlacementStartsKey Key, LocalDate Date), (int Count, uint KeySum)> _cells = [];

    /// <summary>Gets the number of cells accumulated so far.</summary>
    public int CellCount => _cells.Count;

    /// <summary>Returns the cell a placement counts in.</summary>
    /// <param name="placement">The placement.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="placement"/> is null.</exception>
    public static PlacementStartsKey KeyOf(Placement placement)
    {
        Preconditions.CheckNotNull(placement);
        return new(placement.Region.Code, placement.SectorCode, placement.BookingPartner, placement.ArrangementId, placement.TargetGroups, placement.EmployerKind);
    }

    /// <summary>Adds a placement.</summary>
    /// <param name="placement">The placement.</param>
    /// <exception cref="ArgumentNullException"><paramref name="placement"/> is null.</exception>
    public void Add(Placement placement)
    {
        ref var cell = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_cells, (KeyOf(placement), placement.Start), out _);
        cell = (cell.Count + 1, unchecked(cell.KeySum + RecordKey.Of(placement.Id)));
    }

    /// <summary>Forgets the cells accumulated so far, for a store that writes them in parts to bound its memory.</summary>
    public void Clear() => _cells.Clear();

    /// <summary>Gets the cells accumulated so far, in no particular order.</summary>
    /// <returns>The cells.</returns>
    public IEnumerable<PlacementStartsCell> Cells() => _cells.Select(pair => new PlacementStartsCell(pair.Key.Key, pair.Key.Date, pair.Value.Count, pair.Value.KeySum));

    /// <summary>
    /// Counts the placements that started in <paramref name="period"/> from pre-aggregated cells. Equals
    /// <see cref="PlacementsFlow.Count"/> over the placements the cells came from, for every grouping but by employer.
    /// </summary>
    /// <param name="cells">The cells; those dated outside the period are ignored.</param>
    /// <param name="period">The period, both ends included.</param>
    /// <param name="by">The dimensions to group by; not <see cref="PlacementDimensions.Employer"/>.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentException">An argument is null or holds a null, or <paramref name="by"/> includes the employer.</exception>
    public static PlacementFlowResult Count(IEnumerable<PlacementStartsCell> cells, DateInterval period, PlacementDimensions by = PlacementDimensions.None)
    {
        Preconditions.CheckNotNull(cells);
        Preconditions.CheckNotNull(period);
        Preconditions.CheckArgument((by & ~Supported) == 0, nameof(by), $"'{by}' cannot be counted from placement starts: grouping by employer needs the placements themselves.");
        var tallies = new DimensionTallies(by, persons: false);
        foreach (var cell in cells)
        {
            Preconditions.CheckNotNull(cell, nameof(cells));
            if (!period.Contains(cell.Date))
            {
                continue;
            }

            var k = cell.Key;
            var atom = new PlacementGroupKey(
                (by & PlacementDimensions.Region) != 0 ? k.Region : null,
                (by & PlacementDimensions.Sector) != 0 ? k.SectorCode : null,
                null,
                null,
                (by & PlacementDimensions.Partner) != 0 ? k.BookingPartner : null,
                (by & PlacementDimensions.Arrangement) != 0 ? k.ArrangementId : null);
            tallies.Add(atom, k.TargetGroups, cell.Placements, cell.KeySum);
        }

        return new PlacementFlowResult(period, tallies);
    }
}
