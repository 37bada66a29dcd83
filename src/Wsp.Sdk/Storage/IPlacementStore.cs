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
}
