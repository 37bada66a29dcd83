using Wsp.Sdk.Placements;

namespace Wsp.Sdk.Storage;

/// <summary>
/// An import of placements in progress (een lopende import): written in parts, then committed as one unit, or disposed
/// uncommitted and gone. Pure persistence: it checks no rule of the domain, only that a placement id is unique across
/// the store, and it reports a taken id instead of refusing the import, so the caller can name every such row.
/// </summary>
/// <remarks>
/// Begun with <see cref="IPlacementStore.BeginImportAsync"/>. One caller writes at a time (an import is not
/// thread-safe). Nothing written is visible to readers before <see cref="CommitAsync"/> returns.
/// </remarks>
public interface IPlacementImport : IAsyncDisposable
{
    /// <summary>Gets the import's id.</summary>
    string ImportId { get; }

    /// <summary>
    /// Writes placements into the import. A placement whose id is taken — stored already (imported or booked), or
    /// written earlier in this import — is not written and is returned; the others are written.
    /// </summary>
    /// <param name="placements">The placements, in the order the caller read them.</param>
    /// <param name="cancellationToken">Stops the write; dispose the import uncommitted afterwards.</param>
    /// <returns>The placements of <paramref name="placements"/> that were not written because their id is taken, in their order; empty when all were written.</returns>
    /// <exception cref="ArgumentException"><paramref name="placements"/> is null or holds a null.</exception>
    /// <exception cref="InvalidOperationException">The import was committed or disposed.</exception>
    Task<IReadOnlyList<Placement>> WriteAsync(IReadOnlyList<Placement> placements, CancellationToken cancellationToken = default);

    /// <summary>Commits every placement written, as one unit tagged with the import's id: all become visible at once.</summary>
    /// <param name="cancellationToken">Stops the commit before it is made; then nothing is written.</param>
    /// <returns>What was imported.</returns>
    /// <exception cref="InvalidOperationException">The import was committed or disposed.</exception>
    Task<ImportResult> CommitAsync(CancellationToken cancellationToken = default);
}
