using NodaTime;

namespace Wsp.Sdk.Counting;

/// <summary>The result of <see cref="PlacementsFlow"/>: placements that started in a period, per group.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class PlacementFlowResult
{
    internal PlacementFlowResult(DateInterval period, DimensionTallies tallies)
    {
        Period = period;
        Dimensions = tallies.By;
        var (keys, table) = tallies.ToTable();
        Table = table;
        Groups = new LazyGroups<PlacementCount>(keys.Length, group => new PlacementCount(keys[group], table.Cells[group].Count));
        Total = tallies.Grand.Count;
    }

    /// <summary>Gets the definition that produced the result.</summary>
    public CountingDefinitionId Definition { get; } = PlacementsFlow.Definition.Id;

    /// <summary>Gets the period counted, both ends included.</summary>
    public DateInterval Period { get; }

    /// <summary>Gets the dimensions grouped by.</summary>
    public PlacementDimensions Dimensions { get; }

    /// <summary>Gets the counts per group, ordered by region, sector, target group, employer and partner.</summary>
    public IReadOnlyList<PlacementCount> Groups { get; }

    /// <summary>
    /// Gets the number of placements counted. When grouped by target group the group counts can add up to more,
    /// since a placement counts once in each of its groups.
    /// </summary>
    public int Total { get; }

    /// <summary>Gets the tallies (counts and cell keys) of the groups, rows, columns and total, for the disclosure.</summary>
    internal FigureTable Table { get; }

    /// <summary>Gets a group's tally by the group's index in <see cref="Groups"/>.</summary>
    internal Tally TallyOf(int group) => Table.Cells[group];
}
