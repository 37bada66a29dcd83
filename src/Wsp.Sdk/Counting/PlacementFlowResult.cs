using NodaTime;

namespace Wsp.Sdk.Counting;

/// <summary>The result of <see cref="PlacementsFlow"/>: placements that started in a period, per group.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class PlacementFlowResult
{
    internal PlacementFlowResult(DateInterval period, PlacementDimensions dimensions, IReadOnlyList<PlacementCount> groups, int total)
    {
        Period = period;
        Dimensions = dimensions;
        Groups = groups;
        Total = total;
    }

    /// <summary>Builds a result from counts per group, in the one order every source of the flow gives its groups.</summary>
    internal static PlacementFlowResult FromCounts(DateInterval period, PlacementDimensions dimensions, IEnumerable<KeyValuePair<PlacementGroupKey, int>> counts, int total)
    {
        var groups = PlacementGroupOrder.Sort(counts.Select(pair => new PlacementCount(pair.Key, pair.Value)), c => c.Group);
        return new PlacementFlowResult(period, dimensions, groups, total);
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
}
