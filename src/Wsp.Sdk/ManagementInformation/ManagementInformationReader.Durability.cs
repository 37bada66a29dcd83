using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.ManagementInformation;

/// <summary>Placement durability (placement-durability/1) from a store.</summary>
public sealed partial class ManagementInformationReader
{
    /// <summary>
    /// Counts <c>placement-durability/1</c>: of the placements that started in <paramref name="period"/>, the outcomes 6 and
    /// 12 months after their start at <paramref name="measuringDate"/>. From the store's cells of spans when it reads them
    /// (<see cref="IPlacementSpans"/>: the period's placements grouped by outcome), else from streamed placements.
    /// </summary>
    /// <param name="period">The period, both ends included.</param>
    /// <param name="measuringDate">The records' date.</param>
    /// <param name="by">Any of region, sector, target group and partner.</param>
    /// <param name="regions">Only these regions' placements; null for every region.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>The outcomes per group.</returns>
    /// <exception cref="ArgumentException"><paramref name="period"/> is null, or <paramref name="by"/> names another dimension.</exception>
    public Task<PlacementDurabilityResult> PlacementDurabilityAsync(DateInterval period, LocalDate measuringDate, PlacementDimensions by = PlacementDimensions.None, IReadOnlyCollection<RegionCode>? regions = null, CancellationToken cancellationToken = default)
    {
        // Checked here, before any read: the same refusal the figure gives.
        Preconditions.CheckNotNull(period);
        PlacementDurability.CheckArguments(period, by);
        var scope = Scope.Of(regions);
        if (_store.Placements is IPlacementSpans spans)
        {
            // The store groups the spans by the dimensions asked and by outcome, the SDK's rule giving each its outcome.
            var rule = new DurabilityClassifier(period, measuringDate);
            return PlacementDurability.FromSpanCellsAsync(FilterAsync(spans.ReadPlacementSpanCellsAsync(rule, by, scope.Regions, cancellationToken), c => c.Key.Region, scope, cancellationToken), rule, by, cancellationToken);
        }

        return PlacementDurability.CountAsync(StreamAsync(PlacementFilter.StartedIn(period, scope.Single), scope, cancellationToken), period, measuringDate, by, cancellationToken).AsTask();
    }
}
