using NodaTime;

namespace Wsp.Sdk.Counting;

/// <summary>
/// A store's pre-aggregates of its placements (voorgeaggregeerde plaatsingen), kept current in the same transaction
/// as every import and booking: the <see cref="JobAgreementLedger"/> and the <see cref="PlacementStarts"/>, each with
/// the record keys of the ministry's disclosure summed in (<see cref="RecordKey"/>), and the narrow reads of
/// the placements a stock or a flow by employer needs. The SDK defines them and does the counting over them
/// (<see cref="PlacementStarts.Count"/>, and <see cref="ManagementInformation.ManagementInformationReader"/> over a
/// store); a store only keeps and reads them. A store's <see cref="Storage.IPlacementStore"/> implements this interface
/// when it keeps them.
/// </summary>
/// <remarks>
/// Contract (tested on every store): counting over what these methods return gives exactly what the counting
/// definition gives over <see cref="Storage.IPlacementStore.StreamAsync"/>, imported and booked placements alike.
/// </remarks>
public interface IPlacementAggregates
{
    /// <summary>Reads the job-agreement ledger entries dated on or before <paramref name="measuringDate"/>.</summary>
    /// <param name="measuringDate">The last date wanted.</param>
    /// <param name="regions">Only these regions' entries, read from the store by region (never another region's rows); null for every region.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>
    /// The entries, in no particular order. Deltas add up, so one cell and date may come more than once, and a store may
    /// return a cell's deltas summed into one entry dated on its last delta on or before the date.
    /// </returns>
    IAsyncEnumerable<JobAgreementLedgerEntry> ReadJobAgreementLedgerAsync(LocalDate measuringDate, IReadOnlyCollection<Geography.RegionCode>? regions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads the placement-starts cells dated in <paramref name="period"/> of some regions, as few as a count grouped by
    /// <paramref name="by"/> needs: a store may sum cells over the period's dates and over the dimensions not in
    /// <paramref name="by"/> (so a count over twelve years by region is a few hundred cells, not one per placement).
    /// By employer, each cell holds one employer's placements and carries it (<see cref="PlacementStartsCell.Employer"/>),
    /// so a flow by employer over years is one cell per employer and cell, not one per placement.
    /// </summary>
    /// <param name="period">The period, both ends included.</param>
    /// <param name="by">The dimensions the cells will be counted by.</param>
    /// <param name="regions">Only these regions' cells, read from the store by region (never another region's rows); null for every region.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>
    /// The cells, in no particular order, each dated in the period. A summed cell carries, in the dimensions not in
    /// <paramref name="by"/>, the values of one of the cells it sums: count it by <paramref name="by"/> or fewer dimensions only.
    /// </returns>
    IAsyncEnumerable<PlacementStartsCell> ReadPlacementStartsAsync(DateInterval period, PlacementDimensions by, IReadOnlyCollection<Geography.RegionCode>? regions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads the job-agreement ledger entries dated in <paramref name="period"/>, never summed across dates: with the
    /// summed entries up to the day before the period, they give the jobs at every date in it in one read (for example
    /// the month ends of a chart).
    /// </summary>
    /// <param name="period">The dates wanted, both ends included.</param>
    /// <param name="regions">Only these regions' entries, read from the store by region (never another region's rows); null for every region.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The entries, in no particular order; one cell and date may come more than once (deltas add up).</returns>
    IAsyncEnumerable<JobAgreementLedgerEntry> ReadJobAgreementLedgerChangesAsync(DateInterval period, IReadOnlyCollection<Geography.RegionCode>? regions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads the placements that count for the job agreement on <paramref name="measuringDate"/> (banenafspraak, started
    /// on or before it, not ended before it), narrowed to their ledger cell, employer, hours, candidate and record key:
    /// what every job-agreement figure counts from, since working persons are distinct candidates (H3), which the ledger
    /// cannot give.
    /// </summary>
    /// <param name="measuringDate">The measuring date.</param>
    /// <param name="regions">Only these regions' placements; null for every region.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The placements, in no particular order.</returns>
    IAsyncEnumerable<JobAgreementPlacement> ReadJobAgreementPlacementsAsync(LocalDate measuringDate, IReadOnlyCollection<Geography.RegionCode>? regions = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads the placements that started in <paramref name="period"/>, one by one, narrowed to their starts cell, start
    /// date and employer: what a count of some employers' placements each in a period of its own needs (a regional
    /// project's). Imported and booked placements alike; in no particular order.
    /// </summary>
    /// <param name="period">The period, both ends included.</param>
    /// <param name="regions">Only these regions' placements; null for every region.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The starts.</returns>
    IAsyncEnumerable<PlacementStart> ReadStartedPlacementsAsync(DateInterval period, IReadOnlyCollection<Geography.RegionCode>? regions = null, CancellationToken cancellationToken = default);
}
