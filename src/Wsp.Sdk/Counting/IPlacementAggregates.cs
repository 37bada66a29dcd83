using NodaTime;

namespace Wsp.Sdk.Counting;

/// <summary>
/// A store's pre-aggregates of its placements (voorgeaggregeerde plaatsingen), kept current in the same transaction
/// as every import and booking: the <see cref="JobAgreementLedger"/> and the <see cref="PlacementStarts"/>. The SDK
/// defines both and does the counting over them (<see cref="PlacementAggregates"/>); a store only keeps and reads them.
/// A store's <see cref="Storage.IPlacementStore"/> implements this interface when it keeps them.
/// </summary>
/// <remarks>
/// Contract (tested on every store): counting over what these methods return gives exactly what the counting
/// definition gives over <see cref="Storage.IPlacementStore.StreamAsync"/>, imported and booked placements alike.
/// </remarks>
public interface IPlacementAggregates
{
    /// <summary>Reads the job-agreement ledger entries dated on or before <paramref name="measuringDate"/>.</summary>
    /// <param name="measuringDate">The last date wanted.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>
    /// The entries, in no particular order. Deltas add up, so one cell and date may come more than once, and a store may
    /// return a cell's deltas summed into one entry dated on its last delta on or before the date.
    /// </returns>
    IAsyncEnumerable<JobAgreementLedgerEntry> ReadJobAgreementLedgerAsync(LocalDate measuringDate, CancellationToken cancellationToken = default);

    /// <summary>Reads the placement-starts cells dated in <paramref name="period"/>.</summary>
    /// <param name="period">The period, both ends included.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The cells, in no particular order; one cell and date may come more than once (counts add up).</returns>
    IAsyncEnumerable<PlacementStartsCell> ReadPlacementStartsAsync(DateInterval period, CancellationToken cancellationToken = default);
}
