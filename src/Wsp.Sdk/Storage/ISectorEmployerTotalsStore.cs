using Wsp.Sdk.Geography;
using Wsp.Sdk.Sectors;

namespace Wsp.Sdk.Storage;

/// <summary>
/// Stores the input data of the coverage ratio (dekkingsgraad, rule H5): per region and date, the employers with at
/// least 10 employees per sector, with their source. Written once per region and date; a correction is a new date.
/// </summary>
public interface ISectorEmployerTotalsStore
{
    /// <summary>Writes the totals of a region at a date.</summary>
    /// <param name="totals">The totals.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>A task that completes when they are written.</returns>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.AlreadyExists"/>: the region has totals at that date.</exception>
    Task InsertAsync(SectorEmployerTotals totals, CancellationToken cancellationToken = default);

    /// <summary>Reads every set of totals of a region, newest date first.</summary>
    /// <param name="region">The region.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The totals.</returns>
    Task<IReadOnlyList<SectorEmployerTotals>> ListAsync(RegionCode region, CancellationToken cancellationToken = default);
}
