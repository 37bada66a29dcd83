namespace Wsp.Sdk.Counting;

/// <summary>The number of placements (plaatsingen) that started in the period in one group.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record PlacementCount
{
    internal PlacementCount(PlacementGroupKey group, int placements)
    {
        Group = group;
        Placements = placements;
    }

    /// <summary>Gets the group.</summary>
    public PlacementGroupKey Group { get; }

    /// <summary>Gets the placements counted.</summary>
    public int Placements { get; }
}
