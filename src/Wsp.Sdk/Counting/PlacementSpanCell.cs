namespace Wsp.Sdk.Counting;

/// <summary>
/// The placements of one cell with one durability outcome (<see cref="DurabilityOutcome"/>): what a store hands out
/// when it groups the spans of a period itself (<see cref="IPlacementSpans.ReadPlacementSpanCellsAsync"/>), so
/// placement-durability/1 over millions of placements reads a few hundred cells.
/// </summary>
/// <param name="Key">The cell: the dimensions grouped by hold the placements' values, the others the first placement's.</param>
/// <param name="Outcome">The outcome every placement of the cell has.</param>
/// <param name="Placements">How many placements; at least 1.</param>
/// <param name="KeySum">The sum of their record keys modulo 2^32 (<see cref="RecordKey"/>).</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record PlacementSpanCell(PlacementStartsKey Key, DurabilityOutcome Outcome, int Placements, uint KeySum);
