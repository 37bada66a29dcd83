using NodaTime;

namespace Wsp.Sdk.Counting;

/// <summary>The counting definitions over a store's pre-aggregates (<see cref="IPlacementAggregates"/>).</summary>
public static class PlacementAggregates
{
    /// <summary>Counts <c>job-agreement-jobs/1</c> at <paramref name="date"/> from the store's job-agreement ledger.</summary>
    /// <param name="aggregates">The store's pre-aggregates.</param>
    /// <param name="date">The measuring date.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>The jobs and working persons.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="aggregates"/> is null.</exception>
    public static Task<JobAgreementStockResult> CountJobAgreementJobsAsync(this IPlacementAggregates aggregates, LocalDate date, CancellationToken cancellationToken = default)
    {
        // Arguments are checked before the first await, so a bad call fails at once, not when awaited.
        Preconditions.CheckNotNull(aggregates);
        return CountJobAgreementJobsCoreAsync(aggregates, date, cancellationToken);
    }

    /// <summary>Counts <c>placements-flow/1</c> over <paramref name="period"/> from the store's placement starts.</summary>
    /// <param name="aggregates">The store's pre-aggregates.</param>
    /// <param name="period">The period, both ends included.</param>
    /// <param name="by">The dimensions to group by; not the employer.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentException">An argument is null, or <paramref name="by"/> includes the employer.</exception>
    public static Task<PlacementFlowResult> CountPlacementsAsync(this IPlacementAggregates aggregates, DateInterval period, PlacementDimensions by = PlacementDimensions.None, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(aggregates);
        Preconditions.CheckNotNull(period);

        // Checked here, before any read: the same refusal the count gives (by employer needs the placements).
        PlacementStarts.Count([], period, by);
        return CountPlacementsCoreAsync(aggregates, period, by, cancellationToken);
    }

    private static async Task<JobAgreementStockResult> CountJobAgreementJobsCoreAsync(IPlacementAggregates aggregates, LocalDate date, CancellationToken cancellationToken)
    {
        var entries = new List<JobAgreementLedgerEntry>();
        await foreach (var entry in aggregates.ReadJobAgreementLedgerAsync(date, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            entries.Add(entry);
        }

        return JobAgreementLedger.Count(entries, date);
    }

    private static async Task<PlacementFlowResult> CountPlacementsCoreAsync(IPlacementAggregates aggregates, DateInterval period, PlacementDimensions by, CancellationToken cancellationToken)
    {
        // The store sums over the dimensions and dates the grouping does not need.
        var cells = new List<PlacementStartsCell>();
        await foreach (var cell in aggregates.ReadPlacementStartsAsync(period, by, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            cells.Add(cell);
        }

        return PlacementStarts.Count(cells, period, by);
    }
}
