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
/// Every placement counts once, on its start date, whatever its hours and duration. The cells hold no employer: a
/// count by <see cref="PlacementDimensions.Employer"/> takes cells a store read grouped by employer, each carrying its
/// employer (<see cref="PlacementStartsCell.Employer"/>). Instances accumulate and are not thread-safe; the static
/// members are.
/// </remarks>
public sealed class PlacementStarts
{
    private const PlacementDimensions Supported = PlacementDimensions.Region | PlacementDimensions.Sector
        | PlacementDimensions.TargetGroup | PlacementDimensions.Employer | PlacementDimensions.Partner | PlacementDimensions.Arrangement;

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
    /// <see cref="PlacementsFlow.Count"/> over the placements the cells came from.
    /// </summary>
    /// <param name="cells">The cells; those dated outside the period are ignored. By employer, cells that carry their employer.</param>
    /// <param name="period">The period, both ends included.</param>
    /// <param name="by">The dimensions to group by.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentException">
    /// An argument is null or holds a null, <paramref name="by"/> names an undefined dimension, or it names the employer
    /// and a cell in the period carries none (cells not read by employer).
    /// </exception>
    public static PlacementFlowResult Count(IEnumerable<PlacementStartsCell> cells, DateInterval period, PlacementDimensions by = PlacementDimensions.None)
    {
        Preconditions.CheckNotNull(cells);
        var counter = new Counter(period, by);
        foreach (var cell in cells)
        {
            counter.Add(cell);
        }

        return counter.ToResult();
    }

    /// <summary>
    /// Counts the placements that started in <paramref name="period"/> from cells as a store streams them, each counted
    /// as it comes (a flow by employer over years is a cell per employer: none is kept). Equals <see cref="Count"/>.
    /// </summary>
    internal static async Task<PlacementFlowResult> CountAsync(IAsyncEnumerable<PlacementStartsCell> cells, DateInterval period, PlacementDimensions by, CancellationToken cancellationToken)
    {
        var counter = new Counter(period, by);
        await foreach (var cell in cells.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            counter.Add(cell);
        }

        return counter.ToResult();
    }

    private sealed class Counter
    {
        private readonly DateInterval _period;
        private readonly PlacementDimensions _by;
        private readonly bool _byEmployer;
        private readonly DimensionTallies _tallies;

        public Counter(DateInterval period, PlacementDimensions by)
        {
            _period = Preconditions.CheckNotNull(period);
            Preconditions.CheckArgument((by & ~Supported) == 0, nameof(by), $"'{by}' is not a combination of placement dimensions.");
            (_by, _byEmployer) = (by, (by & PlacementDimensions.Employer) != 0);
            _tallies = new DimensionTallies(by, persons: false);
        }

        public void Add(PlacementStartsCell cell)
        {
            Preconditions.CheckNotNull(cell, "cells");
            if (!_period.Contains(cell.Date))
            {
                return;
            }

            // A cell without its employer sums the placements of several: counting it under none would be a wrong figure.
            Preconditions.CheckArgument(!_byEmployer || cell.Employer is not null, "cells", "A count by employer needs cells read by employer: this cell carries no employer.");
            var (k, by) = (cell.Key, _by);
            var atom = new PlacementGroupKey(
                (by & PlacementDimensions.Region) != 0 ? k.Region : null,
                (by & PlacementDimensions.Sector) != 0 ? k.SectorCode : null,
                null,
                _byEmployer ? cell.Employer : null,
                (by & PlacementDimensions.Partner) != 0 ? k.BookingPartner : null,
                (by & PlacementDimensions.Arrangement) != 0 ? k.ArrangementId : null);
            _tallies.Add(atom, k.TargetGroups, cell.Placements, cell.KeySum);
        }

        public PlacementFlowResult ToResult() => new(_period, _tallies);
    }
}
