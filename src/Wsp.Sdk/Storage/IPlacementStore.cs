using Wsp.Sdk.Placements;

namespace Wsp.Sdk.Storage;

/// <summary>
/// Stores imported placements (plaatsingen from partners' own systems) and streams them, with the placements booked
/// through the workflow, to the counting definitions: both kinds feed the same numbers.
/// </summary>
public interface IPlacementStore
{
    /// <summary>How many placements <see cref="ImportAsync"/> hands an <see cref="IPlacementImport"/> at a time.</summary>
    private const int ImportBatchSize = 2048;

    /// <summary>
    /// Imports placements as one unit, tagged with <paramref name="importId"/>: pure persistence, all or nothing and
    /// idempotent by import id. Importing an id that was imported before writes nothing and says so. The store checks
    /// no rule of the domain (<see cref="WspClient.ImportPlacementsAsync"/> does, before it hands placements over); it
    /// keeps only its own invariant, that a placement id is unique across the store.
    /// </summary>
    /// <remarks>
    /// Written on <see cref="BeginImportAsync"/>, <see cref="IPlacementImport.WriteAsync"/> and
    /// <see cref="IPlacementImport.CommitAsync"/>; a store may write it more directly.
    /// </remarks>
    /// <param name="importId">The import's id, for example the SHA-256 of the file.</param>
    /// <param name="placements">The placements, read once.</param>
    /// <param name="cancellationToken">Stops the import; nothing is left written.</param>
    /// <returns>What was imported.</returns>
    /// <exception cref="StoreException">
    /// <see cref="StoreErrorCode.AlreadyExists"/>: a placement's id is stored already (imported or booked) or given twice,
    /// which a caller that checked with <see cref="FindExistingIdsAsync"/> meets only when another writer took the id
    /// meanwhile; nothing is written.
    /// </exception>
    async Task<ImportResult> ImportAsync(string importId, IAsyncEnumerable<Placement> placements, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNullOrWhiteSpace(importId);
        Preconditions.CheckNotNull(placements);
        await using var import = await BeginImportAsync(importId, cancellationToken).ConfigureAwait(false);
        if (import is null)
        {
            return new ImportResult(importId, 0, alreadyImported: true);
        }

        var taken = new List<string>();
        var batch = new List<Placement>(ImportBatchSize);
        await foreach (var placement in placements.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            batch.Add(Preconditions.CheckNotNull(placement, nameof(placements)));
            if (batch.Count == ImportBatchSize)
            {
                taken.AddRange((await import.WriteAsync(batch, cancellationToken).ConfigureAwait(false)).Select(p => p.Id));
                batch.Clear();
            }
        }

        taken.AddRange((await import.WriteAsync(batch, cancellationToken).ConfigureAwait(false)).Select(p => p.Id));
        if (taken.Count > 0)
        {
            // Disposing the import uncommitted takes back what it wrote.
            throw new StoreException(
                StoreErrorCode.AlreadyExists,
                $"Import '{importId}': placement id(s) {string.Join(", ", taken.Take(10).Select(id => $"'{id}'"))}{(taken.Count > 10 ? $" and {taken.Count - 10} more" : "")} are in the store already or given twice; nothing was imported.");
        }

        return await import.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Begins an import written in parts and committed as one unit: nothing of it is visible until
    /// <see cref="IPlacementImport.CommitAsync"/>, and disposing it uncommitted leaves nothing written. The import holds
    /// the store's write for imports until then (on the embedded store, its write lock).
    /// </summary>
    /// <param name="importId">The import's id, for example the SHA-256 of the file.</param>
    /// <param name="cancellationToken">Stops the start.</param>
    /// <returns>The import in progress; null when <paramref name="importId"/> was imported before, so nothing is to be written.</returns>
    /// <exception cref="ArgumentException"><paramref name="importId"/> is null or blank.</exception>
    Task<IPlacementImport?> BeginImportAsync(string importId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Returns which of <paramref name="ids"/> the store holds, imported or booked on a vacancy: a targeted look-up of
    /// those ids (an index on the embedded store, point reads or a query naming them on Cosmos DB), never a read of every
    /// placement, so an import can name the ids it repeats a batch at a time.
    /// </summary>
    /// <param name="ids">The placement ids to look up (any number; a store asks in parts as it needs).</param>
    /// <param name="cancellationToken">Stops the look-up.</param>
    /// <returns>The ids of <paramref name="ids"/> that are stored, each once.</returns>
    /// <exception cref="ArgumentException"><paramref name="ids"/> is null or holds a null.</exception>
    Task<IReadOnlyCollection<string>> FindExistingIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

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
