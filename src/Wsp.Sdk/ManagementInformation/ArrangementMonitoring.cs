using NodaTime;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Placements;

namespace Wsp.Sdk.ManagementInformation;

/// <summary>
/// Figure <c>arrangement-monitoring/1</c>: the monitoring (monitoring) of national arrangements (rule L5) — placements
/// realised per arrangement per region per period, against the arrangement's job opportunities (baankansen). The
/// placements are counted by <c>placements-flow/1</c>, grouped by region and arrangement.
/// </summary>
/// <remarks>Methods are thread-safe.</remarks>
public static class ArrangementMonitoring
{
    /// <summary>The dimensions the placement counts must be grouped by.</summary>
    public const PlacementDimensions Dimensions = PlacementDimensions.Region | PlacementDimensions.Arrangement;

    /// <summary>Sets the arrangements against placement counts grouped by region and arrangement (for example pre-aggregated ones).</summary>
    /// <param name="arrangements">The arrangements to report on.</param>
    /// <param name="flow">The result of <see cref="PlacementsFlow"/> grouped by region and arrangement (other dimensions, except target group, are summed).</param>
    /// <returns>One result per arrangement, ordered by id.</returns>
    /// <exception cref="ArgumentException">An argument is null, or the counts are not grouped by region and arrangement, or grouped by target group.</exception>
    public static ArrangementMonitoringReport Compute(IEnumerable<Arrangement> arrangements, PlacementFlowResult flow)
    {
        Preconditions.CheckNotNull(arrangements);
        Preconditions.CheckNotNull(flow);
        Preconditions.CheckArgument(
            (flow.Dimensions & Dimensions) == Dimensions && (flow.Dimensions & PlacementDimensions.TargetGroup) == 0,
            nameof(flow),
            $"Monitoring (L5) needs placements grouped by region and arrangement, not by target group; these are grouped by {flow.Dimensions}.");
        var counts = new Dictionary<(string Arrangement, RegionCode Region), Tally>();
        for (var i = 0; i < flow.Groups.Count; i++)
        {
            var count = flow.Groups[i];
            if (count.Group.ArrangementId is { } id && count.Group.Region is { } region)
            {
                counts[(id, region)] = counts.GetValueOrDefault((id, region)) + flow.TallyOf(i);
            }
        }

        var results = new List<ArrangementResult>();
        foreach (var arrangement in arrangements.OrderBy(a => Preconditions.CheckNotNull(a, nameof(arrangements)).Id, StringComparer.Ordinal))
        {
            var regions = arrangement.Decisions.Select(d => d.Region)
                .Concat(counts.Keys.Where(k => k.Arrangement == arrangement.Id).Select(k => k.Region))
                .Distinct()
                .Order()
                .Select(region => new ArrangementRegionResult(
                    region,
                    arrangement.ParticipationOf(region),
                    arrangement.SignedVersionOf(region),
                    counts.GetValueOrDefault((arrangement.Id, region))))
                .ToArray();
            results.Add(new ArrangementResult(arrangement, regions));
        }

        return new ArrangementMonitoringReport(flow.Period, results);
    }

    /// <summary>Counts the placements that started in <paramref name="period"/> and sets the arrangements against them.</summary>
    /// <param name="arrangements">The arrangements to report on.</param>
    /// <param name="placements">The placements, read once.</param>
    /// <param name="period">The period, both ends included.</param>
    /// <returns>One result per arrangement, ordered by id.</returns>
    /// <exception cref="ArgumentException">An argument is null.</exception>
    public static ArrangementMonitoringReport Compute(IEnumerable<Arrangement> arrangements, IEnumerable<Placement> placements, DateInterval period)
    {
        Preconditions.CheckNotNull(arrangements);
        return Compute(arrangements, PlacementsFlow.Count(placements, period, Dimensions));
    }

    /// <summary>Counts the placements that started in <paramref name="period"/>, streaming from a store, and sets the arrangements against them.</summary>
    /// <param name="arrangements">The arrangements to report on.</param>
    /// <param name="placements">The placements, read once.</param>
    /// <param name="period">The period, both ends included.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>One result per arrangement, ordered by id.</returns>
    /// <exception cref="ArgumentException">An argument is null.</exception>
    public static Task<ArrangementMonitoringReport> ComputeAsync(IEnumerable<Arrangement> arrangements, IAsyncEnumerable<Placement> placements, DateInterval period, CancellationToken cancellationToken = default)
    {
        // Arguments are checked before the first await, so a bad call fails at once, not when awaited.
        Preconditions.CheckNotNull(arrangements);
        Preconditions.CheckNotNull(placements);
        Preconditions.CheckNotNull(period);
        return ComputeCoreAsync(arrangements, placements, period, cancellationToken);
    }

    private static async Task<ArrangementMonitoringReport> ComputeCoreAsync(IEnumerable<Arrangement> arrangements, IAsyncEnumerable<Placement> placements, DateInterval period, CancellationToken cancellationToken)
    {
        var flow = await PlacementsFlow.CountAsync(placements, period, Dimensions, cancellationToken).ConfigureAwait(false);
        return Compute(arrangements, flow);
    }
}
