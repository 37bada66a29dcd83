namespace Wsp.Sdk.Counting;

/// <summary>The number of placements (plaatsingen) that started in the period in one group.</summary>
/// <param name="Group">The group.</param>
/// <param name="Placements">The placements counted.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record PlacementCount(PlacementGroupKey Group, int Placements);
