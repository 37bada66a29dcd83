using NodaTime;

namespace Wsp.Sdk.Counting;

/// <summary>The result of <see cref="PlacementDurability"/> (placement-durability/1): per group the outcomes of the placements that started in a period.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class PlacementDurabilityResult
{
    internal PlacementDurabilityResult(DateInterval period, LocalDate measuringDate, PlacementDimensions dimensions, IReadOnlyList<PlacementDurabilityCount> groups, PlacementDurabilityCount total)
    {
        Period = period;
        MeasuringDate = measuringDate;
        Dimensions = dimensions;
        Groups = groups;
        Total = total;
    }

    /// <summary>Gets the definition that produced the result.</summary>
    public CountingDefinitionId Definition { get; } = PlacementDurability.Definition.Id;

    /// <summary>Gets the period the placements started in, both ends included.</summary>
    public DateInterval Period { get; }

    /// <summary>Gets the measuring date: the records' date, up to which a six- or twelve-month mark can have passed.</summary>
    public LocalDate MeasuringDate { get; }

    /// <summary>Gets the dimensions grouped by.</summary>
    public PlacementDimensions Dimensions { get; }

    /// <summary>Gets the groups holding at least one placement, ordered by region, sector, target group and partner.</summary>
    public IReadOnlyList<PlacementDurabilityCount> Groups { get; }

    /// <summary>
    /// Gets every placement that started in the period, each once (grouped by target group, the groups can add up to
    /// more, since a placement counts once in each of its groups).
    /// </summary>
    public PlacementDurabilityCount Total { get; }
}
