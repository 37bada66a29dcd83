using Wsp.Sdk.Placements;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk;

/// <summary>Placements, imported and booked (plaatsingen).</summary>
public partial class WspClient
{
    /// <summary>Reads one page of the placements in the regions the caller may read, by start date then id.</summary>
    /// <param name="listing">The region, start dates and page size.</param>
    /// <param name="continuationToken">Null for the first page; else a page's token or <see cref="PlacementQuery.ContinuationAfter"/> of an item.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The page, with a token when more follow.</returns>
    /// <exception cref="AccessDeniedException">The caller may not read the region asked, or reads aggregates only.</exception>
    /// <exception cref="ArgumentException"><paramref name="continuationToken"/> is no placement token.</exception>
    public virtual Task<Page<Placement>> ListPlacementsAsync(PlacementListing listing, string? continuationToken = null, CancellationToken cancellationToken = default) =>
        _store.Placements.QueryAsync(Query(listing), continuationToken, cancellationToken);

    /// <summary>Counts the placements a listing holds over every page.</summary>
    /// <param name="listing">The region and start dates.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>The number of placements.</returns>
    /// <exception cref="AccessDeniedException">The caller may not read the region asked, or reads aggregates only.</exception>
    public virtual Task<int> CountPlacementsAsync(PlacementListing listing, CancellationToken cancellationToken = default) =>
        _store.Placements.CountAsync(Query(listing), cancellationToken);

    private PlacementQuery Query(PlacementListing listing)
    {
        Preconditions.CheckNotNull(listing);
        return new PlacementQuery
        {
            Regions = RecordScope(listing.Region, "list placements"),
            StartedOnOrAfter = listing.StartedOnOrAfter,
            StartedOnOrBefore = listing.StartedOnOrBefore,
            PageSize = listing.PageSize,
        };
    }
}
