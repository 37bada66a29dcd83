using Wsp.Sdk.Placements;

namespace Wsp.Sdk.Storage;

/// <summary>
/// Stores imported placements (plaatsingen from partners' own systems) and streams them, with the placements booked
/// through the workflow, to the counting definitions: both kinds feed the same numbers.
/// </summary>
public interface IPlacementStore
{
    /// <summary>
    /// Imports placements as one unit, tagged with <paramref name="importId"/>: all or nothing. Importing an id that was
    /// imported before writes nothing and says so.
    /// </summary>
    /// <param name="importId">The import's id, for example the SHA-256 of the file.</param>
    /// <param name="placements">The placements, read once.</param>
    /// <param name="cancellationToken">Stops the import; nothing is left written.</param>
    /// <returns>What was imported.</returns>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.AlreadyExists"/>: a placement id is in the store already; nothing is written.</exception>
    /// <exception cref="Rules.RuleViolationException">
    /// Rule L2: a placement names an arrangement that does not exist or that its region has not joined
    /// (<see cref="Arrangements.ArrangementExecution"/>, over the arrangements read once at the start); nothing is written.
    /// </exception>
    Task<ImportResult> ImportAsync(string importId, IAsyncEnumerable<Placement> placements, CancellationToken cancellationToken = default);

    /// <summary>Removes every placement of an import.</summary>
    /// <param name="importId">The import's id.</param>
    /// <param name="cancellationToken">Stops the removal.</param>
    /// <returns>The number of placements removed.</returns>
    Task<int> RollbackImportAsync(string importId, CancellationToken cancellationToken = default);

    /// <summary>Streams imported and workflow-booked placements that pass <paramref name="filter"/>, for a counting definition.</summary>
    /// <param name="filter">Narrows what is read.</param>
    /// <param name="cancellationToken">Stops the stream.</param>
    /// <returns>The placements, in no particular order.</returns>
    IAsyncEnumerable<Placement> StreamAsync(PlacementFilter filter, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads one page of the placements (imported and booked) a query lists, in <see cref="PlacementQuery.Order"/>: the
    /// store reads the page from where the token points (a page costs a page, not the list), and never a placement
    /// outside the query's regions.
    /// </summary>
    /// <param name="query">The regions, start dates and page size.</param>
    /// <param name="continuationToken">Null for the first page; else the page's token or <see cref="PlacementQuery.ContinuationAfter"/> of any item.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>At most <see cref="PlacementQuery.PageSize"/> placements, with a token when more follow.</returns>
    /// <exception cref="ArgumentException"><paramref name="query"/> is null, or <paramref name="continuationToken"/> is no placement token.</exception>
    Task<Page<Placement>> QueryAsync(PlacementQuery query, string? continuationToken = null, CancellationToken cancellationToken = default);

    /// <summary>Counts the placements a query lists, over every page.</summary>
    /// <param name="query">The regions and start dates (the page size is not used).</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>The number of placements.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    Task<int> CountAsync(PlacementQuery query, CancellationToken cancellationToken = default);
}
