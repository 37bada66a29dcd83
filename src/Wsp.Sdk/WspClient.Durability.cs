using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Disclosure;
using Wsp.Sdk.Geography;

namespace Wsp.Sdk;

/// <summary>Durable placements (duurzame plaatsing, placement-durability/1): of the placements started in a period, the share still running 6 and 12 months on.</summary>
public partial class WspClient
{
    /// <summary>
    /// Counts the durability of the placements that started in a period (placement-durability/1): measured and still
    /// running 6 and 12 months after their start, per region, sector, target group and partner as asked.
    /// </summary>
    /// <param name="period">The period the placements started in, both ends included.</param>
    /// <param name="by">Any of region, sector, target group and partner.</param>
    /// <param name="measuringDate">The records' date, up to which a mark can have passed; null for today (Dutch calendar, the options' clock), or for a caller whose figures are disclosed by the cell key method the last month end on or before it.</param>
    /// <param name="region">Only this region; null for every region the caller may read.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>The durability, disclosed.</returns>
    /// <exception cref="AccessDeniedException">The caller may not read the region's figures.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> is null, or <paramref name="by"/> names another dimension.</exception>
    public virtual async Task<DisclosedDurability> PlacementDurabilityAsync(DateInterval period, PlacementDimensions by = PlacementDimensions.None, LocalDate? measuringDate = null, RegionCode? region = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(period);
        PlacementDurability.CheckArguments(period, by);
        var scope = AggregateScope(region, "read placement durability");
        EnsurePublishedPeriod(period, "read placement durability");
        EnsurePublishedGrouping(by, region, "read placement durability");
        var at = measuringDate ?? DefaultMeasuringDate();
        EnsurePublishedDate(at, "read placement durability");
        return Disclosure.Disclose(await _reader.PlacementDurabilityAsync(period, at, by, scope, cancellationToken).ConfigureAwait(false));
    }
}
