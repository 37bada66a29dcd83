using NodaTime;
using Wsp.Sdk.Geography;

namespace Wsp.Sdk.Counting;

/// <summary>
/// A store's narrow read of its placements' spans (looptijd van plaatsingen): start and end with the placement's cell, for
/// placement-durability/1. A store's <see cref="Storage.IPlacementStore"/> implements this interface when it can read
/// them without building whole placements; otherwise the durability is counted over streamed placements.
/// </summary>
/// <remarks>
/// Contract (tested on every store): <see cref="PlacementDurability"/> over what this returns gives exactly what it
/// gives over <see cref="Storage.IPlacementStore.StreamAsync"/>, imported and booked placements alike.
/// </remarks>
public interface IPlacementSpans
{
    /// <summary>Reads the placements, imported and booked, that started in <paramref name="period"/>.</summary>
    /// <param name="period">The period, both ends included.</param>
    /// <param name="regions">Only these regions' placements, read from the store by region (never another region's rows); null for every region.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The spans, in no particular order.</returns>
    IAsyncEnumerable<PlacementSpan> ReadPlacementSpansAsync(DateInterval period, IReadOnlyCollection<RegionCode>? regions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads the placements, imported and booked, that started in the classifier's period, grouped by
    /// <paramref name="by"/> and by their outcome as <paramref name="classifier"/> gives it: one cell per group and
    /// outcome, summed over the dimensions not grouped by.
    /// </summary>
    /// <param name="classifier">The period, the measuring date and the rule that gives each placement its outcome.</param>
    /// <param name="by">Any of region, sector, target group (the cell keeps the placements' target-group set) and partner.</param>
    /// <param name="regions">Only these regions' placements, read from the store by region; null for every region.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The cells, in no particular order.</returns>
    IAsyncEnumerable<PlacementSpanCell> ReadPlacementSpanCellsAsync(DurabilityClassifier classifier, PlacementDimensions by, IReadOnlyCollection<RegionCode>? regions = null, CancellationToken cancellationToken = default);
}
